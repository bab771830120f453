package org.marsad.server.corpus;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.marsad.entity.corpus.CorpusEntity;
import org.marsad.index.ArticleSearcher;
import org.marsad.index.SearchRequest;
import org.marsad.story.StoryView;

/**
 * Search with facets. The index ranks and filters by words, dates, outlets and agencies; entity,
 * story and language, which only the export holds, become a restriction to the ids of the
 * articles that have them. Facets are counted over every match up to {@link #FACET_MATCHES}
 * (the index's exact-count limit), each the {@link #FACET_VALUES} most frequent values.
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
        ArticleSearcher searcher = corpus.searcher();
        List<String> matches = searcher.matchingIds(request, FACET_MATCHES);
        return new SearchPage(searcher.search(request), facets(matches), matches.size());
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

    private Map<String, List<Facet>> facets(List<String> matches) {
        Map<String, Map<String, Integer>> counts = new LinkedHashMap<>();
        FACETS.forEach(f -> counts.put(f, new HashMap<>()));
        for (String id : matches) {
            ArticleInfo a = corpus.article(id);
            if (a == null) {
                continue;
            }
            count(counts.get("outlet"), a.outlet());
            a.agencies().forEach(agency -> count(counts.get("agency"), agency));
            count(counts.get("language"), a.language());
            count(counts.get("story"), a.story());
            a.entities().forEach(entity -> count(counts.get("entity"), entity));
        }
        Map<String, List<Facet>> out = new LinkedHashMap<>();
        out.put("outlet", top(counts.get("outlet"), Function.identity()));
        out.put("agency", top(counts.get("agency"), Function.identity()));
        out.put("language", top(counts.get("language"), Function.identity()));
        out.put("story", top(counts.get("story"), id -> {
            StoryView s = corpus.story(id);
            return s == null ? id : s.title();
        }));
        out.put("entity", top(counts.get("entity"), id -> {
            CorpusEntity e = corpus.entity(id);
            return e == null ? id : e.name();
        }));
        return out;
    }

    private static void count(Map<String, Integer> counts, String value) {
        if (value != null) {
            counts.merge(value, 1, Integer::sum);
        }
    }

    private static List<Facet> top(Map<String, Integer> counts, Function<String, String> label) {
        List<Map.Entry<String, Integer>> entries = new ArrayList<>(counts.entrySet());
        entries.sort(Map.Entry.<String, Integer>comparingByValue(Comparator.reverseOrder())
                .thenComparing(Map.Entry.comparingByKey()));
        List<Facet> out = new ArrayList<>();
        for (Map.Entry<String, Integer> e : entries.subList(0, Math.min(FACET_VALUES, entries.size()))) {
            out.add(new Facet(e.getKey(), label.apply(e.getKey()), e.getValue()));
        }
        return out;
    }
}
