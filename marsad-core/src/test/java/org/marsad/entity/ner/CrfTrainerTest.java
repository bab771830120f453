package org.marsad.entity.ner;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class CrfTrainerTest {
    private static final TagSet TAGS = TagSet.ofTypes(List.of("LOC", "PER")); // O B-LOC I-LOC B-PER I-PER
    private static final int N = TAGS.size();
    private static final int BITS = 8;

    /** Bucket 1: a place word; 2: a name word; 3 and up: other words. A run of name words is one person. */
    private static List<int[][]> sentences(Random random, int count, List<int[]> gold) {
        List<int[][]> x = new ArrayList<>();
        for (int s = 0; s < count; s++) {
            int length = 3 + random.nextInt(8);
            int[][] f = new int[length][];
            int[] y = new int[length];
            for (int i = 0; i < length; i++) {
                int kind = random.nextInt(4);
                int bucket = kind == 0 ? 1 : kind == 1 ? 2 : 3 + random.nextInt(20);
                f[i] = new int[] {0, bucket};
                y[i] = bucket == 1 ? 1 : bucket == 2 ? (i > 0 && y[i - 1] >= 3 ? 4 : 3) : 0;
            }
            x.add(f);
            gold.add(y);
        }
        return x;
    }

    private static int[] decode(LinearModel m, int[][] f) {
        float[] e = new float[f.length * N];
        m.emissions(f, e);
        return Viterbi.decode(e, f.length, m.transitions, TAGS);
    }

    @Test
    void learnsWhereANameBeginsFromTheTagBeforeIt() {
        Random random = new Random(3);
        List<int[]> y = new ArrayList<>();
        List<int[][]> x = sentences(random, 200, y);
        List<int[]> heldGold = new ArrayList<>();
        List<int[][]> held = sentences(random, 50, heldGold);
        for (float cost : new float[] {0, 1}) {
            LinearModel m = new CrfTrainer(TAGS, BITS, 0, 1, 0.1, 0.1, cost).train(x, y, 10);
            for (int s = 0; s < held.size(); s++) {
                assertArrayEquals(heldGold.get(s), decode(m, held.get(s)), "cost " + cost + ", sentence " + s);
            }
        }
    }

    @Test
    void trainingIsDeterministic() {
        List<int[]> y = new ArrayList<>();
        List<int[][]> x = sentences(new Random(5), 50, y);
        LinearModel a = new CrfTrainer(TAGS, BITS, 0, 9, 0.1, 0.1, 0).train(x, y, 3);
        LinearModel b = new CrfTrainer(TAGS, BITS, 0, 9, 0.1, 0.1, 0).train(x, y, 3);
        assertArrayEquals(a.weights, b.weights);
        assertArrayEquals(a.transitions, b.transitions);
    }

    @Test
    void rejectsANonPositivePenaltyOrRateAndANegativeCost() {
        assertThrows(IllegalArgumentException.class, () -> new CrfTrainer(TAGS, BITS, 0, 1, 0, 0.1, 0));
        assertThrows(IllegalArgumentException.class, () -> new CrfTrainer(TAGS, BITS, 0, 1, 1, -1, 0));
        assertThrows(IllegalArgumentException.class, () -> new CrfTrainer(TAGS, BITS, 0, 1, 1, 1, -1));
    }

    private static double logLikelihood(LinearModel m, int[][] f, int[] y, double[] nodes, double[] edges) {
        float[] e = new float[f.length * N];
        m.emissions(f, e);
        return new ChainCrf(TAGS).logLikelihood(e, f.length, m.transitions, y, nodes, edges);
    }

    @Test
    void gradientMatchesFiniteDifferences() {
        Random random = new Random(11);
        LinearModel m = new LinearModel(TAGS, BITS, 0);
        for (int k = 0; k < m.weights.length; k++) {
            m.weights[k] = (float) random.nextGaussian();
        }
        for (int k = 0; k < m.transitions.length; k++) {
            m.transitions[k] = (float) random.nextGaussian();
        }
        int[][] f = {{0, 5, 7}, {0, 6}, {0, 5, 9}, {0, 8}};
        int[] y = {3, 4, 0, 1}; // B-PER I-PER O B-LOC
        double[] nodes = new double[f.length * N];
        double[] edges = new double[m.transitions.length];
        logLikelihood(m, f, y, nodes, edges);
        double h = 1e-2;
        for (int bucket : new int[] {0, 5, 6, 9}) {
            for (int t = 0; t < N; t++) {
                double expected = 0;
                for (int i = 0; i < f.length; i++) {
                    for (int b : f[i]) {
                        if (b == bucket) {
                            expected += (y[i] == t ? 1 : 0) - nodes[i * N + t];
                        }
                    }
                }
                assertEquals(expected, numeric(m, m.weights, bucket * N + t, h, f, y), 1e-3, "bucket " + bucket + " tag " + t);
            }
        }
        for (int k = 0; k < m.transitions.length; k++) {
            int from = k / N;
            int to = k % N;
            if (!TAGS.allowed(from, to)) {
                continue;
            }
            double gold = from == N ? (y[0] == to ? 1 : 0) : 0;
            for (int i = 1; i < y.length; i++) {
                gold += y[i - 1] == from && y[i] == to ? 1 : 0;
            }
            assertEquals(gold - edges[k], numeric(m, m.transitions, k, h, f, y), 1e-3, "transition " + from + " to " + to);
        }
    }

    private static double numeric(LinearModel m, float[] w, int k, double h, int[][] f, int[] y) {
        double[] nodes = new double[f.length * N];
        double[] edges = new double[m.transitions.length];
        float saved = w[k];
        w[k] = (float) (saved + h);
        double up = logLikelihood(m, f, y, nodes, edges);
        w[k] = (float) (saved - h);
        double down = logLikelihood(m, f, y, nodes, edges);
        w[k] = saved;
        return (up - down) / (2 * h);
    }

    @Test
    void posteriorsOfEachTokenSumToOne() {
        LinearModel m = new LinearModel(TAGS, BITS, 0);
        Random random = new Random(2);
        for (int k = 0; k < m.weights.length; k++) {
            m.weights[k] = (float) (3 * random.nextGaussian());
        }
        int[][] f = {{1}, {2}, {3}, {4}, {5}};
        double[] nodes = new double[f.length * N];
        double[] edges = new double[m.transitions.length];
        logLikelihood(m, f, new int[] {0, 0, 0, 0, 0}, nodes, edges);
        double edgeSum = 0;
        for (double e : edges) {
            edgeSum += e;
        }
        for (int i = 0; i < f.length; i++) {
            double sum = 0;
            for (int t = 0; t < N; t++) {
                sum += nodes[i * N + t];
            }
            assertEquals(1, sum, 1e-9, "token " + i);
        }
        assertEquals(f.length, edgeSum, 1e-9, "one transition into each token, the first from the start");
    }
}
