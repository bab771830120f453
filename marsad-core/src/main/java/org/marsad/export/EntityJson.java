package org.marsad.export;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.util.List;
import org.marsad.entity.corpus.CorpusEntity;

/** One line of {@code entities.jsonl}: a corpus-level entity. */
final class EntityJson {
    private EntityJson() {
    }

    static void write(JsonGenerator g, CorpusEntity e) throws IOException {
        g.writeStartObject();
        g.writeStringField("id", e.id());
        g.writeStringField("type", e.type().name());
        g.writeStringField("name", e.name());
        strings(g, "aliases", e.aliases());
        if (e.latin() != null) {
            g.writeStringField("latin", e.latin());
        }
        strings(g, "roles", e.roles());
        strings(g, "articles", e.articles());
        g.writeEndObject();
    }

    private static void strings(JsonGenerator g, String name, List<String> values) throws IOException {
        g.writeArrayFieldStart(name);
        for (String v : values) {
            g.writeString(v);
        }
        g.writeEndArray();
    }
}
