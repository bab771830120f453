package org.marsad.index;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexNotFoundException;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MultiCollectorManager;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.search.Weight;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Bits;

/**
 * The reader side of the article index: ranked search with filters and highlighted snippets.
 * Keeps one warm {@link IndexSearcher} (Lucene's {@link SearcherManager}: thread-safe, reopened
 * only by {@link #refresh}), so a query pays for matching, ranking and one page of snippets,
 * never for opening the index.
 */
public final class ArticleSearcher implements Closeable {
    /**
     * Count matches exactly up to here; past it the count is a lower bound and ranking may skip
     * documents that cannot make the page. Exact counting cost nothing measurable on 31k articles.
     */
    public static final int EXACT_COUNT_UP_TO = 10_000;
    private static final Set<String> HIT_FIELDS = Set.of(ArticleFields.ID, ArticleFields.SOURCE,
            ArticleFields.HEADLINE, ArticleFields.OUTLET, ArticleFields.PUBLISHED);
    private static final Sort NEWEST_FIRST = newestFirst();

    private final Directory directory;
    private final SearcherManager searchers;
    private final ArticleQueryParser parser;
    private final SnippetHighlighter highlighter;
    private final SegmentIds segmentIds = new SegmentIds();

    private ArticleSearcher(Directory directory, SearcherManager searchers) {
        Analyzer queryAnalyzer = ArticleFields.queryAnalyzer();
        this.directory = directory;
        this.searchers = searchers;
        this.parser = new ArticleQueryParser(queryAnalyzer);
        this.highlighter = new SnippetHighlighter(queryAnalyzer);
    }

    /** Opens the last commit of the index in {@code dir}. */
    public static ArticleSearcher open(Path dir) throws IOException {
        Directory directory = FSDirectory.open(dir);
        try {
            return new ArticleSearcher(directory, new SearcherManager(directory, null));
        } catch (IndexNotFoundException e) {
            directory.close();
            throw new IndexNotFoundException("no index in " + dir + " (nothing has been committed there)");
        } catch (IOException | RuntimeException e) {
            directory.close();
            throw e;
        }
    }

    public SearchResult search(SearchRequest request) throws IOException {
        return search(request, null);
    }

    /**
     * Searches, and tells {@code counter} of every match in the same pass (it sees every match,
     * the page's and the rest), so that one query gives both the page and what is counted over
     * the matches.
     *
     * @param counter told of every match, or null
     */
    public SearchResult search(SearchRequest request, MatchCounter counter) throws IOException {
        long start = System.nanoTime();
        IndexSearcher searcher = searchers.acquire();
        try {
            Query words = parser.words(request);
            Query query = parser.withFilters(words, request);
            TopDocs top = counter == null ? searcher.search(query, ranking(request))
                    : (TopDocs) searcher.search(query, new MultiCollectorManager(ranking(request),
                            MatchCollector.manager(counter, segmentIds)))[0];
            ScoreDoc[] page = Arrays.copyOfRange(top.scoreDocs, Math.min(request.offset(), top.scoreDocs.length),
                    top.scoreDocs.length);
            String[] snippets = highlighter.snippets(searcher, words, page);
            StoredFields stored = searcher.storedFields();
            List<Hit> hits = new ArrayList<>(page.length);
            for (int i = 0; i < page.length; i++) {
                hits.add(hit(stored.document(page[i].doc, HIT_FIELDS), page[i].score, snippets[i]));
            }
            long tookMillis = (System.nanoTime() - start) / 1_000_000;
            return new SearchResult(hits, top.totalHits.value,
                    top.totalHits.relation == TotalHits.Relation.EQUAL_TO, tookMillis);
        } finally {
            searchers.release(searcher);
        }
    }

    private static CollectorManager<? extends Collector, ? extends TopDocs> ranking(SearchRequest request) {
        int wanted = request.offset() + request.limit();
        return request.order() == SearchRequest.Order.NEWEST
                ? new TopFieldCollectorManager(NEWEST_FIRST, wanted, EXACT_COUNT_UP_TO)
                : new TopScoreDocCollectorManager(wanted, EXACT_COUNT_UP_TO);
    }

    /**
     * The ids of the articles the request matches, unranked and unpaged (its offset and limit are
     * ignored), at most {@code max} of them, in index order: the matches a {@link MatchCounter}
     * is told of, as a list, for a caller that wants the ids without ranking.
     */
    public List<String> matchingIds(SearchRequest request, int max) throws IOException {
        IndexSearcher searcher = searchers.acquire();
        try {
            Query query = parser.withFilters(parser.words(request), request);
            Weight weight = searcher.createWeight(searcher.rewrite(query), ScoreMode.COMPLETE_NO_SCORES, 1f);
            List<String> ids = new ArrayList<>();
            for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
                if (ids.size() >= max) {
                    break;
                }
                Scorer scorer = weight.scorer(leaf);
                if (scorer == null) {
                    continue;
                }
                String[] leafIds = segmentIds.of(leaf.reader());
                Bits live = leaf.reader().getLiveDocs();
                DocIdSetIterator docs = scorer.iterator();
                for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS && ids.size() < max;
                        doc = docs.nextDoc()) {
                    if (live == null || live.get(doc)) {
                        ids.add(leafIds[doc]);
                    }
                }
            }
            return ids;
        } finally {
            searchers.release(searcher);
        }
    }

    /** The number of articles in the commit being searched. */
    public long count() throws IOException {
        IndexSearcher searcher = searchers.acquire();
        try {
            return searcher.getIndexReader().numDocs();
        } finally {
            searchers.release(searcher);
        }
    }

    /** Moves to the index's latest commit, if there is a newer one; searches under way finish on the old. */
    public void refresh() throws IOException {
        searchers.maybeRefreshBlocking();
    }

    @Override
    public void close() throws IOException {
        try {
            searchers.close();
        } finally {
            directory.close();
        }
    }

    private static Hit hit(Document d, float score, String snippet) {
        String published = d.get(ArticleFields.PUBLISHED);
        return new Hit(d.get(ArticleFields.ID), d.get(ArticleFields.SOURCE), d.get(ArticleFields.HEADLINE),
                d.get(ArticleFields.OUTLET), published == null ? null : LocalDate.parse(published), score, snippet);
    }

    private static Sort newestFirst() {
        SortField published = new SortField(ArticleFields.PUBLISHED, SortField.Type.LONG, true);
        published.setMissingValue(Long.MIN_VALUE);
        return new Sort(published, SortField.FIELD_DOC);
    }
}
