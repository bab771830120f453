package org.marsad.entity.ner;

/**
 * The highest-scoring tag sequence of a sentence under a {@link LinearModel}: emission plus
 * transition scores, by dynamic programming over the tags (Viterbi), with transitions the
 * {@link TagSet} forbids ({@code O} then {@code I-X}) excluded, so the output is always valid BIO.
 */
public final class Viterbi {
    private Viterbi() {
    }

    /**
     * @param emissions {@code emissions[i * tags + t]}
     * @param transitions {@code transitions[from * tags + to]}, row {@code tags} the start
     * @return the tag index of each token
     */
    public static int[] decode(float[] emissions, int length, float[] transitions, TagSet tagSet) {
        int n = tagSet.size();
        int[] best = new int[length];
        if (length == 0) {
            return best;
        }
        float[] score = new float[n];
        float[] next = new float[n];
        int[] back = new int[length * n];
        for (int t = 0; t < n; t++) {
            score[t] = tagSet.allowed(n, t) ? transitions[n * n + t] + emissions[t] : Float.NEGATIVE_INFINITY;
        }
        for (int i = 1; i < length; i++) {
            for (int t = 0; t < n; t++) {
                float top = Float.NEGATIVE_INFINITY;
                int arg = 0;
                for (int p = 0; p < n; p++) {
                    if (!tagSet.allowed(p, t)) {
                        continue;
                    }
                    float s = score[p] + transitions[p * n + t];
                    if (s > top) {
                        top = s;
                        arg = p;
                    }
                }
                next[t] = top + emissions[i * n + t];
                back[i * n + t] = arg;
            }
            float[] swap = score;
            score = next;
            next = swap;
        }
        int arg = 0;
        for (int t = 1; t < n; t++) {
            if (score[t] > score[arg]) {
                arg = t;
            }
        }
        for (int i = length - 1; i >= 0; i--) {
            best[i] = arg;
            arg = back[i * n + arg];
        }
        return best;
    }
}
