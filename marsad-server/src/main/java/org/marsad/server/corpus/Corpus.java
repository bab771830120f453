package org.marsad.server.corpus;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import org.marsad.entity.corpus.CorpusEntity;
import org.marsad.export.QuoteRecord;
import org.marsad.index.ArticleSearcher;
import org.marsad.story.StoryView;

/**
 * An analysed corpus as the server reads it: the articles' metadata in memory (their text on
 * disk), the corpus entities, the stories and every quote, and the search index. Built once by
 * {@link CorpusLoader}; only {@link Ingest} adds to it afterwards, so reads need no locks.
 */
public final class Corpus implements AutoCloseable {
    private final Path dir;
    private final ArticleFile file;
    private final List<ArticleInfo> articles;
    private final Map<String, ArticleInfo> byId;
    private final List<CorpusEntity> entities;
    private final Map<String, CorpusEntity> entityById;
    private final List<StoryView> stories;
    private final Map<String, StoryView> storyById;
    private final List<QuoteRecord> quotes;
    private final ArticleSearcher searcher;
    private final FacetTable.Builder facetRows = new FacetTable.Builder();
    /** Replaced, never changed, when an article is added: searches under way keep the one they began with. */
    private volatile FacetTable facets;
    private final AtomicLong version = new AtomicLong();

    Corpus(Path dir, ArticleFile file, List<ArticleInfo> articles, List<CorpusEntity> entities,
            List<StoryView> stories, List<QuoteRecord> quotes, ArticleSearcher searcher) {
        this.dir = dir;
        this.file = file;
        this.articles = new CopyOnWriteArrayList<>(articles);
        this.byId = new ConcurrentHashMap<>();
        articles.forEach(a -> {
            byId.put(a.id(), a);
            facetRows.add(a);
        });
        this.facets = facetRows.build();
        List<CorpusEntity> sorted = new ArrayList<>(entities);
        // most written about first; the id breaks ties so that pages never shuffle
        sorted.sort(Comparator.comparingInt((CorpusEntity e) -> -e.articles().size()).thenComparing(CorpusEntity::id));
        this.entities = List.copyOf(sorted);
        this.entityById = index(sorted, CorpusEntity::id);
        this.stories = List.copyOf(stories);
        this.storyById = index(stories, StoryView::id);
        this.quotes = List.copyOf(quotes);
        this.searcher = searcher;
    }

    private static <T> Map<String, T> index(List<T> items, Function<T, String> id) {
        Map<String, T> out = new HashMap<>();
        items.forEach(item -> out.putIfAbsent(id.apply(item), item));
        return Collections.unmodifiableMap(out);
    }

    public Path dir() {
        return dir;
    }

    /** Every article, in the order of the export (ingested ones last). */
    public List<ArticleInfo> articles() {
        return articles;
    }

    public ArticleInfo article(String id) {
        return byId.get(id);
    }

    /** The article's whole line of the export: text and every annotation layer. */
    public JsonNode articleJson(ArticleInfo article) {
        try {
            return ArticleLines.JSON.readTree(file.read(article.offset(), article.length()));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read article " + article.id(), e);
        }
    }

    /** The entities, most articles first. */
    public List<CorpusEntity> entities() {
        return entities;
    }

    public CorpusEntity entity(String id) {
        return id == null ? null : entityById.get(id);
    }

    /** The stories, largest first (the export's order). */
    public List<StoryView> stories() {
        return stories;
    }

    public StoryView story(String id) {
        return storyById.get(id);
    }

    /** Every quote, in the order of the export. */
    public List<QuoteRecord> quotes() {
        return quotes;
    }

    public ArticleSearcher searcher() {
        return searcher;
    }

    /** Adds an article written to the end of the export (ingest holds the only writer). */
    void add(ArticleInfo article) {
        ArticleInfo before = byId.put(article.id(), article);
        facets = facetRows.add(article).build();
        version.incrementAndGet();
        if (before == null) {
            articles.add(article);
        } else {
            articles.set(articles.indexOf(before), article);
        }
    }

    /** Counts the changes since the corpus was opened: what was rendered from it holds while this stays. */
    public long version() {
        return version.get();
    }

    FacetTable facets() {
        return facets;
    }

    ArticleFile file() {
        return file;
    }

    @Override
    public void close() throws IOException {
        try {
            searcher.close();
        } finally {
            file.close();
        }
    }
}
