package org.marsad.export;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.util.MinimalPrettyPrinter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * Rewrites the entity ids of an {@code articles.jsonl} file, token by token: the articles were
 * streamed out as they were read, and entities found to be one only later must end with one id.
 * Everything else is copied as it was.
 */
final class EntityIdRewriter {
    /** The fields whose string values (or arrays of strings) are entity ids. */
    private static final Set<String> ID_FIELDS = Set.of("entity", "speaker_entity", "participants", "place");

    private EntityIdRewriter() {
    }

    static void rewrite(JsonFactory json, Path file, UnaryOperator<String> finalId) throws IOException {
        Path tmp = file.resolveSibling(file.getFileName() + ".ids");
        try (InputStream in = Files.newInputStream(file);
             OutputStream out = Files.newOutputStream(tmp);
             JsonParser p = json.createParser(in);
             JsonGenerator g = json.createGenerator(out, JsonEncoding.UTF8)) {
            g.setPrettyPrinter(new MinimalPrettyPrinter("\n"));
            String field = null; // the field a value belongs to; an array's strings keep its field
            for (JsonToken t; (t = p.nextToken()) != null; ) {
                if (t == JsonToken.FIELD_NAME) {
                    field = p.currentName();
                } else if (t == JsonToken.VALUE_STRING && ID_FIELDS.contains(field)) {
                    g.writeString(finalId.apply(p.getText()));
                    continue;
                }
                g.copyCurrentEvent(p);
            }
            g.writeRaw('\n');
        }
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
    }
}
