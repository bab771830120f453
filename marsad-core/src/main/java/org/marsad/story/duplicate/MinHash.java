package org.marsad.story.duplicate;

import java.util.Arrays;

/**
 * MinHash signatures of shingle sets (Broder 1997): position {@code i} of a signature is the
 * least value a set takes under the {@code i}-th hash function, so two sets agree at a position
 * with probability equal to their Jaccard similarity.
 */
public final class MinHash {
    private final long[] multipliers;
    private final long[] offsets;

    /** @param size how many hash functions; a fixed seed makes signatures the same on every run */
    public MinHash(int size) {
        multipliers = new long[size];
        offsets = new long[size];
        long s = 0x9E3779B97F4A7C15L;
        for (int i = 0; i < size; i++) {
            s = Hashing.mix(s + 0x9E3779B97F4A7C15L);
            multipliers[i] = s | 1;
            s = Hashing.mix(s + 0x9E3779B97F4A7C15L);
            offsets[i] = s;
        }
    }

    public int size() {
        return multipliers.length;
    }

    /** The signature of a shingle set; all positions hold {@link Integer#MAX_VALUE} for the empty set. */
    public int[] signature(int[] shingles) {
        int[] sig = new int[multipliers.length];
        Arrays.fill(sig, Integer.MAX_VALUE);
        for (int shingle : shingles) {
            long x = shingle & 0xffffffffL;
            for (int i = 0; i < multipliers.length; i++) {
                // multiply-shift hashing: one multiplication per function, and still pairwise independent
                int h = (int) ((multipliers[i] * x + offsets[i]) >>> 32);
                if (h < sig[i]) {
                    sig[i] = h;
                }
            }
        }
        return sig;
    }
}
