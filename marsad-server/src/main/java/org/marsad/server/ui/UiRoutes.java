package org.marsad.server.ui;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.Javalin;
import io.javalin.http.Context;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.marsad.server.api.ApiRoutes;
import org.marsad.server.api.Paging;
import org.marsad.server.api.ReadApi;
import org.marsad.server.api.SearchApi;
import org.marsad.server.corpus.ArticleQuery;
import org.marsad.server.corpus.Corpus;
import org.marsad.server.view.RenderedPages;
import org.marsad.server.view.StoryDetail;
import org.marsad.story.StoryView;

/** The web UI: server-rendered pages over the same views the API serves. */
public final class UiRoutes {
    /** How many stories the home page lists. */
    static final int LATEST_STORIES = 20;
    private static final Templates TEMPLATES = new Templates();
    private static final com.fasterxml.jackson.databind.ObjectMapper ARTICLE_FIELDS = new com.fasterxml.jackson.databind.ObjectMapper();

    private final Corpus corpus;
    private final ReadApi read;
    /** Story pages kept rendered: 16 M characters, the pages of a few thousand stories. */
    static final long STORY_PAGE_CHARS = 16L << 20;

    private final SearchApi search;
    private final RenderedPages storyPages;

    private UiRoutes(Corpus corpus) {
        this.corpus = corpus;
        this.read = new ReadApi(corpus);
        this.search = new SearchApi(corpus);
        this.storyPages = new RenderedPages(corpus::version, STORY_PAGE_CHARS);
    }

    public static void register(Javalin app, Corpus corpus) {
        UiRoutes ui = new UiRoutes(corpus);
        app.get("/", ui::home);
        app.get("/stories/{id}", ui::story);
        app.get("/articles/{id}", ui::article);
        app.get("/entities/{id}", ui::entity);
        app.get("/search", ui::search);
    }

    private void home(Context ctx) {
        // latest first by their last day, the larger first on the same day; the id keeps the order fixed
        List<StoryDetail.Summary> latest = corpus.stories().stream()
                .sorted(Comparator.comparing(StoryView::last, Comparator.nullsLast(Comparator.reverseOrder()))
                        .thenComparing(Comparator.comparingInt(StoryView::size).reversed())
                        .thenComparing(StoryView::id))
                .limit(LATEST_STORIES).map(StoryDetail.Summary::of).toList();
        page(ctx, "home", Map.of("stories", latest, "articleCount", corpus.articles().size(),
                "storyCount", corpus.stories().size()));
    }

    private void story(Context ctx) {
        String id = ctx.pathParam("id");
        html(ctx, storyPages.get(id, () -> TEMPLATES.render("story", Map.of("story", read.story(id)))));
    }

    private void article(Context ctx) {
        ReadApi.ArticleResponse a = read.article(ctx.pathParam("id"));
        JsonNode json = a.article();
        int[] cite = cite(ctx.queryParam("cite"));
        Map<String, Object> model = new HashMap<>();
        model.put("article", ARTICLE_FIELDS.convertValue(json, Map.class));
        model.put("runs", ArticleMarkup.runs(json, cite[0], cite[1], id -> corpus.entity(id) != null));
        model.put("story", json.path("story").isTextual() ? corpus.story(json.path("story").asText()) : null);
        String url = json.path("url").asText(null);
        model.put("sourceUrl", SafeLinks.isWebAddress(url) ? url : null);
        model.put("entities", a.linkedEntities());
        page(ctx, "article", model);
    }

    private static int[] cite(String value) {
        if (value == null || !value.matches("\\d{1,9}-\\d{1,9}")) {
            return new int[] {-1, -1};
        }
        String[] ends = value.split("-");
        return new int[] {Integer.parseInt(ends[0]), Integer.parseInt(ends[1])};
    }

    private void entity(Context ctx) {
        page(ctx, "entity", Map.of("entity", read.entity(ctx.pathParam("id"), Paging.of(ctx))));
    }

    private void search(Context ctx) {
        ArticleQuery query = SearchApi.query(ctx);
        Map<String, Object> model = new HashMap<>();
        model.put("q", query.words() == null ? "" : query.words());
        model.put("result", search.search(query));
        model.put("query", query);
        model.put("facetLinks", FacetLinks.of(ctx));
        page(ctx, "search", model);
    }

    private static void page(Context ctx, String template, Map<String, Object> model) {
        html(ctx, TEMPLATES.render(template, model));
    }

    private static void html(Context ctx, String page) {
        ctx.contentType("text/html; charset=utf-8").result(page);
    }

    /** An error as JSON for the API, as a page for a reader. */
    public static void error(Context ctx, int status, String message) {
        if (ApiRoutes.isApi(ctx)) {
            ApiRoutes.error(ctx, status, message);
        } else {
            ctx.status(status);
            page(ctx, "error", Map.of("status", status, "message", message));
        }
    }
}
