package org.marsad.server.corpus;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Reads a line of {@code articles.jsonl} (the contract of {@code docs/export.md}) into what the server keeps. */
final class ArticleLines {
    static final ObjectMapper JSON = new ObjectMapper();

    private ArticleLines() {
    }

    /** @throws IOException when the line is not an article object with an id */
    static ArticleInfo info(String line, long offset, int length) throws IOException {
        JsonNode a = JSON.readTree(line);
        if (a == null || !a.isObject() || !a.path("id").isTextual()) {
            throw new IOException("not an article object with an `id`");
        }
        Set<String> entities = new LinkedHashSet<>();
        for (JsonNode m : a.path("entities")) {
            String entity = text(m, "entity");
            if (entity != null) {
                entities.add(entity);
            }
        }
        List<String> agencies = new ArrayList<>();
        a.path("agencies").forEach(n -> agencies.add(n.asText()));
        return new ArticleInfo(a.get("id").asText(), text(a, "source"), text(a, "headline"), text(a, "outlet"),
                agencies, text(a, "language"), date(text(a, "published")), a.path("published_inferred").asBoolean(),
                text(a, "story"), List.copyOf(entities), offset, length);
    }

    static String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    private static LocalDate date(String value) {
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
