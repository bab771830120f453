package org.marsad.server.corpus;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;

/**
 * The facet values of every article as small integers, so that counting the facets of ten
 * thousand matches is array increments rather than string hashing (which made facets most of a
 * search's cost on SaudiNewsNet), and the top values are picked with a bounded heap, not a sort.
 * Articles are added under the table's lock; counting reads a consistent snapshot of it.
 */
final class FacetTable {
    /** One facet's values: a dictionary, and each article's values as ids into it. */
    private static final class Column {
        final Map<String, Integer> ids = new HashMap<>();
        final List<String> values = new ArrayList<>();

        int[] idsOf(List<String> articleValues) {
            int[] out = new int[articleValues.size()];
            for (int i = 0; i < out.length; i++) {
                out[i] = ids.computeIfAbsent(articleValues.get(i), v -> {
                    values.add(v);
                    return values.size() - 1;
                });
            }
            return out;
        }
    }

    private static final int[] NONE = new int[0];
    private final Map<String, Column> columns = new HashMap<>();
    /** Per article id: its value ids, one array per facet in {@link CorpusSearch#FACETS} order. */
    private final Map<String, int[][]> rows = new HashMap<>();

    FacetTable() {
        CorpusSearch.FACETS.forEach(f -> columns.put(f, new Column()));
    }

    synchronized void add(ArticleInfo a) {
        int[][] row = new int[CorpusSearch.FACETS.size()][];
        for (int f = 0; f < row.length; f++) {
            List<String> values = values(a, CorpusSearch.FACETS.get(f));
            row[f] = values.isEmpty() ? NONE : columns.get(CorpusSearch.FACETS.get(f)).idsOf(values);
        }
        rows.put(a.id(), row);
    }

    private static List<String> values(ArticleInfo a, String facet) {
        return switch (facet) {
            case "outlet" -> a.outlet() == null ? List.of() : List.of(a.outlet());
            case "agency" -> a.agencies();
            case "language" -> a.language() == null ? List.of() : List.of(a.language());
            case "story" -> a.story() == null ? List.of() : List.of(a.story());
            case "entity" -> a.entities();
            default -> throw new IllegalArgumentException(facet);
        };
    }

    /** For each facet, its {@code top} most frequent values over the articles, with their counts. */
    synchronized Map<String, List<Map.Entry<String, Integer>>> top(List<String> articles, int top) {
        int[][] counts = new int[CorpusSearch.FACETS.size()][];
        for (int f = 0; f < counts.length; f++) {
            counts[f] = new int[columns.get(CorpusSearch.FACETS.get(f)).values.size()];
        }
        for (String id : articles) {
            int[][] row = rows.get(id);
            if (row != null) {
                for (int f = 0; f < row.length; f++) {
                    for (int value : row[f]) {
                        counts[f][value]++;
                    }
                }
            }
        }
        Map<String, List<Map.Entry<String, Integer>>> out = new HashMap<>();
        for (int f = 0; f < counts.length; f++) {
            out.put(CorpusSearch.FACETS.get(f), top(counts[f], columns.get(CorpusSearch.FACETS.get(f)).values, top));
        }
        return out;
    }

    /** Most frequent first; equal counts by value, so the order is fixed. */
    private static List<Map.Entry<String, Integer>> top(int[] counts, List<String> values, int top) {
        java.util.Comparator<Map.Entry<String, Integer>> order = Map.Entry.<String, Integer>comparingByValue()
                .reversed().thenComparing(Map.Entry.comparingByKey());
        PriorityQueue<Map.Entry<String, Integer>> best = new PriorityQueue<>(order.reversed());
        for (int v = 0; v < counts.length; v++) {
            if (counts[v] == 0) {
                continue;
            }
            if (best.size() < top) {
                best.add(Map.entry(values.get(v), counts[v]));
            } else if (counts[v] >= best.peek().getValue()) {
                // most values lose to the heap's weakest without building an entry
                Map.Entry<String, Integer> candidate = Map.entry(values.get(v), counts[v]);
                if (order.compare(candidate, best.peek()) < 0) {
                    best.poll();
                    best.add(candidate);
                }
            }
        }
        List<Map.Entry<String, Integer>> out = new ArrayList<>(best);
        out.sort(order);
        return out;
    }
}
