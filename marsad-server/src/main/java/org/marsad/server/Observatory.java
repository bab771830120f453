package org.marsad.server;

import io.javalin.Javalin;
import io.javalin.http.HttpResponseException;
import io.javalin.http.staticfiles.Location;
import io.javalin.json.JavalinJackson;
import java.io.IOException;
import java.util.function.Consumer;
import org.marsad.export.MalformedLine;
import org.slf4j.LoggerFactory;
import org.marsad.server.api.ApiException;
import org.marsad.server.api.ApiJson;
import org.marsad.server.api.ApiRoutes;
import org.marsad.server.corpus.Corpus;
import org.marsad.server.corpus.CorpusLoader;
import org.marsad.server.corpus.Ingest;
import org.marsad.server.security.SecurityHeaders;
import org.marsad.server.security.WriteToken;
import org.marsad.server.ui.UiRoutes;

/**
 * The observatory: the REST API and the web UI over one analysed corpus, on Javalin (Jetty).
 * Binds to the loopback address unless told otherwise; takes new articles only with a write token.
 */
public final class Observatory implements AutoCloseable {
    private final Corpus corpus;
    private final Ingest ingest;
    private final Javalin app;

    private Observatory(Corpus corpus, Ingest ingest, Javalin app) {
        this.corpus = corpus;
        this.ingest = ingest;
        this.app = app;
    }

    /** Opens the export and starts serving it; {@link #port()} says where (port 0 picks a free one). */
    public static Observatory start(ServeOptions options, Consumer<MalformedLine> problems) throws IOException {
        Corpus corpus = CorpusLoader.open(options.export(), options.index(), problems);
        Ingest ingest = null;
        try {
            WriteToken token = options.writeToken() == null ? null : new WriteToken(options.writeToken());
            ingest = token == null ? null : new Ingest(corpus, options.index());
            Javalin app = create(options);
            ApiRoutes.register(app, corpus, ingest, token);
            UiRoutes.register(app, corpus);
            app.start(options.host(), options.port());
            return new Observatory(corpus, ingest, app);
        } catch (IOException | RuntimeException e) {
            if (ingest != null) {
                ingest.close();
            }
            corpus.close();
            throw e;
        }
    }

    private static Javalin create(ServeOptions options) {
        Javalin app = Javalin.create(config -> {
            config.showJavalinBanner = false;
            config.http.maxRequestSize = options.maxRequestBytes();
            config.jsonMapper(new JavalinJackson(ApiJson.mapper(), false));
            config.staticFiles.add(files -> {
                files.hostedPath = "/static";
                files.directory = "/org/marsad/server/ui/static";
                files.location = Location.CLASSPATH;
            });
            config.staticFiles.enableWebjars();
        });
        app.before(SecurityHeaders::apply);
        app.before(ctx -> {
            // a body without a declared length could be streamed past the size limit
            if (ctx.method().name().equals("POST") && ctx.req().getContentLengthLong() < 0) {
                throw new ApiException(411, "send the body with a Content-Length");
            }
        });
        app.exception(ApiException.class, (e, ctx) -> UiRoutes.error(ctx, e.status(), e.getMessage()));
        app.exception(HttpResponseException.class,
                (e, ctx) -> UiRoutes.error(ctx, e.getStatus(), ApiRoutes.message(e)));
        app.exception(Exception.class, (e, ctx) -> {
            LoggerFactory.getLogger(Observatory.class).warn("request {} failed", ctx.path(), e);
            UiRoutes.error(ctx, 500, "the server failed on this request");
        });
        app.error(404, ctx -> {
            if (ctx.result() == null || ctx.result().isEmpty()) {
                UiRoutes.error(ctx, 404, "no such page: " + ctx.path());
            }
        });
        return app;
    }

    public int port() {
        return app.port();
    }

    /** Where to point a browser. */
    public String url() {
        return "http://" + hostForUrl() + ":" + port() + "/";
    }

    private String hostForUrl() {
        String host = app.jettyServer().server().getURI() == null ? "127.0.0.1"
                : app.jettyServer().server().getURI().getHost();
        return host == null || host.equals("0.0.0.0") ? "127.0.0.1" : host;
    }

    public Corpus corpus() {
        return corpus;
    }

    @Override
    public void close() throws IOException {
        app.stop();
        if (ingest != null) {
            ingest.close();
        }
        corpus.close();
    }
}
