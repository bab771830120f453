package org.marsad.server.corpus;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.function.IntConsumer;
import org.marsad.index.MatchCounter;

/**
 * The facet counts of one search, taken as the index collects its matches: the first {@code max}
 * matches in index order (the order in which a capped list of matching ids used to be read, so the
 * counts are the same), each an array increment per value. Each facet also lists the values it
 * has seen, so the top values are picked from those (with a bounded heap, not a sort) rather than
 * from every value of the corpus: tens of thousands of entities and stories, a few hundred seen.
 * One search's, on its thread; not shared.
 */
final class FacetCounts implements MatchCounter {
    private static final Comparator<Map.Entry<String, Integer>> MOST_FIRST = Map.Entry.<String, Integer>comparingByValue()
            .reversed().thenComparing(Map.Entry.comparingByKey());

    private final FacetTable table;
    private final int max;
    private final int[][] counts;
    /** Per facet: the values counted so far, each once, in the order first seen. */
    private final int[][] seen;
    private final int[] seenCount;
    private int counted;

    FacetCounts(FacetTable table, int max) {
        this.table = table;
        this.max = max;
        this.counts = new int[table.facets()][];
        this.seen = new int[table.facets()][];
        this.seenCount = new int[table.facets()];
        for (int f = 0; f < counts.length; f++) {
            counts[f] = new int[table.valueCount(f)];
            seen[f] = new int[16];
        }
    }

    @Override
    public IntConsumer segment(String[] ids) {
        int[] rows = table.rowsOf(ids);
        return doc -> {
            if (counted >= max) {
                return;
            }
            counted++;
            if (rows[doc] != FacetTable.NO_ROW) {
                int[][] row = table.row(rows[doc]);
                for (int f = 0; f < row.length; f++) {
                    for (int value : row[f]) {
                        if (counts[f][value]++ == 0) {
                            see(f, value);
                        }
                    }
                }
            }
        };
    }

    private void see(int facet, int value) {
        if (seenCount[facet] == seen[facet].length) {
            seen[facet] = Arrays.copyOf(seen[facet], seen[facet].length * 2);
        }
        seen[facet][seenCount[facet]++] = value;
    }

    /** How many matches were counted: all of them, up to the limit. */
    int counted() {
        return counted;
    }

    /** For each facet, its {@code top} most frequent values with their counts. */
    Map<String, List<Map.Entry<String, Integer>>> top(int top) {
        Map<String, List<Map.Entry<String, Integer>>> out = new HashMap<>();
        for (int f = 0; f < counts.length; f++) {
            out.put(CorpusSearch.FACETS.get(f), top(f, top));
        }
        return out;
    }

    /** Most frequent first; equal counts by value, so the order is fixed. */
    private List<Map.Entry<String, Integer>> top(int facet, int top) {
        int[] byValue = counts[facet];
        PriorityQueue<Map.Entry<String, Integer>> best = new PriorityQueue<>(MOST_FIRST.reversed());
        for (int i = 0; i < seenCount[facet]; i++) {
            int v = seen[facet][i];
            if (best.size() < top) {
                best.add(Map.entry(table.value(facet, v), byValue[v]));
            } else if (byValue[v] >= best.peek().getValue()) {
                // most values lose to the heap's weakest without building an entry
                Map.Entry<String, Integer> candidate = Map.entry(table.value(facet, v), byValue[v]);
                if (MOST_FIRST.compare(candidate, best.peek()) < 0) {
                    best.poll();
                    best.add(candidate);
                }
            }
        }
        List<Map.Entry<String, Integer>> out = new ArrayList<>(best);
        out.sort(MOST_FIRST);
        return out;
    }
}
