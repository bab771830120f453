package org.marsad.export;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.marsad.doc.ArticleMeta;
import org.marsad.doc.Doc;
import org.marsad.doc.TextSpan;
import org.marsad.entity.article.ArticleEntityStage;
import org.marsad.entity.article.Mention;
import org.marsad.entity.corpus.EntityLink;
import org.marsad.entity.corpus.EntityLinker;
import org.marsad.text.SentenceSplitter;
import org.marsad.time.Timex;
import org.marsad.time.TimexTagger;

/** One line of {@code articles.jsonl}: an article's metadata, text and annotation layers. */
final class ArticleJson {

    void write(JsonGenerator g, Doc doc, String storyId) throws IOException {
        ArticleMeta m = doc.meta();
        g.writeStartObject();
        g.writeStringField("id", doc.id());
        g.writeStringField("source", doc.provenance().label());
        g.writeStringField("language", m.language());
        g.writeStringField("headline", m.headline());
        g.writeStringField("outlet", m.outlet());
        g.writeArrayFieldStart("agencies");
        for (String a : m.agencies()) {
            g.writeString(a);
        }
        g.writeEndArray();
        g.writeStringField("dateline", m.dateline());
        g.writeStringField("byline", m.byline());
        g.writeStringField("section", m.section());
        g.writeStringField("published", date(m.published()));
        g.writeBooleanField("published_inferred", m.publishedInferred());
        if (m.publishedInferred()) {
            g.writeNumberField("published_confidence", Math.round(m.publishedConfidence() * 1000) / 1000.0);
        }
        g.writeStringField("downloaded", date(m.downloaded()));
        g.writeStringField("url", m.url());
        g.writeStringField("text", doc.text());
        writeSpans(g, "sentences", doc.get(SentenceSplitter.LAYER));
        writeTimexes(g, doc.get(TimexTagger.LAYER));
        writeEntities(g, doc);
        // layers of later stages (issues 5 and 6): present and empty until those stages exist
        for (String layer : new String[] {"quotes", "events"}) {
            g.writeArrayFieldStart(layer);
            g.writeEndArray();
        }
        g.writeStringField("story", storyId);
        g.writeEndObject();
    }

    private static void writeSpans(JsonGenerator g, String name, List<TextSpan> spans) throws IOException {
        g.writeArrayFieldStart(name);
        for (TextSpan s : spans) {
            g.writeStartArray();
            g.writeNumber(s.start());
            g.writeNumber(s.end());
            g.writeEndArray();
        }
        g.writeEndArray();
    }

    private static void writeTimexes(JsonGenerator g, List<Timex> timexes) throws IOException {
        g.writeArrayFieldStart("timexes");
        for (Timex t : timexes) {
            g.writeStartObject();
            g.writeNumberField("start", t.start());
            g.writeNumberField("end", t.end());
            g.writeStringField("type", t.type().name());
            g.writeStringField("value", t.value());
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    /**
     * The mentions with the ids of their corpus entities; an article analysed on its own (no
     * linker ran) names its entities by its id and their number.
     */
    private static void writeEntities(JsonGenerator g, Doc doc) throws IOException {
        g.writeArrayFieldStart("entities");
        if (doc.has(ArticleEntityStage.LAYER)) {
            Map<Integer, String> ids = new HashMap<>();
            if (doc.has(EntityLinker.LAYER)) {
                for (EntityLink link : doc.get(EntityLinker.LAYER)) {
                    ids.put(link.entity(), link.id());
                }
            }
            String text = doc.text();
            for (Mention m : doc.get(ArticleEntityStage.LAYER)) {
                g.writeStartObject();
                g.writeNumberField("start", m.start());
                g.writeNumberField("end", m.end());
                g.writeStringField("type", m.type().name());
                g.writeStringField("entity", ids.getOrDefault(m.entity(), doc.id() + "-e" + (m.entity() + 1)));
                if (m.hasRole()) {
                    g.writeStringField("role", text.substring(m.roleStart(), m.roleEnd()));
                }
                g.writeEndObject();
            }
        }
        g.writeEndArray();
    }

    private static String date(LocalDate d) {
        return d == null ? null : d.toString();
    }
}
