package org.marsad;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;

/**
 * The hand annotation of the seed articles ({@code gold/seeds.json} in the shared data), read the
 * way the shared scorer reads it: as plain maps and lists, with its context strings found in a text
 * whatever white space separates their words.
 */
public final class SeedGold {
    private SeedGold() {
    }

    /** The shared data folder; tests that need it skip themselves when it is absent. */
    public static Path shared() {
        return Path.of(System.getProperty("marsad.shared", "../../shared"));
    }

    /** The gold file as maps and lists, or a skipped test when the shared data is absent. */
    public static Map<String, Object> load() throws IOException {
        Path goldFile = shared().resolve("gold/seeds.json");
        Assumptions.assumeTrue(Files.isRegularFile(goldFile), () -> "no shared gold at " + goldFile.toAbsolutePath());
        return asMap(read(goldFile));
    }

    /** Where {@code ctx} is in {@code text}, as {start, end}, or null. */
    public static int[] locate(String text, String ctx) {
        Matcher c = loose(ctx).matcher(text);
        return c.find() ? new int[] {c.start(), c.end()} : null;
    }

    /** Where {@code inner} is inside the first place {@code ctx} is in {@code text}, or null. */
    public static int[] locate(String text, String ctx, String inner) {
        int[] c = locate(text, ctx);
        if (c == null) {
            return null;
        }
        Matcher m = loose(inner).matcher(text.substring(c[0], c[1]));
        return m.find() ? new int[] {c[0] + m.start(), c[0] + m.end()} : null;
    }

    private static Pattern loose(String s) {
        List<String> parts = new ArrayList<>();
        for (String p : s.trim().split("\\s+")) {
            parts.add(Pattern.quote(p));
        }
        return Pattern.compile(String.join("\\s+", parts));
    }

    @SuppressWarnings("unchecked")
    public static Map<String, Object> asMap(Object o) {
        return (Map<String, Object>) o;
    }

    @SuppressWarnings("unchecked")
    public static List<Map<String, Object>> list(Object o) {
        return (List<Map<String, Object>>) o;
    }

    private static Object read(Path file) throws IOException {
        try (JsonParser p = new JsonFactory().createParser(file.toFile())) {
            p.nextToken();
            return value(p);
        }
    }

    private static Object value(JsonParser p) throws IOException {
        JsonToken t = p.currentToken();
        switch (t) {
            case START_OBJECT: {
                Map<String, Object> m = new LinkedHashMap<>();
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String name = p.currentName();
                    p.nextToken();
                    m.put(name, value(p));
                }
                return m;
            }
            case START_ARRAY: {
                List<Object> l = new ArrayList<>();
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    l.add(value(p));
                }
                return l;
            }
            case VALUE_STRING:
                return p.getText();
            case VALUE_TRUE:
                return true;
            case VALUE_FALSE:
                return false;
            case VALUE_NULL:
                return null;
            default:
                return p.getText();
        }
    }
}
