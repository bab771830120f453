package org.marsad.web.html.content;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.marsad.text.ArabicNormalizer;

/**
 * Short lines whose words alone say they are page furniture, not article: section headings of
 * related-reading and comment blocks ("Mehr zum Thema", "اقرأ أيضا"), share and newsletter calls,
 * paywall notes, and labelled lines of credits, sources, contact and update dates ("Foto: ...",
 * "Kontakt:"). Class names cannot catch them when templates write them as bare headings and
 * paragraphs inside the body. The phrases are read from boilerplate-lines.txt; only short lines
 * are asked, so a sentence of the article that starts with such words is never dropped.
 */
final class LineCues {

    /** Lines longer than this (in characters) are prose whatever their first words. */
    static final int MAX_LINE = 100;
    /** Calls to action ("~" entries) are looked for in lines up to this long: a sentence or two. */
    static final int MAX_CALL = 200;

    /**
     * A line that is only a date ("23.10.2018", "11 Jan 2019", "12 مارس 2023", with a time or not):
     * the page's dating, which the metadata reader takes, not a paragraph.
     */
    private static final Pattern DATE_ONLY = Pattern.compile(
            "\\d{1,4}[./ -]+(\\w+\\.?|\\d{1,2})[./ -]+\\d{2,4}(,? ?\\d{1,2}:\\d{2})?", Pattern.UNICODE_CHARACTER_CLASS);

    static final LineCues DEFAULT = load("boilerplate-lines.txt");

    private final Set<String> whole = new HashSet<>();
    private final List<String> prefixes = new ArrayList<>();
    private final List<String> labels = new ArrayList<>();
    private final List<String> calls = new ArrayList<>();

    private LineCues(List<String> entries) {
        for (String e : entries) {
            if (e.startsWith("~")) {
                calls.add(fold(e.substring(1)).strip()); // untrimmed: "~©" is all punctuation
            } else if (e.endsWith(":")) {
                labels.add(normalize(e));
            } else if (e.endsWith("*")) {
                prefixes.add(normalize(e.substring(0, e.length() - 1)));
            } else {
                whole.add(normalize(e));
            }
        }
    }

    /** Whether the line is furniture by its words. */
    boolean matches(String line) {
        if (line.length() > MAX_CALL) {
            return false;
        }
        String n = normalize(line);
        if (n.isEmpty()) {
            return false;
        }
        for (String c : calls) {
            int at = n.indexOf(c);
            if (at < 0) {
                continue;
            }
            // "subscribe" but not "unsubscribe": the cue must start a word
            if (at == 0 || !Character.isLetterOrDigit(n.charAt(at - 1))) {
                return true;
            }
        }
        if (line.length() > MAX_LINE) {
            return false;
        }
        if (whole.contains(n) || n.length() <= 40 && DATE_ONLY.matcher(n).matches()) {
            return true;
        }
        for (String p : prefixes) {
            // "Foto: dpa" and "Foto dpa" but not "Fotografie"
            if (n.startsWith(p) && (n.length() == p.length() || !Character.isLetterOrDigit(n.charAt(p.length())))) {
                return true;
            }
        }
        for (String l : labels) {
            if (n.startsWith(l) && colonAfter(n, l.length())) {
                return true;
            }
        }
        return false;
    }

    /** Whether a colon follows at {@code at}, after dots and spaces ("Tel.: ", "Foto : "). */
    private static boolean colonAfter(String n, int at) {
        for (int i = at; i < n.length(); i++) {
            char c = n.charAt(i);
            if (c == ':') {
                return true;
            }
            if (c != '.' && c != ' ') {
                return false;
            }
        }
        return false;
    }

    /**
     * The line {@link #fold folded}, with punctuation and symbols trimmed at both ends ("» Mehr zum
     * Thema:" reads "mehr zum thema").
     */
    static String normalize(String s) {
        String b = fold(s);
        int start = 0;
        int end = b.length();
        while (start < end && !Character.isLetterOrDigit(b.charAt(start))) {
            start++;
        }
        while (end > start && !Character.isLetterOrDigit(b.charAt(end - 1))) {
            end--;
        }
        return b.substring(start, end);
    }

    /**
     * Lower case, white space collapsed, and Arabic folded as the analysis folds it
     * ({@link ArabicNormalizer#fold}: vowel marks and tatweel dropped, alef, ya and ta marbuta
     * forms made one), as writers vary in these.
     */
    private static String fold(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = ArabicNormalizer.fold(s.charAt(i));
            if (c == 0) {
                continue;
            }
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                if (b.length() > 0 && b.charAt(b.length() - 1) != ' ') {
                    b.append(' ');
                }
            } else {
                b.append(Character.toLowerCase(c));
            }
        }
        return b.toString();
    }

    private static LineCues load(String name) {
        return new LineCues(ListResources.entries(name));
    }
}
