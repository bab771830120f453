package org.marsad.entity.latin;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * Many-to-many alignment of Arabic words to their Latin spellings by expectation maximisation
 * (Jiampojamarn, Kondrak and Sherif 2007, as Phonetisaurus does it): which one or two Arabic
 * letters each run of zero to three Latin letters comes from. Vowels Arabic does not write end
 * up inside the graphone of the letter before them (بيسكوف: ب}pe ي}  س}s ك}k و}o ف}v). Learnt
 * from a joint distribution over graphones, starting uniform, so the result depends only on
 * the examples and their order.
 */
final class Aligner {
    /** A training pair: normalised Arabic letters, Latin letters a-z, and how many times it counts. */
    record Example(String arabic, String latin, double weight) {
        /** Whether any alignment exists: every Arabic chunk gives at most three Latin letters. */
        boolean alignable() {
            return !arabic.isEmpty() && latin.length() <= Graphone.MAX_LATIN * arabic.length();
        }
    }

    /** The best segmentation of an example and its log probability under the learnt distribution. */
    record Alignment(List<Graphone> graphones, double logProb) {
    }

    private static final int KINDS = Graphone.MAX_ARABIC * (Graphone.MAX_LATIN + 1);
    private static final double FLOOR = 1e-12;

    private final LongIntMap ids = new LongIntMap(1 << 14);
    /** Factors on the probability of graphones by their Arabic length. */
    private final double[] prior;
    private long[] keys = new long[1 << 12];
    private double[] prob;

    private Aligner(double twoLetterFactor) {
        prior = new double[] {0, 1, twoLetterFactor};
    }

    /**
     * Runs EM over the examples (each must be {@link Example#alignable()}); graphones of two
     * Arabic letters have their probability multiplied by {@code twoLetterFactor}.
     */
    static Aligner train(List<Example> examples, int iterations, double twoLetterFactor) {
        Aligner a = new Aligner(twoLetterFactor);
        List<int[]> edges = new ArrayList<>(examples.size());
        for (Example e : examples) {
            edges.add(a.edges(e));
        }
        a.prob = new double[a.ids.size()];
        Arrays.fill(a.prob, 1.0 / a.prob.length);
        for (int it = 0; it < iterations; it++) {
            double[] counts = new double[a.prob.length];
            for (int x = 0; x < examples.size(); x++) {
                a.expect(examples.get(x), edges.get(x), counts);
            }
            double total = 0;
            for (double c : counts) {
                total += c;
            }
            for (int i = 0; i < counts.length; i++) {
                a.prob[i] = Math.max(counts[i] / total, FLOOR);
            }
        }
        return a;
    }

    /** The Viterbi alignment of one example, or null when it cannot be aligned. */
    Alignment align(Example e) {
        String ar = e.arabic();
        String la = e.latin();
        int n = ar.length();
        int m = la.length();
        double[][] best = new double[n + 1][m + 1];
        int[][] back = new int[n + 1][m + 1];
        for (double[] row : best) {
            Arrays.fill(row, Double.NEGATIVE_INFINITY);
        }
        best[0][0] = 0;
        for (int i = 0; i < n; i++) {
            for (int j = 0; j <= m; j++) {
                if (best[i][j] == Double.NEGATIVE_INFINITY) {
                    continue;
                }
                for (int di = 1; di <= Graphone.MAX_ARABIC && i + di <= n; di++) {
                    for (int dj = 0; dj <= Graphone.MAX_LATIN && j + dj <= m; dj++) {
                        int id = ids.get(Graphone.key(ar, i, i + di, la, j, j + dj));
                        if (id < 0) {
                            continue;
                        }
                        double s = best[i][j] + Math.log(prob[id] * prior[di]);
                        if (s > best[i + di][j + dj]) {
                            best[i + di][j + dj] = s;
                            back[i + di][j + dj] = di * 8 + dj;
                        }
                    }
                }
            }
        }
        if (best[n][m] == Double.NEGATIVE_INFINITY) {
            return null;
        }
        List<Graphone> out = new ArrayList<>();
        for (int i = n, j = m; i > 0;) {
            int di = back[i][j] / 8;
            int dj = back[i][j] % 8;
            out.add(new Graphone(ar.substring(i - di, i), la.substring(j - dj, j)));
            i -= di;
            j -= dj;
        }
        Collections.reverse(out);
        return new Alignment(out, best[n][m]);
    }

    /** The id of every possible edge of the example's lattice, -1 where it leaves the lattice. */
    private int[] edges(Example e) {
        int n = e.arabic().length();
        int m = e.latin().length();
        int[] out = new int[(n + 1) * (m + 1) * KINDS];
        for (int i = 0; i <= n; i++) {
            for (int j = 0; j <= m; j++) {
                for (int di = 1; di <= Graphone.MAX_ARABIC; di++) {
                    for (int dj = 0; dj <= Graphone.MAX_LATIN; dj++) {
                        int slot = edge(i, j, m, di, dj);
                        out[slot] = i + di <= n && j + dj <= m ? id(Graphone.key(e.arabic(), i, i + di, e.latin(), j, j + dj)) : -1;
                    }
                }
            }
        }
        return out;
    }

    private static int edge(int i, int j, int m, int di, int dj) {
        return ((i * (m + 1) + j) * Graphone.MAX_ARABIC + di - 1) * (Graphone.MAX_LATIN + 1) + dj;
    }

    private int id(long key) {
        int id = ids.get(key);
        if (id < 0) {
            id = ids.size();
            ids.put(key, id);
            if (id == keys.length) {
                keys = Arrays.copyOf(keys, id * 2);
            }
            keys[id] = key;
        }
        return id;
    }

    /** Forward-backward over the example's lattice, adding each edge's expected count. */
    private void expect(Example e, int[] edges, double[] counts) {
        int n = e.arabic().length();
        int m = e.latin().length();
        double[][] alpha = new double[n + 1][m + 1];
        double[][] beta = new double[n + 1][m + 1];
        alpha[0][0] = 1;
        for (int i = 0; i < n; i++) {
            for (int j = 0; j <= m; j++) {
                if (alpha[i][j] == 0) {
                    continue;
                }
                for (int di = 1; di <= Graphone.MAX_ARABIC; di++) {
                    for (int dj = 0; dj <= Graphone.MAX_LATIN; dj++) {
                        int id = edges[edge(i, j, m, di, dj)];
                        if (id >= 0) {
                            alpha[i + di][j + dj] += alpha[i][j] * prob[id] * prior[di];
                        }
                    }
                }
            }
        }
        double z = alpha[n][m];
        if (z <= 0) {
            return;
        }
        beta[n][m] = 1;
        for (int i = n - 1; i >= 0; i--) {
            for (int j = m; j >= 0; j--) {
                double b = 0;
                for (int di = 1; di <= Graphone.MAX_ARABIC; di++) {
                    for (int dj = 0; dj <= Graphone.MAX_LATIN; dj++) {
                        int id = edges[edge(i, j, m, di, dj)];
                        if (id >= 0) {
                            double through = prob[id] * prior[di] * beta[i + di][j + dj];
                            b += through;
                            if (alpha[i][j] > 0 && through > 0) {
                                counts[id] += e.weight() * alpha[i][j] * through / z;
                            }
                        }
                    }
                }
                beta[i][j] = b;
            }
        }
    }
}
