package org.marsad.export;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Typed values of the export's fields, read from a parser standing on the value; a value of the
 * wrong type fails with a message naming the field.
 */
public final class JsonFields {
    private JsonFields() {
    }

    /** A string, or null for JSON null. */
    public static String string(JsonParser p, String field) throws IOException {
        return switch (p.currentToken()) {
            case VALUE_STRING -> p.getText();
            case VALUE_NULL -> null;
            default -> throw wrongType(p, field, "a string");
        };
    }

    static int integer(JsonParser p, String field) throws IOException {
        if (p.currentToken() != JsonToken.VALUE_NUMBER_INT) {
            throw wrongType(p, field, "an integer");
        }
        return p.getIntValue();
    }

    public static boolean bool(JsonParser p, String field) throws IOException {
        return switch (p.currentToken()) {
            case VALUE_TRUE -> true;
            case VALUE_FALSE, VALUE_NULL -> false;
            default -> throw wrongType(p, field, "true or false");
        };
    }

    /** An array of strings; null reads as none. */
    public static List<String> strings(JsonParser p, String field) throws IOException {
        List<String> out = new ArrayList<>();
        if (p.currentToken() == JsonToken.VALUE_NULL) {
            return out;
        }
        expect(p, JsonToken.START_ARRAY, field, "an array of strings");
        while (p.nextToken() != JsonToken.END_ARRAY) {
            out.add(string(p, field));
        }
        return out;
    }

    /** {@code [start, end]}, or null for JSON null. */
    static int[] pair(JsonParser p, String field) throws IOException {
        if (p.currentToken() == JsonToken.VALUE_NULL) {
            return null;
        }
        JsonFields.expect(p, JsonToken.START_ARRAY, field, "[start, end]");
        p.nextToken();
        int start = JsonFields.integer(p, field);
        p.nextToken();
        int end = JsonFields.integer(p, field);
        if (p.nextToken() != JsonToken.END_ARRAY) {
            throw new JsonParseException(p, "`" + field + "` should be [start, end]");
        }
        return new int[] {start, end};
    }

    /** A {@code YYYY-MM-DD} date; a value that is not one is reported and read as null. */
    public static LocalDate date(String published, Consumer<String> problems) {
        if (published == null) {
            return null;
        }
        try {
            return LocalDate.parse(published);
        } catch (DateTimeParseException e) {
            problems.accept("`published` is not a YYYY-MM-DD date: " + published + "; the article counts as undated");
            return null;
        }
    }

    static void expect(JsonParser p, JsonToken token, String field, String what) throws JsonParseException {
        if (p.currentToken() != token) {
            throw wrongType(p, field, what);
        }
    }

    private static JsonParseException wrongType(JsonParser p, String field, String expected) {
        return new JsonParseException(p, "`" + field + "` should be " + expected + ", not " + describe(p.currentToken()));
    }

    private static String describe(JsonToken t) {
        return switch (t) {
            case START_OBJECT -> "an object";
            case START_ARRAY -> "an array";
            case VALUE_STRING -> "a string";
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
            case VALUE_TRUE, VALUE_FALSE -> "true or false";
            case VALUE_NULL -> "null";
            default -> t.toString();
        };
    }
}
