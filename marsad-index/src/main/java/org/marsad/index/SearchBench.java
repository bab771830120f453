package org.marsad.index;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Measures search latency the way a reader meets it: one warm {@link ArticleSearcher}, each query
 * timed from request to highlighted page. Warm-up rounds run first so the JIT, the OS page cache
 * and Lucene's query cache are in their steady state. Latency percentiles are nearest-rank.
 */
public final class SearchBench {
    public static final int DEFAULT_QUERIES = 100;
    public static final int DEFAULT_WARMUP_ROUNDS = 10;
    public static final long DEFAULT_SEED = 42;

    private SearchBench() {
    }

    /** Latencies in milliseconds over {@code queries} timed searches. */
    public record Report(int queries, double p50Millis, double p95Millis, double p99Millis, double maxMillis,
            double meanMillis) {
        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%d queries: p50 %.2f ms, p95 %.2f ms, p99 %.2f ms, max %.2f ms, mean %.2f ms",
                    queries, p50Millis, p95Millis, p99Millis, maxMillis, meanMillis);
        }
    }

    /** Samples {@link #DEFAULT_QUERIES} varied queries from the index itself and times them. */
    public static Report run(Path indexDir) throws IOException {
        return run(indexDir, sampleQueries(indexDir, DEFAULT_QUERIES, DEFAULT_SEED), DEFAULT_WARMUP_ROUNDS);
    }

    public static Report run(Path indexDir, List<SearchRequest> queries, int warmupRounds) throws IOException {
        try (ArticleSearcher searcher = ArticleSearcher.open(indexDir)) {
            return run(searcher, queries, warmupRounds);
        }
    }

    public static Report run(ArticleSearcher searcher, List<SearchRequest> queries, int warmupRounds)
            throws IOException {
        if (queries.isEmpty()) {
            throw new IllegalArgumentException("no queries to time");
        }
        for (int round = 0; round < warmupRounds; round++) {
            for (SearchRequest query : queries) {
                searcher.search(query);
            }
        }
        long[] nanos = new long[queries.size()];
        for (int i = 0; i < nanos.length; i++) {
            long start = System.nanoTime();
            searcher.search(queries.get(i));
            nanos[i] = System.nanoTime() - start;
        }
        return report(nanos);
    }

    /**
     * {@code count} queries drawn from the index's own articles (see {@link QuerySampler}): single
     * words, word sets, phrases, OR, date-range and outlet filters, newest-first; the same seed
     * gives the same queries on the same index.
     */
    public static List<SearchRequest> sampleQueries(Path indexDir, int count, long seed) throws IOException {
        return QuerySampler.sample(indexDir, count, seed);
    }

    static Report report(long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return new Report(sorted.length, millis(percentile(sorted, 0.50)), millis(percentile(sorted, 0.95)),
                millis(percentile(sorted, 0.99)), millis(sorted[sorted.length - 1]),
                millis((long) Arrays.stream(sorted).average().orElse(0)));
    }

    private static long percentile(long[] sorted, double p) {
        int rank = (int) Math.ceil(p * sorted.length);
        return sorted[Math.max(0, rank - 1)];
    }

    private static double millis(long nanos) {
        return nanos / 1e6;
    }
}
