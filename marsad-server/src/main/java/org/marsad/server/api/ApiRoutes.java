package org.marsad.server.api;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import org.marsad.server.corpus.Corpus;
import org.marsad.server.corpus.Ingest;
import org.marsad.server.security.WriteToken;

/**
 * The REST API under {@code /api}, described by {@code /openapi.json}. Every error is JSON:
 * {@code {"error": {"status": 400, "message": "..."}}}.
 */
public final class ApiRoutes {
    static final String OPENAPI = "/org/marsad/server/api/openapi.json";

    private ApiRoutes() {
    }

    /** @param ingest null when the server takes no new articles (no write token) */
    public static void register(Javalin app, Corpus corpus, Ingest ingest, WriteToken token) {
        new ReadApi(corpus).register(app);
        SearchApi search = new SearchApi(corpus);
        app.get("/api/search", search::handle);
        if (ingest != null) {
            IngestApi write = new IngestApi(ingest, token);
            app.post("/api/articles", write::handle);
        } else {
            app.post("/api/articles", ctx -> {
                throw new ApiException(403, "this server takes no new articles: start it with a write token");
            });
        }
        app.get("/openapi.json", ApiRoutes::openApi);
    }

    private static void openApi(Context ctx) throws IOException {
        try (InputStream in = ApiRoutes.class.getResourceAsStream(OPENAPI)) {
            ctx.contentType("application/json").result(in.readAllBytes());
        }
    }

    /** Writes an API error as JSON. */
    public static void error(Context ctx, int status, String message) {
        ctx.status(status).json(Map.of("error", Map.of("status", status, "message", message)));
    }

    public static boolean isApi(Context ctx) {
        return ctx.path().startsWith("/api/") || ctx.path().equals("/openapi.json");
    }

    /** The message Javalin's own refusals (413, 405, ...) should carry in JSON. */
    public static String message(HttpResponseException e) {
        return e.getMessage() == null || e.getMessage().isBlank() ? "request refused" : e.getMessage();
    }
}
