package org.marsad.server.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntConsumer;
import org.junit.jupiter.api.Test;
import org.marsad.index.SearchRequest;
import org.marsad.server.SampleCorpus;

/**
 * Facets counted inside the search agree with counting the articles of the matching ids one by
 * one, which is how they were counted before: the same values, the same counts, the same cap.
 */
class FacetCountsTest {
    private final Corpus corpus = SampleCorpus.server().corpus();

    @Test
    void countsInsideTheSearchEqualCountsOverTheMatchingIds() throws IOException {
        for (String words : List.of("", "بوتين", "الرئيس", "موسكو | الرياض", "-الرئيس")) {
            SearchRequest request = SearchRequest.of(words);
            FacetCounts counts = corpus.facets().counter(CorpusSearch.FACET_MATCHES);
            corpus.searcher().search(request, counts);
            List<String> ids = corpus.searcher().matchingIds(request, CorpusSearch.FACET_MATCHES);
            assertEquals(ids.size(), counts.counted(), words);
            assertEquals(countOneByOne(ids), asMaps(counts.top(Integer.MAX_VALUE)), words);
        }
    }

    @Test
    void countingStopsAtTheCapAfterTheSameMatchesAsTheIdList() throws IOException {
        SearchRequest everything = SearchRequest.of("");
        FacetCounts counts = corpus.facets().counter(2);
        corpus.searcher().search(everything, counts);
        assertEquals(2, counts.counted());
        assertEquals(countOneByOne(corpus.searcher().matchingIds(everything, 2)), asMaps(counts.top(Integer.MAX_VALUE)));
    }

    @Test
    void aSearchCountsEveryMatchNotOnlyItsPage() throws IOException {
        SearchRequest onePerPage = SearchRequest.builder().limit(1).build();
        FacetCounts counts = corpus.facets().counter(CorpusSearch.FACET_MATCHES);
        assertEquals(1, corpus.searcher().search(onePerPage, counts).hits().size());
        assertEquals(corpus.articles().size(), counts.counted());
    }

    @Test
    void anArticleAddedAgainIsCountedWithItsNewValuesOnly() {
        ArticleInfo first = corpus.articles().get(0);
        ArticleInfo moved = new ArticleInfo(first.id(), first.source(), first.headline(), "another-outlet",
                first.agencies(), first.language(), first.published(), first.publishedInferred(), first.story(),
                first.entities(), first.offset(), first.length());
        FacetTable.Builder builder = new FacetTable.Builder();
        corpus.articles().forEach(builder::add);
        Map<String, Integer> before = outletsOfEveryArticle(builder.build());
        Map<String, Integer> after = outletsOfEveryArticle(builder.add(moved).build());
        assertEquals(1, after.get("another-outlet"));
        assertEquals(before.values().stream().mapToInt(Integer::intValue).sum() + (first.outlet() == null ? 1 : 0),
                after.values().stream().mapToInt(Integer::intValue).sum());
        if (first.outlet() != null) {
            assertEquals(before.get(first.outlet()) - 1, after.getOrDefault(first.outlet(), 0));
        }
    }

    private Map<String, Integer> outletsOfEveryArticle(FacetTable table) {
        String[] segment = corpus.articles().stream().map(ArticleInfo::id).toArray(String[]::new);
        FacetCounts counts = table.counter(CorpusSearch.FACET_MATCHES);
        IntConsumer perDoc = counts.segment(segment);
        for (int doc = 0; doc < segment.length; doc++) {
            perDoc.accept(doc);
        }
        return asMaps(counts.top(Integer.MAX_VALUE)).get("outlet");
    }

    private Map<String, Map<String, Integer>> countOneByOne(List<String> ids) {
        Map<String, Map<String, Integer>> out = new HashMap<>();
        CorpusSearch.FACETS.forEach(f -> out.put(f, new HashMap<>()));
        for (String id : ids) {
            ArticleInfo a = corpus.article(id);
            count(out.get("outlet"), a.outlet() == null ? List.of() : List.of(a.outlet()));
            count(out.get("agency"), a.agencies());
            count(out.get("language"), a.language() == null ? List.of() : List.of(a.language()));
            count(out.get("story"), a.story() == null ? List.of() : List.of(a.story()));
            count(out.get("entity"), a.entities());
        }
        return out;
    }

    private static void count(Map<String, Integer> counts, List<String> values) {
        Set.copyOf(values).forEach(v -> counts.merge(v, 1, Integer::sum));
    }

    private static Map<String, Map<String, Integer>> asMaps(Map<String, List<Map.Entry<String, Integer>>> top) {
        Map<String, Map<String, Integer>> out = new HashMap<>();
        top.forEach((facet, entries) -> {
            Map<String, Integer> values = new HashMap<>();
            entries.forEach(e -> values.put(e.getKey(), e.getValue()));
            out.put(facet, values);
        });
        return out;
    }
}
