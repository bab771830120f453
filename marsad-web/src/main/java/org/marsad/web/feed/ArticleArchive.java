package org.marsad.web.feed;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.marsad.doc.Provenance;
import org.marsad.ingest.RawArticle;

/**
 * The articles a watcher has read, kept as they were read (one JSON object a line: provenance,
 * headline, byline, body and what the record said), so every poll can analyse the whole corpus
 * again without fetching a page twice, and each article keeps its text, id and source exactly.
 * Files named {@code *}{@value #SUFFIX} are read back by {@link ArchiveFormat}.
 */
public final class ArticleArchive {

    /** The name ending that marks an archive among inputs. */
    public static final String SUFFIX = ".marsad-archive.jsonl";

    private static final JsonFactory JSON = new JsonFactory();

    private ArticleArchive() {
    }

    /** Appends articles to the archive at {@code file}, creating it when needed. */
    public static void append(Path file, List<RawArticle> articles) throws IOException {
        if (articles.isEmpty()) {
            return;
        }
        Files.createDirectories(file.toAbsolutePath().getParent());
        try (OutputStream out = Files.newOutputStream(file, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
             JsonGenerator g = JSON.createGenerator(out, JsonEncoding.UTF8)) {
            for (RawArticle article : articles) {
                ArticleParts p = ArticleParts.of(article);
                g.writeStartObject();
                g.writeStringField("input", p.provenance().input());
                g.writeStringField("record", p.provenance().record());
                g.writeStringField("title", p.title());
                g.writeStringField("byline", p.byline());
                g.writeStringField("body", p.body());
                g.writeStringField("published", p.published() == null ? null : p.published().toString());
                g.writeStringField("downloaded", p.downloaded() == null ? null : p.downloaded().toString());
                g.writeStringField("url", p.url());
                g.writeStringField("outlet", p.outlet());
                g.writeStringField("language", p.language());
                g.writeEndObject();
                g.writeRaw('\n');
            }
        }
    }

    /**
     * The article stored on one line.
     *
     * @throws IOException          when the line is not JSON
     * @throws IllegalArgumentException when it lacks the input or body, or a date is not a date
     */
    static RawArticle parse(String line) throws IOException {
        Map<String, String> fields = new HashMap<>();
        try (JsonParser p = JSON.createParser(line)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw new IllegalArgumentException("not a JSON object");
            }
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                JsonToken value = p.nextToken();
                if (value.isStructStart()) {
                    p.skipChildren();
                } else if (value != JsonToken.VALUE_NULL) {
                    fields.put(name, p.getText());
                }
            }
        }
        String input = fields.get("input");
        String body = fields.get("body");
        if (input == null || body == null) {
            throw new IllegalArgumentException("no input or body");
        }
        return new ArticleParts(new Provenance(input, fields.get("record")), fields.get("title"),
                fields.get("byline"), body, date(fields.get("published")), date(fields.get("downloaded")),
                fields.get("url"), fields.get("outlet"), fields.get("language")).article();
    }

    private static LocalDate date(String value) {
        return value == null ? null : LocalDate.parse(value);
    }
}
