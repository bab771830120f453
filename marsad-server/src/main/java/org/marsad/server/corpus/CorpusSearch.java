package org.marsad.server.corpus;

import java.io.IOException;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.marsad.entity.corpus.CorpusEntity;
import org.marsad.index.ArticleSearcher;
import org.marsad.index.SearchRequest;
import org.marsad.index.SearchResult;
import org.marsad.story.StoryView;

/**
 * Search with facets. The index ranks and filters by words, dates, outlets and agencies; entity,
 * story and language, which only the export holds, become a restriction to the ids of the
 * articles that have them. Facets are counted in the same pass over the matches as the ranking,
 * over every match up to {@link #FACET_MATCHES} (the index's exact-count limit), each the
 * {@link #FACET_VALUES} most frequent values.
 */
public final class CorpusSearch {
    public static final int FACET_MATCHES = ArticleSearcher.EXACT_COUNT_UP_TO;
    public static final int FACET_VALUES = 10;
    public static final List<String> FACETS = List.of("outlet", "agency", "language", "story", "entity");

    private final Corpus corpus;

    public CorpusSearch(Corpus corpus) {
        this.corpus = corpus;
    }

    /** @throws IllegalArgumentException for a request out of bounds (see {@link SearchRequest}) */
    public SearchPage search(ArticleQuery q) throws IOException {
        SearchRequest request = SearchRequest.builder().query(q.words()).from(q.from()).to(q.to())
                .outlets(q.outlets()).agencies(q.agencies()).ids(restriction(q))
                .offset(q.offset()).limit(q.limit()).order(q.order()).build();
        FacetCounts counts = corpus.facets().counter(FACET_MATCHES);
        SearchResult result = corpus.searcher().search(request, counts);
        return new SearchPage(result, facets(counts), counts.counted());
    }

    private Set<String> restriction(ArticleQuery q) {
        Set<String> ids = null;
        if (q.entity() != null) {
            CorpusEntity e = corpus.entity(q.entity());
            ids = intersect(ids, e == null ? Set.of() : new HashSet<>(e.articles()));
        }
        if (q.story() != null) {
            StoryView s = corpus.story(q.story());
            ids = intersect(ids, s == null ? Set.of() : new HashSet<>(s.articles()));
        }
        if (q.language() != null) {
            Set<String> inLanguage = new HashSet<>();
            for (ArticleInfo a : corpus.articles()) {
                if (q.language().equals(a.language())) {
                    inLanguage.add(a.id());
                }
            }
            ids = intersect(ids, inLanguage);
        }
        return ids;
    }

    private static Set<String> intersect(Set<String> ids, Set<String> more) {
        if (ids == null) {
            return more;
        }
        ids.retainAll(more);
        return ids;
    }

    private Map<String, List<Facet>> facets(FacetCounts counts) {
        Map<String, List<Map.Entry<String, Integer>>> top = counts.top(FACET_VALUES);
        Map<String, List<Facet>> out = new LinkedHashMap<>();
        for (String facet : FACETS) {
            Function<String, String> label = switch (facet) {
                case "story" -> id -> {
                    StoryView s = corpus.story(id);
                    return s == null || s.title() == null ? id : s.title();
                };
                case "entity" -> id -> {
                    CorpusEntity e = corpus.entity(id);
                    return e == null ? id : e.name();
                };
                default -> Function.identity();
            };
            out.put(facet, top.get(facet).stream().map(e -> new Facet(e.getKey(), label.apply(e.getKey()),
                    e.getValue())).toList());
        }
        return out;
    }
}
