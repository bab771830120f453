package org.marsad.server.corpus;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads a line of {@code articles.jsonl} (the contract of {@code docs/export.md}) into what the
 * server keeps. Streamed with Jackson's parser: the text, sentences, tokens and other layers, most
 * of every line, are skipped without being built, which is most of the cost of opening a corpus.
 */
final class ArticleLines {
    static final ObjectMapper JSON = new ObjectMapper();

    private ArticleLines() {
    }

    /** @throws IOException when the line is not an article object with an id */
    static ArticleInfo info(byte[] line, long offset) throws IOException {
        try (JsonParser p = JSON.getFactory().createParser(line)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw notAnArticle();
            }
            String id = null;
            String source = null;
            String headline = null;
            String outlet = null;
            String language = null;
            String published = null;
            String story = null;
            boolean inferred = false;
            List<String> agencies = new ArrayList<>();
            Set<String> entities = new LinkedHashSet<>();
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                JsonToken value = p.nextToken();
                switch (field) {
                    case "id" -> id = value == JsonToken.VALUE_STRING ? p.getText() : null;
                    case "source" -> source = scalar(p);
                    case "headline" -> headline = scalar(p);
                    case "outlet" -> outlet = scalar(p);
                    case "language" -> language = scalar(p);
                    case "published" -> published = scalar(p);
                    case "published_inferred" -> inferred = p.getValueAsBoolean();
                    case "story" -> story = scalar(p);
                    case "agencies" -> strings(p, agencies);
                    case "entities" -> entityIds(p, entities);
                    default -> p.skipChildren();
                }
            }
            if (id == null) {
                throw notAnArticle();
            }
            return new ArticleInfo(id, source, headline, outlet, agencies, language, date(published), inferred, story,
                    List.copyOf(entities), offset, line.length);
        }
    }

    private static IOException notAnArticle() {
        return new IOException("not an article object with an `id`");
    }

    /** A scalar as text, null for null; an object or array is skipped and reads as null. */
    private static String scalar(JsonParser p) throws IOException {
        if (p.currentToken().isStructStart()) {
            p.skipChildren();
            return null;
        }
        return p.currentToken() == JsonToken.VALUE_NULL ? null : p.getText();
    }

    private static void strings(JsonParser p, Collection<String> out) throws IOException {
        if (p.currentToken() != JsonToken.START_ARRAY) {
            p.skipChildren();
            return;
        }
        while (p.nextToken() != JsonToken.END_ARRAY) {
            String value = scalar(p);
            if (value != null) {
                out.add(value);
            }
        }
    }

    /** The {@code entity} of each mention of the {@code entities} layer. */
    private static void entityIds(JsonParser p, Collection<String> out) throws IOException {
        if (p.currentToken() != JsonToken.START_ARRAY) {
            p.skipChildren();
            return;
        }
        while (p.nextToken() != JsonToken.END_ARRAY) {
            if (p.currentToken() != JsonToken.START_OBJECT) {
                p.skipChildren();
                continue;
            }
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                p.nextToken();
                String value = "entity".equals(field) ? scalar(p) : null;
                if (value != null) {
                    out.add(value);
                } else {
                    p.skipChildren();
                }
            }
        }
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
