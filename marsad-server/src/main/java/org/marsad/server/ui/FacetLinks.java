package org.marsad.server.ui;

import io.javalin.http.Context;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * The search page's links: the current search with one more filter (a facet value) or another
 * page. Built from the request's own parameters, each value URL-encoded; the template then
 * HTML-escapes the whole address.
 */
public final class FacetLinks {
    private final Map<String, List<String>> params;

    private FacetLinks(Map<String, List<String>> params) {
        this.params = params;
    }

    static FacetLinks of(Context ctx) {
        return new FacetLinks(ctx.queryParamMap());
    }

    /** The search narrowed to {@code facet=value}, from its first page. */
    public String with(String facet, String value) {
        return link(facet, value, null);
    }

    /** The same search from {@code offset}. */
    public String at(int offset) {
        return link(null, null, offset);
    }

    private String link(String facet, String value, Integer offset) {
        StringBuilder out = new StringBuilder("/search?");
        params.forEach((name, values) -> {
            if (!name.equals("offset") && !(name.equals(facet) && !multi(name))) {
                values.forEach(v -> append(out, name, v));
            }
        });
        if (facet != null) {
            append(out, facet, value);
        }
        if (offset != null && offset > 0) {
            append(out, "offset", String.valueOf(offset));
        }
        return out.substring(0, out.length() - 1);
    }

    private static boolean multi(String name) {
        return name.equals("outlet") || name.equals("agency");
    }

    private static void append(StringBuilder out, String name, String value) {
        out.append(URLEncoder.encode(name, StandardCharsets.UTF_8)).append('=')
                .append(URLEncoder.encode(value, StandardCharsets.UTF_8)).append('&');
    }
}
