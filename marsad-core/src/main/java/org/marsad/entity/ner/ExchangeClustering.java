package org.marsad.entity.ner;

import java.util.Arrays;

/**
 * Word classes by the exchange algorithm (Kneser and Ney 1993; Martin, Liermann and Ney 1998):
 * every word starts in a class, then each word in turn moves to the class that most raises the
 * likelihood of the class-bigram model, until few words move. The objective is Brown et al.'s
 * (the average mutual information of adjacent classes), so the classes are those Brown clustering
 * finds, flat instead of a tree; running it at several class counts gives the coarse-to-fine
 * granularity that Brown bit-string prefixes give, at a fraction of the cost (Brown's merging is
 * O(V·C²) with a large constant, this is O(C·Σ neighbour classes) a pass).
 *
 * <p>With {@code f(x) = x ln x}, the log-likelihood is, up to constants,
 * {@code Σ f(N(c1,c2)) − 2 Σ f(N(c))}; moving one word changes only the rows and columns of its
 * old and new class in the counts of the neighbours it has, so each candidate class is scored in
 * time proportional to the number of distinct classes around the word. Deterministic: words are
 * visited in id order (the caller's frequency order), ties go to the lower class.
 */
public final class ExchangeClustering {
    private static final int TABLE = 1 << 20;
    private static final double[] X_LOG_X = buildTable();

    private final int classes;
    private final int[] count;
    private final int[] succStart;
    private final int[] succWord;
    private final int[] succCount;
    private final int[] predStart;
    private final int[] predWord;
    private final int[] predCount;

    /**
     * @param classes how many classes
     * @param ids     the corpus as word ids {@code 0..V-1}, id 0 the most frequent
     * @param words   V
     */
    public ExchangeClustering(int classes, int[] ids, int words) {
        this.classes = classes;
        this.count = new int[words];
        for (int id : ids) {
            count[id]++;
        }
        long[] pairs = new long[Math.max(0, ids.length - 1)];
        for (int i = 1; i < ids.length; i++) {
            pairs[i - 1] = (long) ids[i - 1] << 32 | ids[i];
        }
        Arrays.sort(pairs);
        // distinct bigrams with their counts, in (left, right) order
        int distinct = 0;
        long[] keys = new long[pairs.length];
        int[] counts = new int[pairs.length];
        for (int i = 0; i < pairs.length; i++) {
            if (distinct > 0 && keys[distinct - 1] == pairs[i]) {
                counts[distinct - 1]++;
            } else {
                keys[distinct] = pairs[i];
                counts[distinct++] = 1;
            }
        }
        succStart = new int[words + 1];
        predStart = new int[words + 1];
        for (int i = 0; i < distinct; i++) {
            succStart[(int) (keys[i] >>> 32) + 1]++;
            predStart[(int) keys[i] + 1]++;
        }
        for (int w = 0; w < words; w++) {
            succStart[w + 1] += succStart[w];
            predStart[w + 1] += predStart[w];
        }
        succWord = new int[distinct];
        succCount = new int[distinct];
        predWord = new int[distinct];
        predCount = new int[distinct];
        int[] predFill = Arrays.copyOf(predStart, words);
        for (int i = 0; i < distinct; i++) {
            int left = (int) (keys[i] >>> 32);
            int right = (int) keys[i];
            succWord[i] = right; // keys are sorted by left then right: successors fill in order
            succCount[i] = counts[i];
            predWord[predFill[right]] = left;
            predCount[predFill[right]++] = counts[i];
        }
    }

    /**
     * Runs passes until fewer than {@code minMoves} words move in one or {@code maxPasses} are
     * done, and returns each word's class. The initial classes are word id modulo the class
     * count, so the most frequent words start apart.
     */
    public int[] run(int maxPasses, int minMoves) {
        return run(maxPasses, minMoves, null, classes);
    }

    /**
     * Refines a coarser clustering: class {@code p} of {@code parent} splits into classes
     * {@code p * split .. p * split + split - 1}, and a word only moves among the parts of its
     * parent. The classes nest as Brown's bit-string prefixes do, and each word weighs
     * {@code split} candidates instead of all, which is what makes a fine level affordable.
     */
    public int[] refine(int[] parent, int split, int maxPasses, int minMoves) {
        if (classes % split != 0) {
            throw new IllegalArgumentException(classes + " classes do not split " + split + " ways");
        }
        return run(maxPasses, minMoves, parent, split);
    }

    private int[] run(int maxPasses, int minMoves, int[] parent, int split) {
        int words = count.length;
        int c2 = classes;
        int[] classOf = new int[words];
        long[] size = new long[c2];
        long[] bigram = new long[c2 * c2]; // bigram[left * C + right]
        long[] byRight = new long[c2 * c2]; // transposed: byRight[right * C + left]
        int[] seen = new int[parent == null ? 1 : c2 / split];
        for (int w = 0; w < words; w++) {
            int p = parent == null ? 0 : parent[w];
            classOf[w] = p * split + seen[p]++ % split;
            size[classOf[w]] += count[w];
        }
        for (int w = 0; w < words; w++) {
            for (int k = succStart[w]; k < succStart[w + 1]; k++) {
                int a = classOf[w];
                int b = classOf[succWord[k]];
                bigram[a * c2 + b] += succCount[k];
                byRight[b * c2 + a] += succCount[k];
            }
        }
        long[] succ = new long[c2];
        long[] pred = new long[c2];
        int[] succList = new int[c2];
        int[] predList = new int[c2];
        for (int pass = 0; pass < maxPasses; pass++) {
            int moves = 0;
            for (int w = 0; w < words; w++) {
                if (count[w] == 0) {
                    continue;
                }
                long self = 0;
                int ns = 0;
                for (int k = succStart[w]; k < succStart[w + 1]; k++) {
                    if (succWord[k] == w) {
                        self += succCount[k];
                        continue;
                    }
                    int c = classOf[succWord[k]];
                    if (succ[c] == 0) {
                        succList[ns++] = c;
                    }
                    succ[c] += succCount[k];
                }
                int np = 0;
                for (int k = predStart[w]; k < predStart[w + 1]; k++) {
                    if (predWord[k] == w) {
                        continue;
                    }
                    int c = classOf[predWord[k]];
                    if (pred[c] == 0) {
                        predList[np++] = c;
                    }
                    pred[c] += predCount[k];
                }
                int from = classOf[w];
                move(from, -1, succ, succList, ns, pred, predList, np, self, count[w], bigram, byRight, size);
                int best = from;
                double bestGain = gain(from, succ, succList, ns, pred, predList, np, self, count[w], bigram,
                        byRight, size);
                int first = from - from % split;
                for (int b = first; b < first + split; b++) {
                    if (b == from) {
                        continue;
                    }
                    double g = gain(b, succ, succList, ns, pred, predList, np, self, count[w], bigram, byRight,
                            size);
                    if (g > bestGain + 1e-9) {
                        bestGain = g;
                        best = b;
                    }
                }
                move(best, 1, succ, succList, ns, pred, predList, np, self, count[w], bigram, byRight, size);
                if (best != from) {
                    classOf[w] = best;
                    moves++;
                }
                for (int i = 0; i < ns; i++) {
                    succ[succList[i]] = 0;
                }
                for (int i = 0; i < np; i++) {
                    pred[predList[i]] = 0;
                }
            }
            if (moves < minMoves) {
                break;
            }
        }
        return classOf;
    }

    /** Adds ({@code sign} 1) or removes (-1) a word's counts to or from class {@code c}. */
    private void move(int c, int sign, long[] succ, int[] succList, int ns, long[] pred, int[] predList, int np,
            long self, int n, long[] bigram, long[] byRight, long[] size) {
        int c2 = classes;
        for (int i = 0; i < ns; i++) {
            int d = succList[i];
            bigram[c * c2 + d] += sign * succ[d];
            byRight[d * c2 + c] += sign * succ[d];
        }
        for (int i = 0; i < np; i++) {
            int d = predList[i];
            bigram[d * c2 + c] += sign * pred[d];
            byRight[c * c2 + d] += sign * pred[d];
        }
        bigram[c * c2 + c] += sign * self;
        byRight[c * c2 + c] += sign * self;
        size[c] += (long) sign * n;
    }

    /** The change of the objective when a word (already taken out of every class) joins class {@code b}. */
    private double gain(int b, long[] succ, int[] succList, int ns, long[] pred, int[] predList, int np, long self,
            int n, long[] bigram, long[] byRight, long[] size) {
        int row = b * classes;
        double g = 0;
        for (int i = 0; i < ns; i++) {
            int d = succList[i];
            if (d != b) {
                long old = bigram[row + d];
                g += xlogx(old + succ[d]) - xlogx(old);
            }
        }
        for (int i = 0; i < np; i++) {
            int d = predList[i];
            if (d != b) {
                long old = byRight[row + d];
                g += xlogx(old + pred[d]) - xlogx(old);
            }
        }
        // the diagonal cell gets the word's bigrams with class b on both sides, and its own repeats
        long diag = bigram[row + b];
        g += xlogx(diag + succ[b] + pred[b] + self) - xlogx(diag);
        return g - 2 * (xlogx(size[b] + n) - xlogx(size[b]));
    }

    private static double xlogx(long x) {
        return x < TABLE ? X_LOG_X[(int) x] : x * Math.log(x);
    }

    private static double[] buildTable() {
        double[] t = new double[TABLE];
        for (int i = 1; i < TABLE; i++) {
            t[i] = i * Math.log(i);
        }
        return t;
    }
}
