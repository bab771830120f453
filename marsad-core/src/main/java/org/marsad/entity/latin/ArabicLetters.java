package org.marsad.entity.latin;

import org.marsad.text.ArabicNormalizer;

/**
 * The Arabic side of transliteration: a word reduced to the letters the model knows. The folds
 * are {@link ArabicNormalizer}'s, so the spelling variants news writes for one name (hamzated or
 * bare alef, harakat, tatweel) meet; ta marbuta and alef maqsura can be kept apart from ha and ya
 * because a final ة is usually "a" where a final ه is often "h" (the model file records which).
 */
final class ArabicLetters {
    private final boolean keepTaMarbuta;
    private final boolean keepAlefMaqsura;

    ArabicLetters(boolean keepTaMarbuta, boolean keepAlefMaqsura) {
        this.keepTaMarbuta = keepTaMarbuta;
        this.keepAlefMaqsura = keepAlefMaqsura;
    }

    boolean keepsTaMarbuta() {
        return keepTaMarbuta;
    }

    boolean keepsAlefMaqsura() {
        return keepAlefMaqsura;
    }

    /** The word's letters, folded; anything that is not an Arabic letter is dropped. */
    String of(CharSequence word) {
        StringBuilder out = new StringBuilder(word.length());
        String folded = ArabicNormalizer.normalize(keep(word));
        for (int i = 0; i < folded.length(); i++) {
            char c = borrowed(folded.charAt(i));
            if (c == TA_MARBUTA_MARK) {
                out.append('\u0629');
            } else if (c == ALEF_MAQSURA_MARK) {
                out.append('\u0649');
            } else if (ArabicNormalizer.isArabicLetter(c)) {
                out.append(c);
            }
        }
        return out.toString();
    }

    // private-use stand-ins carry the letters the normaliser would fold through it untouched
    private static final char TA_MARBUTA_MARK = '\uE001';
    private static final char ALEF_MAQSURA_MARK = '\uE002';

    private CharSequence keep(CharSequence word) {
        if (!keepTaMarbuta && !keepAlefMaqsura) {
            return word;
        }
        StringBuilder b = new StringBuilder(word);
        for (int i = 0; i < b.length(); i++) {
            if (keepTaMarbuta && b.charAt(i) == '\u0629') {
                b.setCharAt(i, TA_MARBUTA_MARK);
            } else if (keepAlefMaqsura && b.charAt(i) == '\u0649') {
                b.setCharAt(i, ALEF_MAQSURA_MARK);
            }
        }
        return b;
    }

    /** Letters of Persian and Maghrebi spelling (pe, che, ve, gaf) as the Arabic letter they stand beside. */
    private static char borrowed(char c) {
        return switch (c) {
            case '\u067E' -> '\u0628'; // پ
            case '\u0686' -> '\u062C'; // چ
            case '\u06A4', '\u06A5' -> '\u0641'; // ڤ
            case '\u06AF', '\u06A8' -> '\u063A'; // گ, ڨ: written غ in most Arabic news
            default -> c;
        };
    }

    /** Whether the word (raw, before folding) is Arabic script at all: has at least one Arabic letter. */
    static boolean hasArabic(CharSequence word) {
        for (int i = 0; i < word.length(); i++) {
            if (ArabicNormalizer.isArabicLetter(word.charAt(i))) {
                return true;
            }
        }
        return false;
    }
}
