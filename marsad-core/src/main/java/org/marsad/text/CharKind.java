package org.marsad.text;

/**
 * The class of a UTF-16 code unit as the sentence splitter and the tokenizer see it, read from a
 * 64 KiB table built once from {@link Character#getType} and the Arabic blocks, so the hot loops
 * make one array read per character instead of a chain of Unicode property calls (the same trick
 * as Lucene's {@code CharacterUtils} and the JFlex tables behind its StandardTokenizer).
 *
 * <ul>
 *   <li>{@link #ARABIC}: Arabic-script letters, presentation forms included;</li>
 *   <li>{@link #MARK}: harakat, Quranic marks, tatweel and other combining marks, which belong to
 *       the letter before them;</li>
 *   <li>{@link #JOINER}: zero-width (non-)joiners, kept inside a word, dropped between words;</li>
 *   <li>{@link #DIGIT}, {@link #LATIN} (any non-Arabic letter), {@link #PUNCT}, {@link #SYMBOL};</li>
 *   <li>{@link #SPACE} (white space and no-break spaces), {@link #LINE} (line and paragraph
 *       breaks), {@link #INVISIBLE} (bidi marks, byte-order mark, controls), {@link #SURROGATE}.</li>
 * </ul>
 */
final class CharKind {
    static final byte INVISIBLE = 0;
    static final byte SPACE = 1;
    static final byte LINE = 2;
    static final byte ARABIC = 3;
    static final byte MARK = 4;
    static final byte JOINER = 5;
    static final byte DIGIT = 6;
    static final byte LATIN = 7;
    static final byte PUNCT = 8;
    static final byte SYMBOL = 9;
    static final byte SURROGATE = 10;

    private static final byte[] TABLE = build();

    private CharKind() {
    }

    static byte of(char c) {
        return TABLE[c];
    }

    /** Letters, digits and marks: the characters a word is made of. */
    static boolean isWordPart(byte kind) {
        return kind == ARABIC || kind == MARK || kind == DIGIT || kind == LATIN || kind == JOINER;
    }

    static boolean isBlank(byte kind) {
        return kind == SPACE || kind == INVISIBLE;
    }

    private static byte[] build() {
        byte[] t = new byte[65536];
        for (int c = 0; c < 65536; c++) {
            t[c] = classify((char) c);
        }
        return t;
    }

    private static byte classify(char c) {
        switch (c) {
            case '\n', '\r', '\u000B', '\u000C', '\u0085', '\u2028', '\u2029':
                return LINE;
            case '\u200C', '\u200D':
                return JOINER;
            case '\u0640':
                return MARK;
            default:
                break;
        }
        if (Character.isSurrogate(c)) {
            return SURROGATE;
        }
        if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
            return SPACE;
        }
        if (ArabicNormalizer.isArabicLetter(c) || isPresentationLetter(c)) {
            return ARABIC;
        }
        int type = Character.getType(c);
        switch (type) {
            case Character.NON_SPACING_MARK, Character.COMBINING_SPACING_MARK, Character.ENCLOSING_MARK:
                return MARK;
            case Character.DECIMAL_DIGIT_NUMBER:
                return DIGIT;
            case Character.UPPERCASE_LETTER, Character.LOWERCASE_LETTER, Character.TITLECASE_LETTER,
                    Character.MODIFIER_LETTER, Character.OTHER_LETTER:
                return LATIN;
            case Character.CONNECTOR_PUNCTUATION, Character.DASH_PUNCTUATION, Character.START_PUNCTUATION,
                    Character.END_PUNCTUATION, Character.INITIAL_QUOTE_PUNCTUATION,
                    Character.FINAL_QUOTE_PUNCTUATION, Character.OTHER_PUNCTUATION:
                return PUNCT;
            case Character.MATH_SYMBOL, Character.CURRENCY_SYMBOL, Character.MODIFIER_SYMBOL,
                    Character.OTHER_SYMBOL, Character.LETTER_NUMBER, Character.OTHER_NUMBER:
                return SYMBOL;
            default:
                return INVISIBLE;
        }
    }

    /** Letters of the Arabic Presentation Forms blocks, as pasted from PDFs. */
    private static boolean isPresentationLetter(char c) {
        return ((c >= '\uFB50' && c <= '\uFDFF') || (c >= '\uFE70' && c <= '\uFEFC')) && Character.isLetter(c);
    }
}
