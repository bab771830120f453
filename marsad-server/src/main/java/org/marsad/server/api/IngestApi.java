package org.marsad.server.api;

import io.javalin.http.Context;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import org.marsad.server.corpus.Ingest;
import org.marsad.server.security.WriteToken;

/**
 * {@code POST /api/articles}: new articles, as one JSON record, JSON lines, or plain text (by
 * Content-Type), behind the write token. Body size is capped by the server before this runs.
 */
final class IngestApi {
    private final Ingest ingest;
    private final WriteToken token;

    IngestApi(Ingest ingest, WriteToken token) {
        this.ingest = ingest;
        this.token = token;
    }

    void handle(Context ctx) throws IOException {
        token.check(ctx);
        String type = ctx.contentType() == null ? "" : ctx.contentType();
        String name;
        if (type.startsWith("application/json")) {
            name = "request.json";
        } else if (type.startsWith("application/x-ndjson") || type.startsWith("application/jsonl")) {
            name = "request.jsonl";
        } else if (type.startsWith("text/plain")) {
            name = "request.txt";
        } else {
            throw new ApiException(415, "send application/json, application/x-ndjson or text/plain, not '" + type + "'");
        }
        byte[] body = ctx.bodyAsBytes();
        if (body.length == 0) {
            throw ApiException.badRequest("the body is empty");
        }
        Ingest.Outcome outcome = ingest.add(new ByteArrayInputStream(body), name);
        if (outcome.ids().isEmpty()) {
            throw new ApiException(422, "no article in the body: " + String.join("; ", outcome.rejected()));
        }
        ctx.status(201).json(outcome);
    }
}
