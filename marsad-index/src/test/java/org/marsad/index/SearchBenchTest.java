package org.marsad.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The benchmark's machinery, never its timings. */
class SearchBenchTest {
    @TempDir
    static Path dir;

    @BeforeAll
    static void indexArticles() throws IOException {
        try (ArticleIndex index = ArticleIndex.open(dir)) {
            for (int n = 0; n < 60; n++) {
                index.put(TestArticles.numbered(n));
            }
        }
    }

    @Test
    void sameSeedSamplesTheSameQueries() throws IOException {
        assertEquals(SearchBench.sampleQueries(dir, 30, 7), SearchBench.sampleQueries(dir, 30, 7));
    }

    @Test
    void everySampledQueryFindsTheArticleItWasDrawnFrom() throws IOException {
        List<SearchRequest> queries = SearchBench.sampleQueries(dir, 40, 11);
        try (ArticleSearcher searcher = ArticleSearcher.open(dir)) {
            for (SearchRequest query : queries) {
                assertTrue(searcher.search(query).totalHits() > 0, query.toString());
            }
        }
    }

    @Test
    void reportCountsEveryQueryAndOrdersItsPercentiles() throws IOException {
        SearchBench.Report report = SearchBench.run(dir, SearchBench.sampleQueries(dir, 20, 3), 0);
        assertEquals(20, report.queries());
        assertTrue(report.p50Millis() <= report.p95Millis());
        assertTrue(report.p95Millis() <= report.p99Millis());
        assertTrue(report.p99Millis() <= report.maxMillis());
    }

    @Test
    void percentilesAreNearestRank() {
        long[] nanos = new long[100];
        for (int i = 0; i < nanos.length; i++) {
            nanos[i] = (100 - i) * 1_000_000L;
        }
        SearchBench.Report report = SearchBench.report(nanos);
        assertEquals(50.0, report.p50Millis());
        assertEquals(95.0, report.p95Millis());
        assertEquals(100.0, report.maxMillis());
    }
}
