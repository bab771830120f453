package org.marsad.entity.ner;

/**
 * Forward-backward over a linear chain of BIO tags: the log-probability of a tag sequence under
 * the scores of a {@link LinearModel}, and each tag's and each transition's posterior probability,
 * which is what the conditional log-likelihood's gradient is made of (observed minus expected
 * counts). Transitions the {@link TagSet} forbids get probability zero, as in {@link Viterbi}.
 *
 * <p>Each position's potentials are exponentiated relative to their maximum and each forward
 * column normalised to sum to one (Rabiner's scaling), so long sentences and large weights neither
 * overflow nor underflow, and no logarithm is taken inside the recursion.
 *
 * <p>Not thread-safe: it keeps its work arrays between sentences.
 */
final class ChainCrf {
    private final TagSet tags;
    private final int n;
    private final double[] expTransitions;
    private double[] psi = new double[0];
    private double[] alpha = new double[0];
    private double[] beta = new double[0];
    private double[] norm = new double[0];

    ChainCrf(TagSet tags) {
        this.tags = tags;
        this.n = tags.size();
        this.expTransitions = new double[(n + 1) * n];
    }

    /**
     * The log-probability of {@code gold}, with the posteriors written to {@code nodes[i * tags + t]}
     * (tag t at token i) and added to {@code edges[from * tags + to]} (summed over the sentence;
     * the start row counts the first tag).
     *
     * <p>A gold sequence with a forbidden transition (a few of ANERcorp's {@code O} then
     * {@code I-X}) has probability zero; its transition weight is then scored as it is, so the
     * returned value stays finite and the gradient still pulls towards the gold tags.
     */
    double logLikelihood(float[] emissions, int length, float[] transitions, int[] gold, double[] nodes,
            double[] edges) {
        if (length == 0) {
            return 0;
        }
        prepare(emissions, length, transitions);
        double logZ = forward(length);
        backward(length);
        posteriors(length, nodes, edges);
        double score = transitions[n * n + gold[0]] + emissions[gold[0]];
        for (int i = 1; i < length; i++) {
            score += transitions[gold[i - 1] * n + gold[i]] + emissions[i * n + gold[i]];
        }
        return score - logZ;
    }

    private void prepare(float[] emissions, int length, float[] transitions) {
        for (int p = 0; p <= n; p++) {
            for (int t = 0; t < n; t++) {
                expTransitions[p * n + t] = tags.allowed(p, t) ? Math.exp(transitions[p * n + t]) : 0;
            }
        }
        if (psi.length < length * n) {
            psi = new double[length * n * 2];
            alpha = new double[length * n * 2];
            beta = new double[length * n * 2];
            norm = new double[length * 2];
        }
        for (int i = 0; i < length; i++) {
            float max = Float.NEGATIVE_INFINITY;
            for (int t = 0; t < n; t++) {
                max = Math.max(max, emissions[i * n + t]);
            }
            for (int t = 0; t < n; t++) {
                psi[i * n + t] = Math.exp(emissions[i * n + t] - max);
            }
            norm[i] = max; // the forward pass adds the log of its column sums
        }
    }

    /** Fills the normalised forward columns and returns log Z. */
    private double forward(int length) {
        double logZ = 0;
        for (int i = 0; i < length; i++) {
            double sum = 0;
            for (int t = 0; t < n; t++) {
                double a;
                if (i == 0) {
                    a = expTransitions[n * n + t];
                } else {
                    a = 0;
                    for (int p = 0; p < n; p++) {
                        a += alpha[(i - 1) * n + p] * expTransitions[p * n + t];
                    }
                }
                a *= psi[i * n + t];
                alpha[i * n + t] = a;
                sum += a;
            }
            for (int t = 0; t < n; t++) {
                alpha[i * n + t] /= sum;
            }
            logZ += norm[i] + Math.log(sum);
            norm[i] = sum;
        }
        return logZ;
    }

    /** Backward columns scaled by the forward pass's column sums, so alpha * beta is the posterior. */
    private void backward(int length) {
        for (int t = 0; t < n; t++) {
            beta[(length - 1) * n + t] = 1;
        }
        for (int i = length - 2; i >= 0; i--) {
            for (int p = 0; p < n; p++) {
                double b = 0;
                for (int t = 0; t < n; t++) {
                    b += expTransitions[p * n + t] * psi[(i + 1) * n + t] * beta[(i + 1) * n + t];
                }
                beta[i * n + p] = b / norm[i + 1];
            }
        }
    }

    private void posteriors(int length, double[] nodes, double[] edges) {
        for (int k = 0; k < length * n; k++) {
            nodes[k] = alpha[k] * beta[k];
        }
        for (int t = 0; t < n; t++) {
            edges[n * n + t] += nodes[t];
        }
        for (int i = 1; i < length; i++) {
            for (int p = 0; p < n; p++) {
                double a = alpha[(i - 1) * n + p] / norm[i];
                if (a == 0) {
                    continue;
                }
                for (int t = 0; t < n; t++) {
                    edges[p * n + t] += a * expTransitions[p * n + t] * psi[i * n + t] * beta[i * n + t];
                }
            }
        }
    }
}
