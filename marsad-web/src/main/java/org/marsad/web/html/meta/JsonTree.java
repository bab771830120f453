package org.marsad.web.html.meta;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads JSON into plain maps, lists, strings, numbers and booleans with jackson-core's
 * streaming parser (marsad keeps jackson-databind out of its products). Lenient, because the
 * JSON-LD that pages embed is hand-written more often than not: comments, single quotes,
 * trailing commas and raw line breaks inside strings are all accepted.
 */
public final class JsonTree {

    private static final JsonFactory LENIENT = JsonFactory.builder()
            .enable(JsonReadFeature.ALLOW_JAVA_COMMENTS)
            .enable(JsonReadFeature.ALLOW_SINGLE_QUOTES)
            .enable(JsonReadFeature.ALLOW_TRAILING_COMMA)
            .enable(JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS)
            .enable(JsonReadFeature.ALLOW_BACKSLASH_ESCAPING_ANY_CHARACTER)
            .enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
            .build();

    private JsonTree() {
    }

    /** The value of a JSON text, or null when it is not JSON even by lenient rules. */
    public static Object parse(String json) {
        try (JsonParser parser = LENIENT.createParser(json)) {
            JsonToken first = parser.nextToken();
            return first == null ? null : value(parser, first);
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /** Parses, throwing on malformed input: for data files, where silence would hide damage. */
    public static Object parseStrict(java.io.Reader json) throws IOException {
        try (JsonParser parser = LENIENT.createParser(json)) {
            JsonToken first = parser.nextToken();
            return first == null ? null : value(parser, first);
        }
    }

    private static Object value(JsonParser parser, JsonToken token) throws IOException {
        switch (token) {
            case START_OBJECT: {
                Map<String, Object> map = new LinkedHashMap<>();
                while (parser.nextToken() == JsonToken.FIELD_NAME) {
                    String name = parser.currentName();
                    map.put(name, value(parser, parser.nextToken()));
                }
                return map;
            }
            case START_ARRAY: {
                List<Object> list = new ArrayList<>();
                JsonToken next;
                while ((next = parser.nextToken()) != JsonToken.END_ARRAY && next != null) {
                    list.add(value(parser, next));
                }
                return list;
            }
            case VALUE_STRING:
                return parser.getText();
            case VALUE_NUMBER_INT:
            case VALUE_NUMBER_FLOAT:
                return parser.getNumberValue();
            case VALUE_TRUE:
                return Boolean.TRUE;
            case VALUE_FALSE:
                return Boolean.FALSE;
            default:
                return null;
        }
    }

    /** A string field of an object, or null when absent or not a string. */
    public static String string(Object object, String field) {
        Object v = object instanceof Map<?, ?> map ? map.get(field) : null;
        return v instanceof String s ? s : null;
    }

    /** A field as a list: absent gives empty, a single value a list of one. */
    public static List<Object> list(Object object, String field) {
        Object v = object instanceof Map<?, ?> map ? map.get(field) : null;
        if (v == null) {
            return List.of();
        }
        if (v instanceof List<?> l) {
            return new ArrayList<>(l);
        }
        return List.of(v);
    }
}
