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
import java.util.function.Function;
import java.util.function.UnaryOperator;
import org.marsad.story.Placement;

/**
 * Rewrites an {@code articles.jsonl} file token by token with what was known only once every
 * article was written: the final entity ids (entities found to be one later end with one id),
 * and each article's story and the article it duplicates. Everything else is copied as it was.
 * The file is the export's own, whose objects name their {@code id} before their {@code story}.
 */
final class ArticleRewriter {
    /** The fields whose string values (or arrays of strings) are entity ids. */
    private static final Set<String> ID_FIELDS = Set.of("entity", "speaker_entity", "participants", "place");

    private ArticleRewriter() {
    }

    /**
     * @param finalId   the id that stands now for an entity id written earlier
     * @param placement where an article (by id) went; null leaves its story field as written
     */
    static void rewrite(JsonFactory json, Path file, UnaryOperator<String> finalId,
            Function<String, Placement> placement) throws IOException {
        Path tmp = file.resolveSibling(file.getFileName() + ".rewrite");
        try (InputStream in = Files.newInputStream(file);
             OutputStream out = Files.newOutputStream(tmp);
             JsonParser p = json.createParser(in);
             JsonGenerator g = json.createGenerator(out, JsonEncoding.UTF8)) {
            g.setPrettyPrinter(new MinimalPrettyPrinter("\n"));
            String field = null; // the field a value belongs to; an array's strings keep its field
            String article = null;
            int depth = 0;
            for (JsonToken t; (t = p.nextToken()) != null; ) {
                if (t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) {
                    depth++;
                } else if (t == JsonToken.END_OBJECT || t == JsonToken.END_ARRAY) {
                    depth--;
                } else if (t == JsonToken.FIELD_NAME) {
                    field = p.currentName();
                } else if (depth == 1 && "id".equals(field) && t == JsonToken.VALUE_STRING) {
                    article = p.getText();
                } else if (depth == 1 && "story".equals(field) && placement != null) {
                    Placement at = placement.apply(article);
                    if (at != null) {
                        writeStory(g, at);
                        continue;
                    }
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

    /** The story's id as the value of {@code story}, then {@code duplicate_of} when the article is a copy. */
    private static void writeStory(JsonGenerator g, Placement at) throws IOException {
        g.writeString(at.story());
        if (at.duplicateOf() != null) {
            g.writeStringField("duplicate_of", at.duplicateOf());
        }
    }
}
