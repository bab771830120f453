package org.marsad.server.api;

import io.javalin.http.Context;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Query parameters read and checked at the edge: each mistake is a 400 naming the parameter. */
public final class Params {
    /** No parameter value needs more; longer ones are refused rather than processed. */
    public static final int MAX_VALUE_CHARS = 512;
    /** Values of one list parameter (outlet=a&outlet=b): each is a term of the filter. */
    public static final int MAX_VALUES = 20;

    private Params() {
    }

    public static String string(Context ctx, String name) {
        String v = ctx.queryParam(name);
        if (v == null || v.isBlank()) {
            return null;
        }
        if (v.length() > MAX_VALUE_CHARS) {
            throw ApiException.badRequest(name + " is " + v.length() + " characters long; the limit is "
                    + MAX_VALUE_CHARS);
        }
        return v.strip();
    }

    public static int integer(Context ctx, String name, int fallback, int min, int max) {
        String v = string(ctx, name);
        if (v == null) {
            return fallback;
        }
        try {
            int n = Integer.parseInt(v);
            if (n < min || n > max) {
                throw ApiException.badRequest(name + " is " + n + "; it must be " + min + " to " + max);
            }
            return n;
        } catch (NumberFormatException e) {
            throw ApiException.badRequest(name + " must be a whole number, not '" + v + "'");
        }
    }

    public static LocalDate date(Context ctx, String name) {
        String v = string(ctx, name);
        try {
            return v == null ? null : LocalDate.parse(v);
        } catch (DateTimeParseException e) {
            throw ApiException.badRequest(name + " must be a date YYYY-MM-DD, not '" + v + "'");
        }
    }

    /** A list parameter, given repeated or comma-separated. */
    public static Set<String> strings(Context ctx, String name) {
        Set<String> out = new LinkedHashSet<>();
        List<String> values = ctx.queryParams(name);
        for (String value : values) {
            if (value.length() > MAX_VALUE_CHARS) {
                throw ApiException.badRequest(name + " value is too long; the limit is " + MAX_VALUE_CHARS);
            }
            for (String v : value.split(",")) {
                if (!v.isBlank()) {
                    out.add(v.strip());
                }
            }
        }
        if (out.size() > MAX_VALUES) {
            throw ApiException.badRequest(name + " has " + out.size() + " values; the limit is " + MAX_VALUES);
        }
        return out;
    }
}
