package org.marsad.server.api;

import io.javalin.http.Context;

/** {@code offset} and {@code limit} of a list request, bounded so no page is unbounded work. */
public record Paging(int offset, int limit) {
    public static final int DEFAULT_LIMIT = 20;
    public static final int MAX_LIMIT = 100;
    public static final int MAX_OFFSET = 100_000;

    public static Paging of(Context ctx) {
        return new Paging(Params.integer(ctx, "offset", 0, 0, MAX_OFFSET),
                Params.integer(ctx, "limit", DEFAULT_LIMIT, 1, MAX_LIMIT));
    }
}
