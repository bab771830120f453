package org.marsad.export;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import org.marsad.entity.EntityType;
import org.marsad.entity.corpus.CorpusEntity;

/** One line of {@code entities.jsonl}: a corpus-level entity, written and read back. */
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

    /** Reads the object the parser stands at (its start) up to its end. */
    static CorpusEntity read(JsonParser p) throws IOException {
        String id = null;
        String type = null;
        String name = null;
        String latin = null;
        List<String> aliases = List.of();
        List<String> roles = List.of();
        List<String> articles = List.of();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String field = p.currentName();
            p.nextToken();
            switch (field) {
                case "id" -> id = JsonFields.string(p, field);
                case "type" -> type = JsonFields.string(p, field);
                case "name" -> name = JsonFields.string(p, field);
                case "latin" -> latin = JsonFields.string(p, field);
                case "aliases" -> aliases = JsonFields.strings(p, field);
                case "roles" -> roles = JsonFields.strings(p, field);
                case "articles" -> articles = JsonFields.strings(p, field);
                default -> p.skipChildren();
            }
        }
        if (id == null || name == null) {
            throw new JsonParseException(p, "an entity needs an `id` and a `name`");
        }
        return new CorpusEntity(id, type(p, type), name, aliases, latin, roles, articles);
    }

    private static EntityType type(JsonParser p, String type) throws JsonParseException {
        for (EntityType t : EntityType.values()) {
            if (t.name().equals(type)) {
                return t;
            }
        }
        throw new JsonParseException(p, "`type` should be one of " + Arrays.toString(EntityType.values()) + ", not "
                + type);
    }

    private static void strings(JsonGenerator g, String name, List<String> values) throws IOException {
        g.writeArrayFieldStart(name);
        for (String v : values) {
            g.writeString(v);
        }
        g.writeEndArray();
    }
}
