package org.marsad.text;

/**
 * The analysis view of Arabic text: the folds every Arabic search and matching component makes
 * (as in Lucene's ArabicNormalizer and Larkey et al.'s light stemming papers), applied to a copy,
 * never to the source.
 *
 * <ul>
 *   <li>alef with hamza above or below, madda, wasla: bare alef;</li>
 *   <li>alef maqsura: ya; ta marbuta: ha;</li>
 *   <li>harakat, tanwin, shadda, sukun, superscript alef and Quranic marks, tatweel: removed;</li>
 *   <li>Arabic-Indic and Persian (Extended Arabic-Indic) digits: ASCII digits;</li>
 *   <li>Persian/Urdu forms of kaf, ya and ha: their Arabic forms.</li>
 * </ul>
 */
public final class ArabicNormalizer {
    private ArabicNormalizer() {
    }

    /** The folded form of one character, or {@code 0} when the character is dropped. */
    public static char fold(char c) {
        if (c < 0x0600) {
            return c;
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
            case '\u0640':
                return 0;
            default:
                break;
        }
        if ((c >= '\u064B' && c <= '\u065F') || c == '\u0670' || (c >= '\u0610' && c <= '\u061A')
                || (c >= '\u06D6' && c <= '\u06ED')) {
            return 0;
        }
        if (c >= '\u0660' && c <= '\u0669') {
            return (char) ('0' + (c - '\u0660'));
        }
        if (c >= '\u06F0' && c <= '\u06F9') {
            return (char) ('0' + (c - '\u06F0'));
        }
        return c;
    }

    public static String normalize(CharSequence s) {
        return normalize(s, 0, s.length());
    }

    public static String normalize(CharSequence s, int start, int end) {
        StringBuilder out = new StringBuilder(end - start);
        for (int i = start; i < end; i++) {
            char f = fold(s.charAt(i));
            if (f != 0) {
                out.append(f);
            }
        }
        return out.toString();
    }

    /** Whether the character is an Arabic-script letter (the basic block and its extensions). */
    public static boolean isArabicLetter(char c) {
        return (c >= '\u0621' && c <= '\u064A') || (c >= '\u066E' && c <= '\u06D3') || c == '\u06D5'
                || (c >= '\u06FA' && c <= '\u06FF') || (c >= '\u0750' && c <= '\u077F');
    }
}
