package org.marsad.time;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.marsad.text.ArabicNormalizer;
import org.marsad.text.Lexicon;
import org.marsad.text.Words;

/**
 * A full Gregorian date written out in a byline or dateline: {@code 16 فبراير 2022ء},
 * {@code 12 كانون الثاني 2022}, {@code 10 اغسطس 2015 م}, {@code 2022-02-16}, {@code 16/02/2022}.
 * This reads only complete day-month-year dates, the kind that stamp an article; relative and
 * partial expressions in running text are the temporal tagger's work.
 */
public record WrittenDate(LocalDate date, int start, int end) {

    /** The first complete Gregorian date in {@code [from, to)}, or null. */
    public static WrittenDate find(CharSequence s, int from, int to) {
        List<int[]> words = words(s, from, to);
        for (int i = 0; i < words.size(); i++) {
            int[] w = words.get(i);
            int day = number(s, w);
            if (day >= 1 && day <= 31 && i + 2 < words.size()) {
                WrittenDate d = dayMonthYear(s, words, i, day);
                if (d != null) {
                    return d;
                }
            }
            WrittenDate numeric = numeric(s, w);
            if (numeric != null) {
                return numeric;
            }
        }
        return null;
    }

    public static WrittenDate find(CharSequence s) {
        return find(s, 0, s.length());
    }

    /**
     * Day, month, year; the month may be named twice, Gregorian and Levantine, either way round and
     * joined by a slash or a bracket ({@code 14 يناير/كانون الثاني 2022}, {@code 14 يناير (كانون
     * الثاني) 2022}), as wire copy writes it.
     */
    private static WrittenDate dayMonthYear(CharSequence s, List<int[]> words, int i, int day) {
        List<int[]> after = splitAtSlashes(s, words.subList(i + 1, Math.min(words.size(), i + 7)));
        int[] first = monthAt(s, after, 0);
        if (first == null) {
            return null;
        }
        int k = first[1];
        int[] second = monthAt(s, after, k);
        if (second != null && second[0] == first[0]) {
            k += second[1];
        }
        if (k >= after.size()) {
            return null;
        }
        int[] y = after.get(k);
        int year = number(s, y);
        if (year < 1900 || year > 2100) {
            return null;
        }
        try {
            return new WrittenDate(LocalDate.of(year, first[0], day), words.get(i)[0], y[1]);
        } catch (DateTimeException e) {
            return null;
        }
    }

    /** The month named by one or two words from {@code at}, and how many words: {month, words}; or null. */
    private static int[] monthAt(CharSequence s, List<int[]> words, int at) {
        for (int len = 2; len >= 1; len--) {
            if (at + len <= words.size()) {
                int month = MonthNames.GREGORIAN.month(Lexicon.key(s.subSequence(words.get(at)[0],
                        words.get(at + len - 1)[1])));
                if (month != 0) {
                    return new int[] {month, len};
                }
            }
        }
        return null;
    }

    /** The words with those joined by a slash between letters cut apart ({@code يناير/كانون}). */
    private static List<int[]> splitAtSlashes(CharSequence s, List<int[]> words) {
        List<int[]> out = new ArrayList<>();
        for (int[] w : words) {
            int from = w[0];
            for (int c = w[0]; c < w[1]; c++) {
                if (s.charAt(c) == '/' && c > from && Character.isLetter(s.charAt(c - 1))) {
                    out.add(new int[] {from, c});
                    from = c + 1;
                }
            }
            if (from < w[1]) {
                out.add(new int[] {from, w[1]});
            }
        }
        return out;
    }

    /** {@code 2022-02-16}, {@code 16/02/2022}, {@code 16-2-2022} as one word. */
    private static WrittenDate numeric(CharSequence s, int[] w) {
        String t = ArabicNormalizer.normalize(s, w[0], w[1]);
        String[] p = t.split("[-/.]");
        if (p.length != 3) {
            return null;
        }
        try {
            int a = Integer.parseInt(p[0]);
            int b = Integer.parseInt(p[1]);
            int c = Integer.parseInt(p[2]);
            if (p[0].length() == 4) {
                return new WrittenDate(LocalDate.of(a, b, c), w[0], w[1]);
            }
            if (p[2].length() == 4 && c >= 1900) {
                return new WrittenDate(LocalDate.of(c, b, a), w[0], w[1]);
            }
        } catch (NumberFormatException | DateTimeException e) {
            return null;
        }
        return null;
    }

    /** The leading number of a word (so {@code 2022ء} and {@code ٢٠٢٢} read as 2022), or -1. */
    private static int number(CharSequence s, int[] w) {
        int value = 0;
        int digits = 0;
        for (int i = w[0]; i < w[1]; i++) {
            char c = ArabicNormalizer.fold(s.charAt(i));
            if (c >= '0' && c <= '9') {
                value = value * 10 + (c - '0');
                if (++digits > 4) {
                    return -1;
                }
            } else {
                break;
            }
        }
        return digits == 0 ? -1 : value;
    }

    private static List<int[]> words(CharSequence s, int from, int to) {
        return Words.split(s, from, to, c -> isBreak((char) c));
    }

    private static boolean isBreak(char c) {
        return Words.isSpace(c) || c == '(' || c == ')' || c == '،' || c == ','
                || c == '«' || c == '»';
    }
}
