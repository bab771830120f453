package org.marsad.time;

import org.marsad.text.ArabicNormalizer;
import org.marsad.text.Lexicon;
import org.marsad.text.Words;

/**
 * The words of one sentence as the time recognisers see them: offsets, the normalised key, the
 * key without a leading conjunction/preposition clitic ({@code و ف ب ل ك}), and the number a word
 * writes ({@code 10}, {@code الـ24}, {@code و10}, {@code ١٩٩٧}, {@code 2022ء}). Punctuation marks
 * are words of their own, so recognisers can see {@code /}, brackets and commas.
 */
final class TimeWords {
    /**
     * The most Arabic letters a number can carry in front ({@code وبال}); a longer run of letters
     * right before a digit is a word of its own.
     */
    private static final int MAX_PREFIX_LETTERS = 4;
    final CharSequence text;
    int size;
    int[] start = new int[64];
    int[] end = new int[64];
    String[] key = new String[64];
    private String[] bareCache = new String[64];
    private final StringBuilder keyBuffer = new StringBuilder(32);
    /** {@link ArabicNormalizer#fold} of the Arabic block, looked up instead of computed per letter. */
    private static final char[] ARABIC_FOLD = new char[0x100];

    static {
        for (int c = 0; c < ARABIC_FOLD.length; c++) {
            ARABIC_FOLD[c] = ArabicNormalizer.fold((char) (0x0600 + c));
        }
    }

    TimeWords(CharSequence text) {
        this.text = text;
    }

    /** Reads the words of {@code [from, to)}, reusing the arrays. */
    TimeWords read(int from, int to) {
        size = 0;
        int i = from;
        while (i < to) {
            char c = text.charAt(i);
            if (Words.isSpace(c) || ArabicNormalizer.fold(c) == 0) {
                i++;
            } else if (isWordChar(c)) {
                int s = i;
                int letters = 0;
                while (i < to && (isWordChar(text.charAt(i)) || isInnerMark(i, to))) {
                    char d = text.charAt(i);
                    if (letters > MAX_PREFIX_LETTERS && isDigit(d)) {
                        break; // الدمام25 شوال: a dateline's place glued to its day is two words
                    }
                    letters = d >= '\u0621' && d <= '\u064A' && d != '\u0640' ? letters + 1 : isDigit(d) ? 0 : letters;
                    i++;
                }
                add(s, i);
            } else {
                add(i, i + 1);
                i++;
            }
        }
        return this;
    }

    private boolean isInnerMark(int i, int to) {
        char c = text.charAt(i);
        if ((c == ':' || c == '.') && i + 1 < to && i > 0) {
            return isDigit(text.charAt(i - 1)) && isDigit(text.charAt(i + 1));
        }
        return ArabicNormalizer.fold(c) == 0 && !Words.isSpace(c);
    }

    private static boolean isDigit(char c) {
        char f = ArabicNormalizer.fold(c);
        return f >= '0' && f <= '9';
    }

    private static boolean isWordChar(char c) {
        if ((c >= '\u0621' && c <= '\u063A') || (c >= '\u0641' && c <= '\u064A') || (c >= 'a' && c <= 'z')
                || (c >= '0' && c <= '9')) {
            return true; // the common letters and digits, without the Unicode tables
        }
        return Character.isLetterOrDigit(c) || (c >= '\u064B' && c <= '\u065F') || c == '\u0640' || c == '\u0670';
    }

    private void add(int s, int e) {
        if (size == start.length) {
            int n = size * 2;
            start = java.util.Arrays.copyOf(start, n);
            end = java.util.Arrays.copyOf(end, n);
            key = java.util.Arrays.copyOf(key, n);
            bareCache = java.util.Arrays.copyOf(bareCache, n);
        }
        start[size] = s;
        end[size] = e;
        key[size] = key(s, e);
        bareCache[size] = null;
        size++;
    }

    /**
     * {@link Lexicon#key} of {@code text[s, e)} without copying the range first (this runs on every
     * word of a corpus). A word holds no white space, so folding, dropping invisible marks and
     * lower-casing is all of it.
     */
    private String key(int s, int e) {
        keyBuffer.setLength(0);
        for (int p = s; p < e; p++) {
            char c = text.charAt(p);
            c = c >= 0x0600 && c <= 0x06FF ? ARABIC_FOLD[c - 0x0600] : ArabicNormalizer.fold(c);
            if (c == 0) {
                continue;
            }
            if (c < 0x80) {
                keyBuffer.append(c >= 'A' && c <= 'Z' ? (char) (c + 32) : c);
            } else if (c >= 0x0600 && c <= 0x06FF) {
                keyBuffer.append(c);
            } else {
                keyBuffer.append(Character.toLowerCase(c));
            }
        }
        return keyBuffer.toString();
    }

    String key(int i) {
        return i >= 0 && i < size ? key[i] : "";
    }

    /** The key without a leading و/ف and then ب/ل/ك clitic (لل becomes ال). */
    String bare(int i) {
        if (i < 0 || i >= size) {
            return "";
        }
        String b = bareCache[i];
        if (b == null) {
            b = stripClitics(key[i]);
            bareCache[i] = b;
        }
        return b;
    }

    /** The start of word i past a conjunction clitic that {@link #bare} strips ({@code والأسبوع}). */
    int afterClitic(int i) {
        char c = key[i].isEmpty() ? 0 : key[i].charAt(0);
        int drop = (c == 'و' || c == 'ف') && bare(i).length() < key[i].length() ? 1 : 0;
        int p = start[i];
        while (drop > 0 && p < end[i]) {
            if (ArabicNormalizer.fold(text.charAt(p)) != 0) {
                drop--;
            }
            p++;
        }
        while (p < end[i] - 1 && ArabicNormalizer.fold(text.charAt(p)) == 0) {
            p++;
        }
        return p;
    }

    static String stripClitics(String k) {
        String b = k;
        if (b.length() > 3 && (b.charAt(0) == 'و' || b.charAt(0) == 'ف')) {
            b = b.substring(1);
        }
        if (b.length() > 3 && b.startsWith("لل")) {
            b = "ال" + b.substring(2);
        } else if (b.length() > 3 && (b.charAt(0) == 'ب' || b.charAt(0) == 'ل' || b.charAt(0) == 'ك')
                && b.charAt(1) == 'ا' && b.charAt(2) == 'ل') {
            b = b.substring(1);
        }
        return b;
    }

    /** Whether word i is exactly the key, or is it behind a clitic. */
    boolean is(int i, String k) {
        return key(i).equals(k) || bare(i).equals(k);
    }

    boolean isPunct(int i, char c) {
        return i >= 0 && i < size && end[i] - start[i] == 1 && text.charAt(start[i]) == c;
    }

    /**
     * The number a word writes in digits, after an optional {@code ال} / {@code و} / {@code ب}
     * and before an optional trailing letter ({@code 2022ء}, {@code 1436هـ}), or -1.
     */
    int number(int i) {
        if (i < 0 || i >= size) {
            return -1;
        }
        String k = key[i];
        int p = 0;
        if (k.startsWith("وال") || k.startsWith("بال")) {
            p = 3;
        } else if (k.startsWith("ال")) {
            p = 2;
        } else if (!k.isEmpty() && (k.charAt(0) == 'و' || k.charAt(0) == 'ب' || k.charAt(0) == 'ف')) {
            p = 1;
        }
        int v = 0;
        int digits = 0;
        while (p < k.length() && k.charAt(p) >= '0' && k.charAt(p) <= '9') {
            v = v * 10 + (k.charAt(p) - '0');
            p++;
            if (++digits > 4) {
                return -1;
            }
        }
        if (digits == 0) {
            return -1;
        }
        int rest = k.length() - p;
        if (rest > 2 || (rest > 0 && (k.charAt(p) < '\u0621' || k.charAt(p) > '\u064A'))) {
            return -1;
        }
        return v;
    }

    /** Number of digits written in word i (0 when it is not a number). */
    int digits(int i) {
        int n = number(i);
        if (n < 0) {
            return 0;
        }
        return n >= 1000 ? 4 : n >= 100 ? 3 : n >= 10 ? 2 : 1;
    }
}
