package org.marsad.export;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.function.Consumer;
import java.util.List;
import org.marsad.story.StoryView;
import org.marsad.story.summary.Sentence;
import org.marsad.story.summary.SummarySentence;
import org.marsad.story.timeline.TimelineEntry;

/** {@code stories.json}: one object per story, each on a line of its own inside one array. */
final class StoriesJson {
    private static final Consumer<String> NO_PROBLEMS = problem -> {
        throw new IllegalArgumentException(problem);
    };

    private StoriesJson() {
    }

    static void write(JsonGenerator g, List<StoryView> stories) throws IOException {
        g.writeStartArray();
        for (StoryView s : stories) {
            g.writeRaw('\n');
            write(g, s);
        }
        g.writeRaw('\n');
        g.writeEndArray();
        g.writeRaw('\n');
    }

    private static void write(JsonGenerator g, StoryView s) throws IOException {
        g.writeStartObject();
        g.writeStringField("id", s.id());
        g.writeStringField("title", s.title());
        g.writeNumberField("size", s.size());
        strings(g, "articles", s.articles());
        strings(g, "outlets", s.outlets());
        g.writeStringField("first", ArticleJson.date(s.first()));
        g.writeStringField("last", ArticleJson.date(s.last()));
        g.writeArrayFieldStart("summary");
        for (SummarySentence sentence : s.summary()) {
            g.writeStartObject();
            g.writeStringField("text", sentence.text());
            g.writeArrayFieldStart("sources");
            for (Sentence source : sentence.sources()) {
                source(g, source.article(), source.start(), source.end());
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("timeline");
        for (TimelineEntry e : s.timeline()) {
            entry(g, e);
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    private static void entry(JsonGenerator g, TimelineEntry e) throws IOException {
        g.writeStartObject();
        g.writeStringField("date", e.date());
        g.writeBooleanField("date_inferred", e.dateInferred());
        g.writeStringField("type", e.type());
        g.writeStringField("status", e.status());
        g.writeStringField("summary", e.summary());
        strings(g, "participants", e.participants());
        g.writeStringField("place", e.place());
        g.writeArrayFieldStart("sources");
        for (TimelineEntry.Source source : e.sources()) {
            source(g, source.article(), source.start(), source.end());
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    /** Reads the array the parser stands before, handing over each story. */
    static void read(JsonParser p, Consumer<StoryView> sink) throws IOException {
        p.nextToken();
        JsonFields.expect(p, JsonToken.START_ARRAY, "stories", "an array");
        while (p.nextToken() != JsonToken.END_ARRAY) {
            JsonFields.expect(p, JsonToken.START_OBJECT, "stories", "an array of objects");
            sink.accept(story(p));
        }
    }

    private static StoryView story(JsonParser p) throws IOException {
        String id = null;
        String title = null;
        List<String> articles = List.of();
        List<String> outlets = List.of();
        LocalDate first = null;
        LocalDate last = null;
        List<SummarySentence> summary = new ArrayList<>();
        List<TimelineEntry> timeline = new ArrayList<>();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String field = p.currentName();
            p.nextToken();
            switch (field) {
                case "id" -> id = JsonFields.string(p, field);
                case "title" -> title = JsonFields.string(p, field);
                case "articles" -> articles = JsonFields.strings(p, field);
                case "outlets" -> outlets = JsonFields.strings(p, field);
                case "first" -> first = JsonFields.date(JsonFields.string(p, field), NO_PROBLEMS);
                case "last" -> last = JsonFields.date(JsonFields.string(p, field), NO_PROBLEMS);
                case "summary" -> each(p, field, () -> summary.add(summarySentence(p)));
                case "timeline" -> each(p, field, () -> timeline.add(entry(p)));
                default -> p.skipChildren();
            }
        }
        return new StoryView(id, title, articles, outlets, first, last, summary, timeline);
    }

    private static SummarySentence summarySentence(JsonParser p) throws IOException {
        String text = null;
        List<Sentence> sources = new ArrayList<>();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String field = p.currentName();
            p.nextToken();
            switch (field) {
                case "text" -> text = JsonFields.string(p, field);
                case "sources" -> each(p, field, () -> {
                    TimelineEntry.Source s = source(p);
                    sources.add(new Sentence(s.article(), null, s.start(), s.end(), null, new int[0], -1));
                });
                default -> p.skipChildren();
            }
        }
        return new SummarySentence(text, sources);
    }

    private static TimelineEntry entry(JsonParser p) throws IOException {
        String date = null;
        boolean inferred = false;
        String type = null;
        String status = null;
        String summary = null;
        List<String> participants = List.of();
        String place = null;
        List<TimelineEntry.Source> sources = new ArrayList<>();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String field = p.currentName();
            p.nextToken();
            switch (field) {
                case "date" -> date = JsonFields.string(p, field);
                case "date_inferred" -> inferred = JsonFields.bool(p, field);
                case "type" -> type = JsonFields.string(p, field);
                case "status" -> status = JsonFields.string(p, field);
                case "summary" -> summary = JsonFields.string(p, field);
                case "participants" -> participants = JsonFields.strings(p, field);
                case "place" -> place = JsonFields.string(p, field);
                case "sources" -> each(p, field, () -> sources.add(source(p)));
                default -> p.skipChildren();
            }
        }
        return new TimelineEntry(date, inferred, type, summary, participants, place, status, sources);
    }

    private static TimelineEntry.Source source(JsonParser p) throws IOException {
        String article = null;
        int start = -1;
        int end = -1;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String field = p.currentName();
            p.nextToken();
            switch (field) {
                case "article" -> article = JsonFields.string(p, field);
                case "start" -> start = JsonFields.integer(p, field);
                case "end" -> end = JsonFields.integer(p, field);
                default -> p.skipChildren();
            }
        }
        return new TimelineEntry.Source(article, start, end);
    }

    private interface Item {
        void read() throws IOException;
    }

    /** Reads each object of the array the parser stands at. */
    private static void each(JsonParser p, String field, Item item) throws IOException {
        if (p.currentToken() == JsonToken.VALUE_NULL) {
            return;
        }
        JsonFields.expect(p, JsonToken.START_ARRAY, field, "an array");
        while (p.nextToken() != JsonToken.END_ARRAY) {
            JsonFields.expect(p, JsonToken.START_OBJECT, field, "an array of objects");
            item.read();
        }
    }

    private static void source(JsonGenerator g, String article, int start, int end) throws IOException {
        g.writeStartObject();
        g.writeStringField("article", article);
        g.writeNumberField("start", start);
        g.writeNumberField("end", end);
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
