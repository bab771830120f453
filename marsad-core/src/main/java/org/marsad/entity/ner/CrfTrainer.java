package org.marsad.entity.ner;

import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * Trains the linear-chain model as a conditional random field (Lafferty et al. 2001): maximises
 * the conditional log-likelihood of the gold tags, minus an L2 penalty, by stochastic gradient
 * descent, one sentence at a time, with the decaying rate and the lazily applied penalty of
 * Bottou's SGD and CRFsuite's {@code l2sgd}. The result is a {@link LinearModel} like the
 * perceptron's, decoded by the same {@link Viterbi}, so tagging speed and model format stay.
 *
 * <p>The objective is {@code sum log p(y|x) - c2 |w|^2}; each step takes one sentence's share of
 * the penalty, {@code lambda = 2 c2 / N}, at rate {@code eta_t = 1 / (lambda (t0 + t))} with
 * {@code t0} set so that the first rate is {@code eta0}. The penalty shrinks every weight at every
 * step; rather than touch all of them, the weights are kept as {@code scale * v} and only the
 * scale shrinks (rescaled into v when it gets small).
 *
 * <p>The model returned is the average of the weights after every step (Polyak averaging, as in
 * Xu's averaged SGD), which smooths out the noise of single-sentence steps the way the averaged
 * perceptron does. It is kept lazily too: with {@code w_t = s_t v_t}, the sum of the iterates is
 * {@code S v - U}, where S sums the scales and each step that adds d to v adds {@code S d} to U.
 *
 * <p>With a {@code cost}, every wrong tag's score is raised by it inside the likelihood (Gimpel
 * and Smith's 2010 softmax-margin, the CRF's form of the perceptron's margin): the gold tags must
 * win by a margin in probability, not merely win.
 *
 * <p>Deterministic: the sentence order of each epoch is a shuffle by a fixed seed.
 */
final class CrfTrainer {
    private static final double MIN_SCALE = 1e-6;

    private final TagSet tags;
    private final int bits;
    private final long signature;
    private final long seed;
    private final double c2;
    private final double eta0;
    private final float cost;

    /**
     * @param c2   the L2 penalty's coefficient, on the whole training set's log-likelihood
     * @param eta0 the first step size
     * @param cost the softmax-margin's cost of a wrong tag (0: the plain likelihood)
     */
    CrfTrainer(TagSet tags, int bits, long signature, long seed, double c2, double eta0, float cost) {
        if (!(c2 > 0) || !(eta0 > 0) || !(cost >= 0)) {
            throw new IllegalArgumentException("c2 and eta0 must be positive, cost not negative: " + c2 + ", " + eta0
                    + ", " + cost);
        }
        this.tags = tags;
        this.bits = bits;
        this.signature = signature;
        this.seed = seed;
        this.c2 = c2;
        this.eta0 = eta0;
        this.cost = cost;
    }

    LinearModel train(List<int[][]> features, List<int[]> gold, int epochs) {
        int n = tags.size();
        LinearModel v = new LinearModel(tags, bits, signature);
        ChainCrf crf = new ChainCrf(tags);
        double lambda = 2 * c2 / Math.max(1, features.size());
        double t0 = 1 / (lambda * eta0);
        double scale = 1;
        double scaleSum = 0;
        double[] uWeights = new double[v.weights.length];
        double[] uTransitions = new double[v.transitions.length];
        float[] emissions = new float[256 * n];
        float[] transitions = new float[v.transitions.length];
        double[] nodes = new double[256 * n];
        double[] edges = new double[transitions.length];
        Random random = new Random(seed);
        int[] order = new int[features.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        long step = 0;
        for (int epoch = 1; epoch <= epochs; epoch++) {
            shuffle(order, random);
            for (int s : order) {
                int[][] f = features.get(s);
                int[] y = gold.get(s);
                if (f.length == 0) {
                    continue;
                }
                if (emissions.length < f.length * n) {
                    emissions = new float[f.length * n * 2];
                    nodes = new double[f.length * n * 2];
                }
                v.emissions(f, emissions);
                for (int k = 0; k < f.length * n; k++) {
                    emissions[k] = emissions[k] * (float) scale + (y[k / n] == k % n ? 0 : cost);
                }
                for (int k = 0; k < transitions.length; k++) {
                    transitions[k] = (float) (scale * v.transitions[k]);
                }
                Arrays.fill(edges, 0);
                double ll = crf.logLikelihood(emissions, f.length, transitions, y, nodes, edges);
                if (!Double.isFinite(ll)) {
                    // weights grown so large that a sentence's every allowed path underflows
                    throw new IllegalStateException("CRF training diverged at step " + step + " (epoch " + epoch
                            + "): lower the rate or raise c2");
                }
                double eta = 1 / (lambda * (t0 + step));
                scale *= 1 - eta * lambda;
                float gain = (float) (eta / scale);
                ascend(f, y, nodes, edges, v, gain, n, scaleSum, uWeights, uTransitions);
                scaleSum += scale;
                if (scale < MIN_SCALE) {
                    rescale(v, scale);
                    scaleSum /= scale;
                    scale = 1;
                }
                step++;
            }
        }
        return average(v, scaleSum, uWeights, uTransitions, Math.max(1, step));
    }

    private LinearModel average(LinearModel v, double scaleSum, double[] uWeights, double[] uTransitions, long steps) {
        float[] w = new float[v.weights.length];
        for (int k = 0; k < w.length; k++) {
            w[k] = (float) ((scaleSum * v.weights[k] - uWeights[k]) / steps);
        }
        float[] t = new float[v.transitions.length];
        for (int k = 0; k < t.length; k++) {
            t[k] = (float) ((scaleSum * v.transitions[k] - uTransitions[k]) / steps);
        }
        return new LinearModel(tags, bits, signature, w, t);
    }

    /** Moves v along the log-likelihood's gradient: gold counts minus posterior ones. */
    private static void ascend(int[][] f, int[] y, double[] nodes, double[] edges, LinearModel v, float gain, int n,
            double scaleSum, double[] uWeights, double[] uTransitions) {
        float[] w = v.weights;
        for (int i = 0; i < f.length; i++) {
            for (int bucket : f[i]) {
                int row = bucket * n;
                for (int t = 0; t < n; t++) {
                    add(w, uWeights, row + t, -gain * (float) nodes[i * n + t], scaleSum);
                }
                add(w, uWeights, row + y[i], gain, scaleSum);
            }
        }
        float[] trans = v.transitions;
        for (int k = 0; k < trans.length; k++) {
            add(trans, uTransitions, k, -gain * (float) edges[k], scaleSum);
        }
        add(trans, uTransitions, n * n + y[0], gain, scaleSum);
        for (int i = 1; i < y.length; i++) {
            add(trans, uTransitions, y[i - 1] * n + y[i], gain, scaleSum);
        }
    }

    private static void add(float[] v, double[] u, int k, float delta, double scaleSum) {
        v[k] += delta;
        u[k] += scaleSum * delta;
    }

    private static void rescale(LinearModel v, double scale) {
        for (int k = 0; k < v.weights.length; k++) {
            v.weights[k] *= (float) scale;
        }
        for (int k = 0; k < v.transitions.length; k++) {
            v.transitions[k] *= (float) scale;
        }
    }

    private static void shuffle(int[] order, Random random) {
        for (int i = order.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = order[i];
            order[i] = order[j];
            order[j] = t;
        }
    }
}
