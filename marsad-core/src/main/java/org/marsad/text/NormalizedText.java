package org.marsad.text;

import org.marsad.doc.TextSpan;

/**
 * A normalised copy of a text (see {@link ArabicNormalizer#normalizeWithOffsets}) that remembers
 * where each of its characters came from, so that a matcher can search the copy (where
 * {@code أحمد} and {@code احمد} are the same) and still report spans of the source. This is the
 * offset-correction idea of Lucene's {@code CharFilter}, kept as a plain array.
 *
 * <p>{@code toOriginal(i)} for {@code i < length()} is the source offset of the character the
 * copy's {@code i}-th character came from; {@code toOriginal(length())} is the end of the source
 * range. Characters dropped by the normaliser (harakat, tatweel, bidi marks) have no counterpart,
 * so an end offset maps to the next kept character: a span ending on a word takes in the word's
 * trailing diacritics. Both halves of an expanded lam-alef ligature map to the ligature.
 */
public final class NormalizedText {
    private final String text;
    private final int[] origin;

    NormalizedText(String text, int[] origin) {
        if (origin.length != text.length() + 1) {
            throw new IllegalArgumentException("offset map of " + origin.length + " for a text of " + text.length());
        }
        this.text = text;
        this.origin = origin;
    }

    /** The normalised copy. */
    public String text() {
        return text;
    }

    public int length() {
        return text.length();
    }

    /** The source offset of an offset in the copy, {@code 0 <= offset <= length()}. */
    public int toOriginal(int offset) {
        if (offset < 0 || offset >= origin.length) {
            throw new IndexOutOfBoundsException("offset " + offset + " outside [0, " + text.length() + "]");
        }
        return origin[offset];
    }

    /** The source span of the copy's range {@code [start, end)}. */
    public TextSpan toOriginalSpan(int start, int end) {
        if (start > end) {
            throw new IllegalArgumentException("bad range [" + start + ", " + end + ")");
        }
        return new TextSpan(toOriginal(start), toOriginal(end));
    }

    /**
     * The same copy with Latin (and other cased) letters lower-cased, as {@link Lexicon#key}
     * does; lower-casing one char at a time keeps the offset map valid.
     */
    public NormalizedText toLowerCase() {
        char[] chars = text.toCharArray();
        boolean changed = false;
        for (int i = 0; i < chars.length; i++) {
            char lower = Character.toLowerCase(chars[i]);
            changed |= lower != chars[i];
            chars[i] = lower;
        }
        return changed ? new NormalizedText(new String(chars), origin) : this;
    }

    @Override
    public String toString() {
        return text;
    }
}
