package org.marsad.export;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.marsad.doc.ArticleMeta;
import org.marsad.doc.Doc;
import org.marsad.doc.TextSpan;
import org.marsad.entity.article.ArticleEntityStage;
import org.marsad.entity.article.Mention;
import org.marsad.entity.corpus.EntityLink;
import org.marsad.entity.corpus.EntityLinker;
import org.marsad.event.Event;
import org.marsad.event.EventStage;
import org.marsad.quote.Quote;
import org.marsad.quote.QuoteStage;
import org.marsad.text.SentenceSplitter;
import org.marsad.time.Timex;
import org.marsad.time.TimexTagger;

/** One line of {@code articles.jsonl}: an article's metadata, text and annotation layers. */
final class ArticleJson {

    void write(JsonGenerator g, Doc doc) throws IOException {
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
        EntityIds ids = new EntityIds(doc);
        writeEntities(g, doc, ids);
        writeQuotes(g, doc, ids);
        writeEvents(g, doc, ids);
        g.writeNullField("story"); // filled in when the stories are built, once every article is in
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

    /** The mentions, each with the id of its entity. */
    private static void writeEntities(JsonGenerator g, Doc doc, EntityIds ids) throws IOException {
        g.writeArrayFieldStart("entities");
        if (doc.has(ArticleEntityStage.LAYER)) {
            String text = doc.text();
            for (Mention m : doc.get(ArticleEntityStage.LAYER)) {
                g.writeStartObject();
                g.writeNumberField("start", m.start());
                g.writeNumberField("end", m.end());
                g.writeStringField("type", m.type().name());
                g.writeStringField("entity", ids.of(m.entity()));
                if (m.hasRole()) {
                    g.writeStringField("role", text.substring(m.roleStart(), m.roleEnd()));
                }
                g.writeEndObject();
            }
        }
        g.writeEndArray();
    }

    private static void writeQuotes(JsonGenerator g, Doc doc, EntityIds ids) throws IOException {
        g.writeArrayFieldStart("quotes");
        for (Quote q : doc.get(QuoteStage.LAYER)) {
            g.writeStartObject();
            g.writeNumberField("start", q.start());
            g.writeNumberField("end", q.end());
            g.writeStringField("kind", q.kind().name().toLowerCase(Locale.ROOT));
            g.writeStringField("speaker", q.speaker().name());
            if (q.speaker().isNamed()) {
                g.writeStringField("speaker_entity", ids.of(q.speaker().entity()));
            }
            g.writeArrayFieldStart("cue");
            g.writeNumber(q.cueStart());
            g.writeNumber(q.cueEnd());
            g.writeEndArray();
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    /** The events, their parties and place named by entity id. */
    private static void writeEvents(JsonGenerator g, Doc doc, EntityIds ids) throws IOException {
        g.writeArrayFieldStart("events");
        for (Event e : doc.get(EventStage.LAYER)) {
            g.writeStartObject();
            g.writeStringField("type", e.type().name());
            g.writeNumberField("start", e.start());
            g.writeNumberField("end", e.end());
            if (e.date() != null) {
                g.writeStringField("date", e.date());
            }
            g.writeArrayFieldStart("participants");
            for (int p : e.participants()) {
                g.writeString(ids.of(p));
            }
            g.writeEndArray();
            if (e.hasPlace()) {
                g.writeStringField("place", ids.of(e.place()));
            }
            g.writeStringField("status", e.status().name());
            g.writeArrayFieldStart("sentence");
            g.writeNumber(e.sentenceStart());
            g.writeNumber(e.sentenceEnd());
            g.writeEndArray();
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    /**
     * The ids of an article's entities in the export: their corpus entities' ids; an article
     * analysed on its own (no linker ran) names its entities by its id and their number.
     */
    static final class EntityIds {
        private final String docId;
        private final Map<Integer, String> ids = new HashMap<>();

        EntityIds(Doc doc) {
            docId = doc.id();
            for (EntityLink link : doc.get(EntityLinker.LAYER)) {
                ids.put(link.entity(), link.id());
            }
        }

        String of(int entity) {
            String id = ids.get(entity);
            return id != null ? id : docId + "-e" + (entity + 1);
        }
    }

    static String date(LocalDate d) {
        return d == null ? null : d.toString();
    }
}
