package org.marsad.index;

import java.util.List;

/**
 * A page of hits. {@code totalHits} counts every matching article when {@code totalHitsExact};
 * otherwise it is a lower bound (Lucene stops counting past {@link ArticleSearcher#EXACT_COUNT_UP_TO}
 * matches, so that common-word queries can skip documents that cannot reach the page).
 */
public record SearchResult(List<Hit> hits, long totalHits, boolean totalHitsExact, long tookMillis) {
    public SearchResult {
        hits = List.copyOf(hits);
    }
}
