package org.marsad.entity.ner;

import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.function.IntConsumer;

/**
 * Collins's (2002) structured perceptron with weight averaging: decode each training sentence
 * with the current weights, and where the best sequence differs from the gold one, add the gold
 * sequence's features and subtract the predicted one's. The averaged weights (every intermediate
 * weight vector, averaged, by Daumé's trick of a second, step-weighted accumulator) generalise
 * like a large-margin model's at a fraction of a CRF's training cost.
 *
 * <p>Training decodes with a cost added to every wrong tag (loss-augmented decoding, as in the
 * structured SVM and Crammer et al.'s passive-aggressive learners): a sentence keeps causing
 * updates until the gold tags win by a margin, not merely by a hair, which the plain perceptron
 * stops at. On five-fold cross-validation on ANERcorp's training file it gained 0.45 F1.
 *
 * <p>Deterministic: the sentence order of each epoch is a shuffle by a fixed seed.
 */
final class PerceptronTrainer {
    private final TagSet tags;
    private final int bits;
    private final long signature;
    private final long seed;
    private final float margin;

    /**
     * @param margin the cost of a wrong tag while training (0: the plain perceptron), in units of
     *               one update of one feature's weight
     */
    public PerceptronTrainer(TagSet tags, int bits, long signature, long seed, float margin) {
        this.tags = tags;
        this.bits = bits;
        this.signature = signature;
        this.seed = seed;
        this.margin = margin;
    }

    /**
     * Trains for {@code epochs} passes over the sentences and returns the averaged model; after
     * each epoch {@code afterEpoch} gets the epoch number, with {@link #averaged} valid for it.
     *
     * @param features per sentence, per token, the feature buckets
     * @param gold     per sentence, the gold tag indices
     */
    public LinearModel train(List<int[][]> features, List<int[]> gold, int epochs, IntConsumer afterEpoch) {
        return train(features, null, gold, epochs, afterEpoch);
    }

    /** As {@link #train(List, List, int, IntConsumer)}, decoding over segments when {@code segments} is given. */
    public LinearModel train(List<int[][]> features, List<SegmentFeatures> segments, List<int[]> gold, int epochs,
            IntConsumer afterEpoch) {
        int n = tags.size();
        LinearModel current = new LinearModel(tags, bits, signature);
        float[] w = current.weights;
        float[] trans = current.transitions;
        double[] wSum = new double[w.length];
        double[] tSum = new double[trans.length];
        Random random = new Random(seed);
        int[] order = new int[features.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        long step = 1;
        float[] segScores = null;
        float[] emissions = new float[256 * n];
        for (int epoch = 1; epoch <= epochs; epoch++) {
            for (int i = order.length - 1; i > 0; i--) {
                int j = random.nextInt(i + 1);
                int t = order[i];
                order[i] = order[j];
                order[j] = t;
            }
            for (int s : order) {
                int[][] f = features.get(s);
                int[] y = gold.get(s);
                if (emissions.length < f.length * n) {
                    emissions = new float[f.length * n * 2];
                }
                current.emissions(f, emissions);
                addCost(emissions, y, n);
                int[] p;
                if (segments == null) {
                    p = Viterbi.decode(emissions, f.length, trans, tags);
                } else {
                    segScores = current.segmentScores(segments.get(s), segScores);
                    p = SemiMarkov.decode(emissions, f.length, trans, tags, segScores);
                    updateSegments(segments.get(s), y, p, w, wSum, step, n);
                }
                update(f, y, p, w, trans, wSum, tSum, step, n);
                step++;
            }
            if (afterEpoch != null) {
                lastAverage = average(w, trans, wSum, tSum, step);
                afterEpoch.accept(epoch);
            }
        }
        return average(w, trans, wSum, tSum, step);
    }

    private LinearModel lastAverage;

    private void addCost(float[] emissions, int[] gold, int n) {
        if (margin == 0) {
            return;
        }
        for (int i = 0; i < gold.length; i++) {
            for (int t = 0; t < n; t++) {
                if (t != gold[i]) {
                    emissions[i * n + t] += margin;
                }
            }
        }
    }

    /** The averaged model after the last finished epoch (for the {@code afterEpoch} callback). */
    public LinearModel averaged() {
        return lastAverage;
    }

    private static void update(int[][] f, int[] y, int[] p, float[] w, float[] trans, double[] wSum, double[] tSum,
            long step, int n) {
        for (int i = 0; i < f.length; i++) {
            int prevGold = i == 0 ? n : y[i - 1];
            int prevPred = i == 0 ? n : p[i - 1];
            if (y[i] != p[i]) {
                for (int bucket : f[i]) {
                    add(w, wSum, bucket * n + y[i], 1, step);
                    add(w, wSum, bucket * n + p[i], -1, step);
                }
            }
            if (y[i] != p[i] || prevGold != prevPred) {
                add(trans, tSum, prevGold * n + y[i], 1, step);
                add(trans, tSum, prevPred * n + p[i], -1, step);
            }
        }
    }

    private static void updateSegments(SegmentFeatures segments, int[] y, int[] p, float[] w, double[] wSum,
            long step, int n) {
        List<int[]> gold = SemiMarkov.chunks(y);
        List<int[]> predicted = SemiMarkov.chunks(p);
        for (int[] c : gold) {
            if (!contains(predicted, c) && c[1] - c[0] <= SemiMarkov.MAX_LENGTH) {
                segments.forEach(c[0], c[1], bucket -> add(w, wSum, bucket * n + 1 + 2 * c[2], 1, step));
            }
        }
        for (int[] c : predicted) {
            if (!contains(gold, c)) {
                segments.forEach(c[0], c[1], bucket -> add(w, wSum, bucket * n + 1 + 2 * c[2], -1, step));
            }
        }
    }

    private static boolean contains(List<int[]> chunks, int[] c) {
        for (int[] d : chunks) {
            if (Arrays.equals(c, d)) {
                return true;
            }
        }
        return false;
    }

    private static void add(float[] w, double[] sum, int k, float delta, long step) {
        w[k] += delta;
        sum[k] += step * (double) delta;
    }

    private LinearModel average(float[] w, float[] trans, double[] wSum, double[] tSum, long step) {
        float[] aw = new float[w.length];
        for (int k = 0; k < w.length; k++) {
            aw[k] = (float) (w[k] - wSum[k] / step);
        }
        float[] at = new float[trans.length];
        for (int k = 0; k < trans.length; k++) {
            at[k] = (float) (trans[k] - tSum[k] / step);
        }
        return new LinearModel(tags, bits, signature, aw, at);
    }
}
