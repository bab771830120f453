package org.marsad.story.duplicate;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.marsad.story.IntSets;

/**
 * Every pair of sets whose exact Jaccard similarity reaches a threshold, found without comparing
 * all pairs: the prefix filter of all-pairs similarity joins (Chaudhuri et al. 2006; Bayardo et
 * al. 2007). With each set's values ordered rarest first, two sets with Jaccard at least
 * {@code t} must share one of the first {@code |A| - ceil(t |A|) + 1} values of each; only pairs
 * that do are measured. The answer is exact, so it is the yardstick that copy detection's
 * recall is measured against.
 */
public final class SimilarPairs {
    private SimilarPairs() {
    }

    /** A growable list of ints, 4 bytes an entry where a boxed list takes 20. */
    private static final class IntList {
        int[] values = new int[2];
        int size;

        void add(int v) {
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            values[size++] = v;
        }
    }

    /** A pair of set numbers ({@code a < b}) and their Jaccard similarity. */
    public record Pair(int a, int b, double jaccard) {
    }

    public static List<Pair> find(List<int[]> sets, double threshold) {
        Map<Integer, Integer> frequency = new HashMap<>();
        for (int[] s : sets) {
            for (int v : s) {
                frequency.merge(v, 1, Integer::sum);
            }
        }
        Map<Integer, IntList> index = new HashMap<>();
        List<Pair> out = new ArrayList<>();
        Integer[] order = new Integer[sets.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        // shorter sets first, so every set probes the index with all the sets it could match already in it
        Arrays.sort(order, (x, y) -> Integer.compare(sets.get(x).length, sets.get(y).length));
        for (int doc : order) {
            int[] s = sets.get(doc);
            if (s.length == 0) {
                continue;
            }
            Integer[] rare = Arrays.stream(s).boxed().toArray(Integer[]::new);
            Arrays.sort(rare, (x, y) -> frequency.get(x).equals(frequency.get(y)) ? Integer.compare(x, y)
                    : Integer.compare(frequency.get(x), frequency.get(y)));
            int prefix = s.length - (int) Math.ceil(threshold * s.length) + 1;
            java.util.Set<Integer> seen = new java.util.HashSet<>();
            for (int k = 0; k < prefix; k++) {
                IntList docs = index.get(rare[k]);
                for (int d = 0; docs != null && d < docs.size; d++) {
                    int other = docs.values[d];
                    if (seen.add(other) && sets.get(other).length >= threshold * s.length) {
                        double j = IntSets.jaccard(s, sets.get(other));
                        if (j >= threshold) {
                            out.add(new Pair(Math.min(doc, other), Math.max(doc, other), j));
                        }
                    }
                }
            }
            for (int k = 0; k < prefix; k++) {
                index.computeIfAbsent(rare[k], v -> new IntList()).add(doc);
            }
        }
        return out;
    }
}
