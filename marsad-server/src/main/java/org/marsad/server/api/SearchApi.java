package org.marsad.server.api;

import io.javalin.http.Context;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.marsad.index.Hit;
import org.marsad.index.SearchRequest;
import org.marsad.server.corpus.ArticleInfo;
import org.marsad.server.corpus.ArticleQuery;
import org.marsad.server.corpus.Corpus;
import org.marsad.server.corpus.CorpusSearch;
import org.marsad.server.corpus.Facet;
import org.marsad.server.corpus.SearchPage;
import org.marsad.server.view.SnippetPart;

/** {@code GET /api/search}: ranked articles with snippets, filters and facet counts. */
public final class SearchApi {
    private final Corpus corpus;
    private final CorpusSearch search;

    public SearchApi(Corpus corpus) {
        this.corpus = corpus;
        this.search = new CorpusSearch(corpus);
    }

    public record HitView(String id, String headline, String outlet, java.time.LocalDate published,
            boolean publishedInferred, String story, Float score, List<SnippetPart> snippet) {
    }

    public record Response(long total, boolean totalExact, int offset, int limit, long tookMs, List<HitView> hits,
            Map<String, List<Facet>> facets, int facetsCounted) {
    }

    /** Reads the request's parameters; shared with the search page. */
    public static ArticleQuery query(Context ctx) {
        Paging paging = new Paging(Params.integer(ctx, "offset", 0, 0, SearchRequest.MAX_WINDOW - 1),
                Params.integer(ctx, "limit", SearchRequest.DEFAULT_LIMIT, 1, SearchRequest.MAX_LIMIT));
        String order = Params.string(ctx, "order");
        SearchRequest.Order o;
        try {
            o = order == null ? null : SearchRequest.Order.valueOf(order.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest("order must be relevance or newest, not '" + order + "'");
        }
        return new ArticleQuery(Params.string(ctx, "q"), Params.date(ctx, "from"), Params.date(ctx, "to"),
                Params.strings(ctx, "outlet"), Params.strings(ctx, "agency"), Params.string(ctx, "entity"),
                Params.string(ctx, "story"), Params.string(ctx, "language"), paging.offset(), paging.limit(), o);
    }

    public Response search(ArticleQuery q) {
        SearchPage page;
        try {
            page = search.search(q);
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest(e.getMessage());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        List<HitView> hits = page.result().hits().stream().map(this::hit).toList();
        return new Response(page.result().totalHits(), page.result().totalHitsExact(), q.offset(), q.limit(),
                page.result().tookMillis(), hits, page.facets(), page.counted());
    }

    private HitView hit(Hit h) {
        ArticleInfo a = corpus.article(h.id());
        return new HitView(h.id(), h.headline(), h.outlet(), h.published(), a != null && a.publishedInferred(),
                a == null ? null : a.story(), Float.isNaN(h.score()) ? null : h.score(), SnippetPart.of(h.snippet()));
    }

    void handle(Context ctx) {
        ctx.json(search(query(ctx)));
    }
}
