package org.marsad.text;

import java.text.Normalizer;
import java.util.Arrays;

/**
 * The analysis view of Arabic text: the folds every Arabic search and matching component makes
 * (as in Lucene's ArabicNormalizer and Larkey et al.'s light stemming papers), applied to a copy,
 * never to the source.
 *
 * <ul>
 *   <li>alef with hamza above or below, madda, wasla: bare alef;</li>
 *   <li>alef maqsura: ya; ta marbuta: ha;</li>
 *   <li>harakat, tanwin, shadda, sukun, superscript alef and Quranic marks, tatweel: removed;</li>
 *   <li>Arabic-Indic and Persian (Extended Arabic-Indic) digits: ASCII digits; the Arabic decimal
 *       and thousands separators and percent sign: {@code . , %};</li>
 *   <li>Persian/Urdu forms of kaf, ya and ha: their Arabic forms;</li>
 *   <li>presentation forms (text pasted from PDFs): their letters, by NFKC, the lam-alef
 *       ligatures becoming two letters;</li>
 *   <li>invisible format characters (bidi marks and embeddings, zero-width joiners, soft hyphen,
 *       byte-order mark): removed.</li>
 * </ul>
 *
 * <p>{@link #normalizeWithOffsets} keeps, for every character of the copy, the offset of the
 * source character it came from, so a matcher working on the copy can report source spans.
 */
public final class ArabicNormalizer {
    private static final char FIRST_PRESENTATION = '\uFB50';
    /** Folds of the presentation forms U+FB50..U+FEFF: one char, or a longer string (ligatures). */
    private static final String[] PRESENTATION = buildPresentation();

    private ArabicNormalizer() {
    }

    /**
     * The folded form of one character, or {@code 0} when the character is dropped. A ligature
     * that folds to several letters (lam-alef) is returned unchanged: {@link #normalize} and
     * {@link #normalizeWithOffsets} expand it.
     */
    public static char fold(char c) {
        if (c < 0x0600) {
            return c == '\u00AD' ? 0 : c;
        }
        switch (c) {
            case '\u0622', '\u0623', '\u0625', '\u0671', '\u0672', '\u0673':
                return '\u0627';
            case '\u0649', '\u06CC', '\u06D0', '\u064A':
                return '\u064A';
            case '\u0629', '\u06C0', '\u06C1', '\u06BE', '\u06D5':
                return '\u0647';
            case '\u06A9', '\u06AA':
                return '\u0643';
            case '\u066B':
                return '.';
            case '\u066C':
                return ',';
            case '\u066A':
                return '%';
            case '\u0640', '\u061C', '\u200B', '\u200C', '\u200D', '\u200E', '\u200F', '\u2060', '\uFEFF':
                return 0;
            default:
                break;
        }
        if ((c >= '\u064B' && c <= '\u065F') || c == '\u0670' || (c >= '\u0610' && c <= '\u061A')
                || (c >= '\u06D6' && c <= '\u06ED') || (c >= '\u202A' && c <= '\u202E')
                || (c >= '\u2066' && c <= '\u2069')) {
            return 0;
        }
        if (c >= '\u0660' && c <= '\u0669') {
            return (char) ('0' + (c - '\u0660'));
        }
        if (c >= '\u06F0' && c <= '\u06F9') {
            return (char) ('0' + (c - '\u06F0'));
        }
        if (c >= FIRST_PRESENTATION) {
            String p = PRESENTATION[c - FIRST_PRESENTATION];
            return p.length() == 1 ? p.charAt(0) : p.isEmpty() ? 0 : c;
        }
        return c;
    }

    /** The folded form of a character as a string: empty when dropped, two letters for lam-alef. */
    static String foldToString(char c) {
        if (c >= FIRST_PRESENTATION) {
            return PRESENTATION[c - FIRST_PRESENTATION];
        }
        char f = fold(c);
        return f == 0 ? "" : String.valueOf(f);
    }

    /** Whether {@link #fold} cannot give the whole fold of this character (a multi-letter ligature). */
    static boolean expands(char c) {
        return c >= FIRST_PRESENTATION && PRESENTATION[c - FIRST_PRESENTATION].length() > 1;
    }

    public static String normalize(CharSequence s) {
        return normalize(s, 0, s.length());
    }

    public static String normalize(CharSequence s, int start, int end) {
        StringBuilder out = new StringBuilder(end - start);
        for (int i = start; i < end; i++) {
            char c = s.charAt(i);
            char f = fold(c);
            if (f == c && expands(c)) {
                out.append(PRESENTATION[c - FIRST_PRESENTATION]);
            } else if (f != 0) {
                out.append(f);
            }
        }
        return out.toString();
    }

    /** The normalised copy of the whole text with its map back to source offsets. */
    public static NormalizedText normalizeWithOffsets(CharSequence s) {
        return normalizeWithOffsets(s, 0, s.length());
    }

    /**
     * The normalised copy of {@code s[start, end)} with its map back to offsets in {@code s}
     * (not relative to {@code start}).
     */
    public static NormalizedText normalizeWithOffsets(CharSequence s, int start, int end) {
        char[] out = new char[end - start];
        int[] origin = new int[end - start + 1];
        int n = 0;
        for (int i = start; i < end; i++) {
            char c = s.charAt(i);
            char f = fold(c);
            if (f == c && expands(c)) {
                String p = PRESENTATION[c - FIRST_PRESENTATION];
                if (n + p.length() + (end - i - 1) > out.length) { // room for this and one char each after
                    int grown = out.length + p.length() + 16;
                    out = Arrays.copyOf(out, grown);
                    origin = Arrays.copyOf(origin, grown + 1);
                }
                for (int k = 0; k < p.length(); k++) {
                    out[n] = p.charAt(k);
                    origin[n++] = i;
                }
            } else if (f != 0) {
                out[n] = f;
                origin[n++] = i;
            }
        }
        origin[n] = end;
        return new NormalizedText(new String(out, 0, n), Arrays.copyOf(origin, n + 1));
    }

    /** Whether the character is an Arabic-script letter (the basic block and its extensions). */
    public static boolean isArabicLetter(char c) {
        return (c >= '\u0621' && c <= '\u064A' && c != '\u0640') || (c >= '\u066E' && c <= '\u06D3' && c != '\u0670')
                || c == '\u06D5' || (c >= '\u06FA' && c <= '\u06FF') || (c >= '\u0750' && c <= '\u077F');
    }

    /** Whether the character is an alef written with a hamza or madda (so it is not the article's). */
    public static boolean isHamzatedAlef(char c) {
        return c == '\u0622' || c == '\u0623' || c == '\u0625' || (c >= '\uFE81' && c <= '\uFE88')
                || (c >= '\uFEF5' && c <= '\uFEFA');
    }

    private static String[] buildPresentation() {
        String[] table = new String[0x10000 - FIRST_PRESENTATION];
        for (int c = FIRST_PRESENTATION; c <= 0xFFFF; c++) {
            String nfkc = Normalizer.normalize(String.valueOf((char) c), Normalizer.Form.NFKC);
            StringBuilder folded = new StringBuilder(nfkc.length());
            for (int i = 0; i < nfkc.length(); i++) {
                char f = nfkc.charAt(i) >= FIRST_PRESENTATION ? nfkc.charAt(i) : fold(nfkc.charAt(i));
                if (f != 0 && f != ' ') {
                    folded.append(f);
                }
            }
            table[c - FIRST_PRESENTATION] = isArabicPresentation((char) c) ? folded.toString() : String.valueOf((char) c);
        }
        return table;
    }

    private static boolean isArabicPresentation(char c) {
        return (c >= '\uFB50' && c <= '\uFDFF') || (c >= '\uFE70' && c <= '\uFEFE');
    }
}
