package org.marsad.text;

import java.util.Objects;
import org.marsad.doc.Span;

/**
 * One token of a sentence, as spaCy's Token: a span of the text plus its analysis views.
 *
 * @param start        offset of the first character of the surface token
 * @param end          offset after its last character
 * @param norm         the whole token normalised ({@link ArabicNormalizer}), Latin lower-cased
 * @param stem         {@code norm} without its proclitics and article ({@code وبالمفاوضات} →
 *                     {@code مفاوضات}); equal to {@code norm} when nothing is stripped; empty for a
 *                     proclitic written apart with tatweel ({@code بـ} before a quotation)
 * @param prefixLength how many surface characters the proclitics take, so the stem starts at
 *                     {@code start + prefixLength} in the text
 * @param kind         what the token is
 */
public record Token(int start, int end, String norm, String stem, int prefixLength, Kind kind) implements Span {

    /** What a token is made of. */
    public enum Kind {
        /** Arabic letters (and their marks), possibly with proclitics. */
        WORD,
        /** Digits, with their decimal, time and date separators ({@code 1.5}, {@code 20:30}). */
        NUMBER,
        /** One punctuation mark, or a run of full stops ({@code ...}). */
        PUNCT,
        /** Letters of another script than Arabic, with digits ({@code COVID}, {@code G7}). */
        LATIN,
        /** Currency, maths and other symbols, emoji. */
        SYMBOL
    }

    public Token {
        Objects.requireNonNull(norm);
        Objects.requireNonNull(stem);
        Objects.requireNonNull(kind);
        if (start < 0 || end <= start || prefixLength < 0 || prefixLength > end - start) {
            throw new IllegalArgumentException("bad token [" + start + ", " + end + ") prefix " + prefixLength);
        }
    }

    /** Where the stem starts in the text. */
    public int stemStart() {
        return start + prefixLength;
    }

    /**
     * Where the word starts without its conjunction or preposition, at its article when one is
     * written ({@code والاتصال} gives {@code الاتصال}, {@code فصندوق} gives {@code صندوق}).
     */
    public int articleStart(CharSequence text) {
        int stem = stemStart();
        boolean article = proclitics().endsWith("ال") && stem - 2 >= start
                && text.charAt(stem - 2) == 'ا' && text.charAt(stem - 1) == 'ل';
        return article ? stem - 2 : stem;
    }

    /** The proclitics and article in their normalised form ({@code وبال} for {@code وبالمفاوضات}), empty when none. */
    public String proclitics() {
        return norm.substring(0, norm.length() - stem.length());
    }

    /** Whether the word carries the article, alone or after ل ({@code الرئيس}, {@code وللرئيس}). */
    public boolean hasArticle() {
        String p = proclitics();
        return p.endsWith("ال") || p.endsWith("لل");
    }

    public boolean isWord() {
        return kind == Kind.WORD;
    }
}
