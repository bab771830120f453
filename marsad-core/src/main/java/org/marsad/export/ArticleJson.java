package org.marsad.export;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import org.marsad.doc.ArticleMeta;
import org.marsad.doc.Doc;
import org.marsad.doc.TextSpan;
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
        // layers of later stages (issues 4 to 6): present and empty until those stages exist
        for (String layer : new String[] {"entities", "quotes", "events"}) {
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

    private static String date(LocalDate d) {
        return d == null ? null : d.toString();
    }
}
