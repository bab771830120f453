package org.marsad.story.cluster;

import java.util.Arrays;

/**
 * A sparse vector of unit length over term ids, sorted by id: an article's weighted terms.
 */
public record TermVector(int[] terms, float[] weights) {
    public static final TermVector EMPTY = new TermVector(new int[0], new float[0]);

    public TermVector {
        if (terms.length != weights.length) {
            throw new IllegalArgumentException(terms.length + " terms, " + weights.length + " weights");
        }
    }

    public int size() {
        return terms.length;
    }

    /** The dot product of two sorted vectors (their cosine, both being of unit length). */
    public double dot(TermVector o) {
        int i = 0;
        int j = 0;
        double sum = 0;
        while (i < terms.length && j < o.terms.length) {
            if (terms[i] < o.terms[j]) {
                i++;
            } else if (terms[i] > o.terms[j]) {
                j++;
            } else {
                sum += weights[i++] * o.weights[j++];
            }
        }
        return sum;
    }

    /**
     * The {@code max} heaviest terms of raw weights {@code w} over {@code ids}, scaled to unit
     * length and sorted by id. Keeping the heaviest terms only drops the long tail of words an
     * article uses once, which says little of its story and costs every comparison.
     */
    public static TermVector top(int[] ids, float[] w, int max) {
        Integer[] order = new Integer[ids.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Float.compare(w[b], w[a]));
        int n = Math.min(max, ids.length);
        long[] packed = new long[n];
        double norm = 0;
        for (int k = 0; k < n; k++) {
            int i = order[k];
            packed[k] = ((long) ids[i] << 32) | (Float.floatToIntBits(w[i]) & 0xffffffffL);
            norm += (double) w[i] * w[i];
        }
        Arrays.sort(packed);
        int[] terms = new int[n];
        float[] weights = new float[n];
        double scale = norm == 0 ? 0 : 1 / Math.sqrt(norm);
        for (int k = 0; k < n; k++) {
            terms[k] = (int) (packed[k] >>> 32);
            weights[k] = (float) (Float.intBitsToFloat((int) packed[k]) * scale);
        }
        return new TermVector(terms, weights);
    }
}
