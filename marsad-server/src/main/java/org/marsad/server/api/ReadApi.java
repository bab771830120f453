package org.marsad.server.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.util.List;
import java.util.Locale;
import org.marsad.entity.corpus.CorpusEntity;
import org.marsad.server.corpus.ArticleInfo;
import org.marsad.server.corpus.CoOccurrence;
import org.marsad.server.corpus.Corpus;
import org.marsad.server.corpus.QuoteFinder;
import org.marsad.server.view.ArticleSummary;
import org.marsad.server.view.EntityDetail;
import org.marsad.server.view.EntityRef;
import org.marsad.server.view.QuoteView;
import org.marsad.server.view.RenderedPages;
import org.marsad.server.view.StoryDetail;
import org.marsad.story.StoryView;

/** The read endpoints for articles, entities, stories and quotes; every list is paged and in a fixed order. */
public final class ReadApi {
    private final Corpus corpus;
    private final QuoteFinder quotes;
    /** Stories' answers kept written: 16 M characters, a few thousand stories. */
    static final long STORY_ANSWER_CHARS = 16L << 20;
    private static final ObjectMapper JSON = ApiJson.mapper();

    private final CoOccurrence company;
    private final RenderedPages storyAnswers;

    public ReadApi(Corpus corpus) {
        this.corpus = corpus;
        this.quotes = new QuoteFinder(corpus);
        this.company = new CoOccurrence(corpus);
        this.storyAnswers = new RenderedPages(corpus::version, STORY_ANSWER_CHARS);
    }

    /** The export's own object for the article, with its linked entities named. */
    public record ArticleResponse(ObjectNode article, List<EntityRef> linkedEntities) {
    }

    void articles(Context ctx) {
        ctx.json(PageOf.of(corpus.articles().stream().map(ArticleSummary::of).toList(), Paging.of(ctx)));
    }

    public ArticleResponse article(String id) {
        ArticleInfo a = corpus.article(id);
        if (a == null) {
            throw ApiException.notFound("article " + id);
        }
        ObjectNode json = (ObjectNode) corpus.articleJson(a);
        List<EntityRef> linked = a.entities().stream().map(corpus::entity).filter(java.util.Objects::nonNull)
                .map(e -> EntityRef.of(e, 0)).toList();
        return new ArticleResponse(json, linked);
    }

    void entities(Context ctx) {
        String type = Params.string(ctx, "type");
        List<CorpusEntity> all = type == null ? corpus.entities()
                : corpus.entities().stream().filter(e -> e.type().name().equals(type.toUpperCase(Locale.ROOT))).toList();
        ctx.json(PageOf.of(all.stream().map(e -> EntityRef.of(e, e.articles().size())).toList(), Paging.of(ctx)));
    }

    public EntityDetail entity(String id, Paging quotePage) {
        CorpusEntity e = corpus.entity(id);
        if (e == null) {
            throw ApiException.notFound("entity " + id);
        }
        return EntityDetail.of(e, page(quotes.byEntity(e), quotePage), company.of(e, EntityDetail.CO_OCCURRING));
    }

    void stories(Context ctx) {
        ctx.json(PageOf.of(corpus.stories().stream().map(StoryDetail.Summary::of).toList(), Paging.of(ctx)));
    }

    public StoryDetail story(String id) {
        StoryView s = corpus.story(id);
        if (s == null) {
            throw ApiException.notFound("story " + id);
        }
        return StoryDetail.of(s, corpus);
    }

    private void storyAnswer(Context ctx) {
        String id = ctx.pathParam("id");
        ctx.contentType("application/json").result(storyAnswers.get(id, () -> {
            try {
                return JSON.writeValueAsString(story(id));
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("a story does not write as JSON: " + id, e);
            }
        }));
    }

    public PageOf<QuoteView> quotes(String speaker, Paging paging) {
        if (speaker == null) {
            throw ApiException.badRequest("speaker is required: a name in Arabic or Latin letters");
        }
        try {
            return page(quotes.bySpeaker(speaker), paging);
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest(e.getMessage());
        }
    }

    private static PageOf<QuoteView> page(List<org.marsad.export.QuoteRecord> all, Paging paging) {
        PageOf<org.marsad.export.QuoteRecord> page = PageOf.of(all, paging);
        return new PageOf<>(page.total(), page.offset(), page.limit(), page.items().stream().map(QuoteView::of).toList());
    }

    void register(io.javalin.Javalin app) {
        app.get("/api/articles", this::articles);
        app.get("/api/articles/{id}", ctx -> ctx.json(article(ctx.pathParam("id"))));
        app.get("/api/entities", this::entities);
        app.get("/api/entities/{id}", ctx -> ctx.json(entity(ctx.pathParam("id"), Paging.of(ctx))));
        app.get("/api/stories", this::stories);
        app.get("/api/stories/{id}", this::storyAnswer);
        app.get("/api/quotes", ctx -> ctx.json(quotes(Params.string(ctx, "speaker"), Paging.of(ctx))));
    }
}
