package org.marsad.server.corpus;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;

/**
 * The facet values of every article as small integers, so that counting the facets of ten
 * thousand matches is array increments rather than string hashing. Each index segment's documents
 * are mapped to the table's rows once (by the article ids the index hands over), so a search
 * counts its matches by document number with no look-up by id at all.
 *
 * <p>A table never changes: a search counts over one consistent table without a lock, and an
 * ingested article makes a new one through the {@link Builder} (copying arrays of references,
 * which costs far less than analysing the article did).
 */
final class FacetTable {
    private static final int[] NONE = new int[0];
    /** Marks a document whose article the table does not hold. */
    static final int NO_ROW = -1;

    /** Per facet in {@link CorpusSearch#FACETS} order: its values, by value number. */
    private final String[][] values;
    /** Per row: the article's value numbers, one array per facet. */
    private final int[][][] rows;
    private final Map<String, Integer> rowOf;
    /** Per index segment (its id array, compared by identity): each document's row. */
    private final Map<String[], int[]> segmentRows = Collections.synchronizedMap(new WeakHashMap<>());

    private FacetTable(String[][] values, int[][][] rows, Map<String, Integer> rowOf) {
        this.values = values;
        this.rows = rows;
        this.rowOf = rowOf;
    }

    /** Counts the facets of the first {@code max} matches of a search. */
    FacetCounts counter(int max) {
        return new FacetCounts(this, max);
    }

    int facets() {
        return values.length;
    }

    int valueCount(int facet) {
        return values[facet].length;
    }

    String value(int facet, int number) {
        return values[facet][number];
    }

    int[][] row(int row) {
        return rows[row];
    }

    /** The row of each document of a segment, by document number; {@link #NO_ROW} for an unknown id. */
    int[] rowsOf(String[] segmentIds) {
        return segmentRows.computeIfAbsent(segmentIds, ids -> {
            int[] out = new int[ids.length];
            for (int doc = 0; doc < ids.length; doc++) {
                Integer row = ids[doc] == null ? null : rowOf.get(ids[doc]);
                out[doc] = row == null ? NO_ROW : row;
            }
            return out;
        });
    }

    /** Collects the articles' values; not thread-safe, its owner serialises {@link #add}. */
    static final class Builder {
        private final List<Map<String, Integer>> numbers = new ArrayList<>();
        private final List<List<String>> values = new ArrayList<>();
        private final List<int[][]> rows = new ArrayList<>();
        private final Map<String, Integer> rowOf = new HashMap<>();

        Builder() {
            for (int f = 0; f < CorpusSearch.FACETS.size(); f++) {
                numbers.add(new HashMap<>());
                values.add(new ArrayList<>());
            }
        }

        /** Adds an article, or replaces the values of one already added under the same id. */
        Builder add(ArticleInfo a) {
            int[][] row = new int[CorpusSearch.FACETS.size()][];
            for (int f = 0; f < row.length; f++) {
                List<String> articleValues = values(a, CorpusSearch.FACETS.get(f));
                row[f] = articleValues.isEmpty() ? NONE : numbers(f, articleValues);
            }
            Integer existing = rowOf.get(a.id());
            if (existing == null) {
                rowOf.put(a.id(), rows.size());
                rows.add(row);
            } else {
                rows.set(existing, row);
            }
            return this;
        }

        private int[] numbers(int facet, List<String> articleValues) {
            int[] out = new int[articleValues.size()];
            for (int i = 0; i < out.length; i++) {
                out[i] = numbers.get(facet).computeIfAbsent(articleValues.get(i), v -> {
                    values.get(facet).add(v);
                    return values.get(facet).size() - 1;
                });
            }
            return out;
        }

        FacetTable build() {
            String[][] snapshot = new String[values.size()][];
            for (int f = 0; f < snapshot.length; f++) {
                snapshot[f] = values.get(f).toArray(String[]::new);
            }
            return new FacetTable(snapshot, rows.toArray(int[][][]::new), Map.copyOf(rowOf));
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
    }
}
