package org.marsad.clean;

import org.marsad.text.Words;
import org.marsad.text.Lexicon;

/**
 * Takes wire markers ({@code توسيع-}, {@code عاجل:}, {@code (محدث)}) and desk labels
 * ({@code سياسي / }) off the ends of a headline. A marker only counts when a separator or
 * brackets set it apart, because the same words open ordinary headlines ("خاص بالمرأة").
 */
final class HeadlineMarkers {
    private static final int MAX_MARKER_WORDS = 2;

    private final Lexicon markers = Lexicon.load("clean/wire-markers.txt");
    private final Lexicon sections = Lexicon.load("clean/sections.txt");

    Line strip(CharSequence text, Line headline) {
        Line h = headline;
        for (boolean changed = true; changed && h != null; ) {
            changed = false;
            Line next = stripHead(text, h);
            if (next != h) {
                h = next;
                changed = true;
            }
            next = stripTail(text, h);
            if (next != null && next != h) {
                h = next;
                changed = true;
            }
        }
        return h == null ? headline : h;
    }

    private Line stripHead(CharSequence text, Line h) {
        int[][] words = Words.of(text, h.start(), h.end());
        for (int n = 1; n <= MAX_MARKER_WORDS && n < words.length; n++) {
            int end = words[n - 1][1];
            // the separator may be glued to the marker ("توسيع-") or stand alone ("عاجل |")
            String phrase = text.subSequence(words[0][0], end).toString();
            char last = phrase.charAt(phrase.length() - 1);
            String core = phrase;
            int after = end;
            if (isSeparator(last)) {
                core = phrase.substring(0, phrase.length() - 1);
            } else if (n < words.length && words[n][1] - words[n][0] == 1 && isSeparator(text.charAt(words[n][0]))) {
                after = words[n][1];
            } else if (!(core.startsWith("[") || core.startsWith("("))) {
                continue;
            }
            core = core.replace("[", "").replace("]", "").replace("(", "").replace(")", "");
            boolean slash = last == '/' || (after > end && text.charAt(after - 1) == '/');
            if (markers.contains(core) || (slash && sections.contains(core))) {
                Line rest = Line.trimmed(text, after, h.end());
                return rest == null ? h : rest;
            }
        }
        return h;
    }

    private Line stripTail(CharSequence text, Line h) {
        int[][] words = Words.of(text, h.start(), h.end());
        if (words.length < 2) {
            return h;
        }
        int[] lastWord = words[words.length - 1];
        String w = text.subSequence(lastWord[0], lastWord[1]).toString();
        boolean bracketed = (w.startsWith("(") && w.endsWith(")")) || (w.startsWith("[") && w.endsWith("]"));
        String core = w.replaceAll("[()\\[\\]]", "");
        int[] prev = words[words.length - 2];
        boolean dashed = prev[1] - prev[0] == 1 && isSeparator(text.charAt(prev[0]));
        if ((bracketed || dashed) && markers.contains(core)) {
            Line rest = Line.trimmed(text, h.start(), dashed ? prev[0] : lastWord[0]);
            return rest == null ? h : rest;
        }
        return h;
    }

    private static boolean isSeparator(char c) {
        return c == '-' || c == ':' || c == '|' || c == '–' || c == '—' || c == '/';
    }
}
