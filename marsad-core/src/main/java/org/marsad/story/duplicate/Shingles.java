package org.marsad.story.duplicate;

import java.util.List;
import org.marsad.doc.Span;
import org.marsad.story.IntSets;
import org.marsad.text.Token;

/**
 * The word n-grams of a text as a set of 32-bit hashes: the unit that near-duplicate detection
 * compares. Words are taken in their normalised form, so two copies that differ only in alef
 * forms, diacritics, tatweel or digits share every shingle; punctuation is left out, so a
 * re-punctuated copy does too.
 */
public final class Shingles {
    /** Eight words: long enough that two unrelated articles share almost none, short enough to survive light edits. */
    public static final int WORDS = 8;

    private Shingles() {
    }

    /** The shingles of an article's body: its tokens from {@code bodyStart} on (the headline differs between copies). */
    public static int[] ofBody(List<Token> tokens, int bodyStart) {
        return of(tokens.subList(Span.firstEndingAfter(tokens, bodyStart), tokens.size()));
    }

    /** The distinct shingle hashes of the words among {@code tokens}, sorted; empty when there are fewer than {@link #WORDS} words. */
    public static int[] of(List<Token> tokens) {
        int[] words = new int[tokens.size()];
        int n = 0;
        for (Token t : tokens) {
            if (t.kind() == Token.Kind.WORD || t.kind() == Token.Kind.NUMBER || t.kind() == Token.Kind.LATIN) {
                words[n++] = t.norm().hashCode();
            }
        }
        if (n < WORDS) {
            return new int[0];
        }
        int[] out = new int[n - WORDS + 1];
        for (int i = 0; i + WORDS <= n; i++) {
            long h = 0;
            for (int k = 0; k < WORDS; k++) {
                h = h * 0x100000001B3L + words[i + k];
            }
            out[i] = (int) Hashing.mix(h);
        }
        return IntSets.of(out);
    }
}
