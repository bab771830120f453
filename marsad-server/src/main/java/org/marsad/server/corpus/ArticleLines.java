package org.marsad.server.corpus;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.marsad.export.JsonFields;

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
            List<String> agencies = List.of();
            Set<String> entities = new LinkedHashSet<>();
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                p.nextToken();
                switch (field) {
                    case "id" -> id = JsonFields.string(p, field);
                    case "source" -> source = JsonFields.string(p, field);
                    case "headline" -> headline = JsonFields.string(p, field);
                    case "outlet" -> outlet = JsonFields.string(p, field);
                    case "language" -> language = JsonFields.string(p, field);
                    case "published" -> published = JsonFields.string(p, field);
                    case "published_inferred" -> inferred = JsonFields.bool(p, field);
                    case "story" -> story = JsonFields.string(p, field);
                    case "agencies" -> agencies = JsonFields.strings(p, field);
                    case "entities" -> entityIds(p, entities);
                    default -> p.skipChildren();
                }
            }
            if (id == null) {
                throw notAnArticle();
            }
            return new ArticleInfo(id, source, headline, outlet, agencies, language,
                    JsonFields.date(published, problem -> { }), inferred, story,
                    List.copyOf(entities), offset, line.length);
        }
    }

    private static IOException notAnArticle() {
        return new IOException("not an article object with an `id`");
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
                String value = "entity".equals(field) ? JsonFields.string(p, field) : null;
                if (value != null) {
                    out.add(value);
                } else {
                    p.skipChildren();
                }
            }
        }
    }
}
