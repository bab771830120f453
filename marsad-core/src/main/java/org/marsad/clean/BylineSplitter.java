package org.marsad.clean;

import java.util.ArrayList;
import java.util.List;
import org.marsad.clean.BylinePart.Kind;
import org.marsad.text.Words;

/**
 * Cuts a byline into parts at its separators: slashes, bars, colons, commas, parentheses, dashes
 * that stand apart from words ({@code "موسكو -أ ف ب"} but not {@code "ابو-ظبي"}), a tatweel used as
 * a dash ({@code "ليون ـ أ. ف. ب"} but not the {@code الـ} of {@code الـ7}), and the word {@code من}
 * ({@code "«الاقتصادية» من الرياض"}). Part values are trimmed of white space, quotation marks and
 * stray punctuation, and of the {@code &nbsp;} entities scrapers leave behind.
 */
final class BylineSplitter {
    private BylineSplitter() {
    }

    static List<BylinePart> split(CharSequence s, int from, int to) {
        List<BylinePart> parts = new ArrayList<>();
        int depth = 0;
        int start = from;
        char before = 0;
        boolean startParen = false;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            char sep = separator(s, i, from, to);
            if (sep == 0) {
                continue;
            }
            add(s, start, i, before, startParen, parts);
            if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth = Math.max(0, depth - 1);
            }
            before = c == ')' ? before : sep;
            startParen = depth > 0;
            start = sep == 'م' ? i + 2 : i + 1;
            if (sep == 'م') {
                i++;
            }
        }
        add(s, start, to, before, startParen, parts);
        return parts;
    }

    private static char separator(CharSequence s, int i, int from, int to) {
        char c = s.charAt(i);
        switch (c) {
            case '/', '|', ':', '،', ',', '(', ')', '\\':
                return c == '(' || c == ')' ? c : (c == '،' || c == ',' ? ',' : c == '\\' ? '/' : c == '|' ? '/' : c);
            case '-', '–', '—', '\u0640':
                boolean spaceBefore = i == from || isSpace(s.charAt(i - 1));
                boolean spaceAfter = i + 1 >= to || isSpace(s.charAt(i + 1));
                if (c == '\u0640') {
                    return spaceBefore && spaceAfter ? '-' : 0;
                }
                return spaceBefore || spaceAfter ? '-' : 0;
            case 'م':
                // the word "من" standing alone
                boolean wordStart = i == from || isSpace(s.charAt(i - 1));
                boolean wordEnd = i + 2 >= to || isSpace(s.charAt(i + 2));
                return wordStart && i + 1 < to && s.charAt(i + 1) == 'ن' && wordEnd && i > from ? 'م' : 0;
            default:
                return 0;
        }
    }

    private static void add(CharSequence s, int start, int end, char before, boolean paren, List<BylinePart> parts) {
        int a = start;
        int b = end;
        boolean trimmed = true;
        while (trimmed && a < b) {
            trimmed = false;
            if (startsWith(s, a, b, "&nbsp;")) {
                a += 6;
                trimmed = true;
            } else if (isTrimmable(s.charAt(a))) {
                a++;
                trimmed = true;
            }
        }
        trimmed = true;
        while (trimmed && b > a) {
            trimmed = false;
            if (b - a >= 6 && startsWith(s, b - 6, b, "&nbsp;")) {
                b -= 6;
                trimmed = true;
            } else if (isTrimmable(s.charAt(b - 1))) {
                b--;
                trimmed = true;
            }
        }
        if (b > a) {
            parts.add(new BylinePart(a, b, s.subSequence(a, b).toString(), Kind.UNKNOWN, before, paren));
        }
    }

    private static boolean startsWith(CharSequence s, int at, int end, String prefix) {
        if (end - at < prefix.length()) {
            return false;
        }
        for (int k = 0; k < prefix.length(); k++) {
            if (s.charAt(at + k) != prefix.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    static boolean isSpace(char c) {
        return Words.isSpace(c);
    }

    /** Quotation marks, stray punctuation and the Urdu full stop that ends outlet names. */
    private static boolean isTrimmable(char c) {
        return isSpace(c) || c == '«' || c == '»' || c == '"' || c == '“' || c == '”' || c == '\'' || c == '.'
                || c == '۔' || c == '-' || c == '–' || c == '—' || c == '\u0640' || c == '*' || c == ';' || c == '؛';
    }
}
