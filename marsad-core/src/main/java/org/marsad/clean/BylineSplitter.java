package org.marsad.clean;

import java.util.ArrayList;
import java.util.List;
import org.marsad.clean.BylinePart.Kind;
import org.marsad.text.Words;
import org.marsad.time.WrittenDate;

/**
 * Cuts a byline into parts at its separators: slashes, bars, colons, commas, parentheses, dashes
 * that stand apart from words ({@code "موسكو -أ ف ب"} but not {@code "ابو-ظبي"}), a tatweel used as
 * a dash ({@code "ليون ـ أ. ف. ب"} but not the {@code الـ} of {@code الـ7}), and the word {@code من}
 * ({@code "«الاقتصادية» من الرياض"}); never inside a written date ({@code 14 يناير/كانون الثاني
 * 2022}). Part values are trimmed of white space, quotation marks and stray punctuation, and of the
 * {@code &nbsp;} entities scrapers leave behind.
 */
final class BylineSplitter {
    private BylineSplitter() {
    }

    static List<BylinePart> split(CharSequence s, int from, int to) {
        List<BylinePart> parts = new ArrayList<>();
        // a date is one part even where it names its month twice: 14 يناير/كانون الثاني 2022
        WrittenDate date = WrittenDate.find(s, from, to);
        int depth = 0;
        int start = from;
        char before = 0;
        boolean startParen = false;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            char sep = date != null && i >= date.start() && i < date.end() ? 0 : separator(s, i, from, to);
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
            // "من" and "&ndash;" are separators longer than one character
            int length = sep == 'م' ? 2 : c == '&' ? "&ndash;".length() : 1;
            start = i + length;
            i += length - 1;
        }
        add(s, start, to, before, startParen, parts);
        return parts;
    }

    private static char separator(CharSequence s, int i, int from, int to) {
        char c = s.charAt(i);
        switch (c) {
            case '+':
                // "الجزيرة + وكالات": a credit line's list
                return ',';
            case '/', '|', ':', '،', ',', '(', ')', '\\', '\t':
                // a tab parts fields in scraped author strings ("الطائف \t تصوير")
                return c == '(' || c == ')' ? c : (c == '،' || c == ',' || c == '\t' ? ',' : c == '\\' ? '/' : c == '|' ? '/' : c);
            case '-', '–', '—', '\u0640':
                // a run of dashes or tatweels ("ــ", "--") counts as one; it separates when it
                // stands apart from the words ("موسكو -أ ف ب"), never inside one ("الـ7", "ابو-ظبي")
                int first = i;
                while (first > from && isDash(s.charAt(first - 1))) {
                    first--;
                }
                int last = i;
                while (last + 1 < to && isDash(s.charAt(last + 1))) {
                    last++;
                }
                boolean spaceBefore = first == from || isSpace(s.charAt(first - 1));
                boolean spaceAfter = last + 1 >= to || isSpace(s.charAt(last + 1));
                if (c == '\u0640' && last == first) {
                    return spaceBefore && spaceAfter ? '-' : 0;
                }
                return spaceBefore || spaceAfter ? '-' : 0;
            case '&':
                // dashes scraped as HTML entities: "سبق&ndash; كوالالمبور"
                return startsWith(s, i, to, "&ndash;") || startsWith(s, i, to, "&mdash;") ? '-' : 0;
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
            parts.add(new BylinePart(a, b, s.subSequence(a, b).toString(), Kind.UNKNOWN, before, paren, false));
        }
    }

    private static boolean isDash(char c) {
        return c == '-' || c == '–' || c == '—' || c == '\u0640';
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
