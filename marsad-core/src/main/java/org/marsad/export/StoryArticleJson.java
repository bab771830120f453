package org.marsad.export;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import org.marsad.story.StoryArticle;

/**
 * Reads one line of {@code articles.jsonl} as the story layer needs it. Entity ids pass through
 * {@code ids}, so articles streamed out before two entities were found to be one read as one.
 * Spans that do not fit the text are reported and left out; the rest of the article is kept.
 */
final class StoryArticleJson {
    private final UnaryOperator<String> ids;
    private final Consumer<String> problems;

    private StoryArticleJson(UnaryOperator<String> ids, Consumer<String> problems) {
        this.ids = ids;
        this.problems = problems;
    }

    /** Reads the object the parser stands at (its start) up to its end; null when it has no id. */
    static StoryArticle read(JsonParser p, Consumer<String> problems, UnaryOperator<String> ids) throws IOException {
        return new StoryArticleJson(ids, problems).read(p);
    }

    private StoryArticle read(JsonParser p) throws IOException {
        String id = null;
        String outlet = null;
        String headline = null;
        LocalDate published = null;
        boolean inferred = false;
        String text = null;
        List<StoryArticle.Range> sentences = List.of();
        List<StoryArticle.Timex> timexes = List.of();
        List<StoryArticle.Mention> entities = List.of();
        List<StoryArticle.Quote> quotes = List.of();
        List<StoryArticle.Event> events = List.of();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String field = p.currentName();
            p.nextToken();
            switch (field) {
                case "id" -> id = JsonFields.string(p, field);
                case "outlet" -> outlet = JsonFields.string(p, field);
                case "headline" -> headline = JsonFields.string(p, field);
                case "published" -> published = JsonFields.date(JsonFields.string(p, field), problems);
                case "published_inferred" -> inferred = JsonFields.bool(p, field);
                case "text" -> text = JsonFields.string(p, field);
                case "sentences" -> sentences = objects(p, field, this::range);
                case "timexes" -> timexes = objects(p, field, this::timex);
                case "entities" -> entities = objects(p, field, this::mention);
                case "quotes" -> quotes = objects(p, field, this::quote);
                case "events" -> events = objects(p, field, this::event);
                default -> p.skipChildren();
            }
        }
        if (id == null) {
            problems.accept("the article has no `id`; skipped");
            return null;
        }
        String body = text == null ? "" : text;
        return new StoryArticle(id, outlet, headline, published, inferred, body,
                fitting(sentences, body, "sentence", r -> r), fitting(timexes, body, "timex",
                        t -> new StoryArticle.Range(t.start(), t.end())),
                fitting(entities, body, "entity", m -> new StoryArticle.Range(m.start(), m.end())),
                fitting(quotes, body, "quote", q -> new StoryArticle.Range(q.start(), q.end())),
                fitting(events, body, "event", StoryArticle.Event::sentence));
    }

    private interface ItemReader<T> {
        T read(JsonParser p) throws IOException;
    }

    private static <T> List<T> objects(JsonParser p, String field, ItemReader<T> reader) throws IOException {
        List<T> out = new ArrayList<>();
        if (p.currentToken() == JsonToken.VALUE_NULL) {
            return out;
        }
        JsonFields.expect(p, JsonToken.START_ARRAY, field, "an array");
        while (p.nextToken() != JsonToken.END_ARRAY) {
            T item = reader.read(p);
            if (item != null) {
                out.add(item);
            }
        }
        return out;
    }

    /** The items whose span lies inside the text; the others are reported. */
    private <T> List<T> fitting(List<T> items, String text, String what,
            java.util.function.Function<T, StoryArticle.Range> span) {
        List<T> out = new ArrayList<>(items.size());
        for (T item : items) {
            StoryArticle.Range r = span.apply(item);
            if (0 <= r.start() && r.start() <= r.end() && r.end() <= text.length()) {
                out.add(item);
            } else {
                problems.accept(what + " [" + r.start() + ", " + r.end() + ") lies outside the text ("
                        + text.length() + " characters); skipped");
            }
        }
        return out;
    }

    private StoryArticle.Range range(JsonParser p) throws IOException {
        int[] pair = JsonFields.pair(p, "sentences");
        return new StoryArticle.Range(pair[0], pair[1]);
    }

    private StoryArticle.Timex timex(JsonParser p) throws IOException {
        int start = -1;
        int end = -1;
        String value = null;
        JsonFields.expect(p, JsonToken.START_OBJECT, "timexes", "an array of objects");
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String field = p.currentName();
            p.nextToken();
            switch (field) {
                case "start" -> start = JsonFields.integer(p, field);
                case "end" -> end = JsonFields.integer(p, field);
                case "value" -> value = JsonFields.string(p, field);
                default -> p.skipChildren();
            }
        }
        return value == null ? null : new StoryArticle.Timex(start, end, value);
    }

    private StoryArticle.Mention mention(JsonParser p) throws IOException {
        int start = -1;
        int end = -1;
        String type = null;
        String entity = null;
        JsonFields.expect(p, JsonToken.START_OBJECT, "entities", "an array of objects");
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String field = p.currentName();
            p.nextToken();
            switch (field) {
                case "start" -> start = JsonFields.integer(p, field);
                case "end" -> end = JsonFields.integer(p, field);
                case "type" -> type = JsonFields.string(p, field);
                case "entity" -> entity = id(JsonFields.string(p, field));
                default -> p.skipChildren();
            }
        }
        return new StoryArticle.Mention(start, end, type, entity);
    }

    private StoryArticle.Quote quote(JsonParser p) throws IOException {
        int start = -1;
        int end = -1;
        String speaker = null;
        String entity = null;
        int cue = -1;
        JsonFields.expect(p, JsonToken.START_OBJECT, "quotes", "an array of objects");
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String field = p.currentName();
            p.nextToken();
            switch (field) {
                case "start" -> start = JsonFields.integer(p, field);
                case "end" -> end = JsonFields.integer(p, field);
                case "speaker" -> speaker = JsonFields.string(p, field);
                case "speaker_entity" -> entity = id(JsonFields.string(p, field));
                case "cue" -> {
                    int[] pair = JsonFields.pair(p, field);
                    cue = pair == null ? -1 : pair[0];
                }
                default -> p.skipChildren();
            }
        }
        return new StoryArticle.Quote(start, end, speaker, entity, cue);
    }

    private StoryArticle.Event event(JsonParser p) throws IOException {
        String type = null;
        int start = -1;
        int end = -1;
        int[] sentence = null;
        String date = null;
        List<String> participants = new ArrayList<>();
        String place = null;
        String status = "HAPPENED";
        JsonFields.expect(p, JsonToken.START_OBJECT, "events", "an array of objects");
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String field = p.currentName();
            p.nextToken();
            switch (field) {
                case "type" -> type = JsonFields.string(p, field);
                case "start" -> start = JsonFields.integer(p, field);
                case "end" -> end = JsonFields.integer(p, field);
                case "sentence" -> sentence = JsonFields.pair(p, field);
                case "date" -> date = JsonFields.string(p, field);
                case "participants" -> JsonFields.strings(p, field).forEach(s -> participants.add(id(s)));
                case "place" -> place = id(JsonFields.string(p, field));
                case "status" -> status = JsonFields.string(p, field);
                default -> p.skipChildren();
            }
        }
        if (type == null) {
            problems.accept("an event without `type`; skipped");
            return null;
        }
        // an export from before events had sentences: the trigger stands for its sentence
        StoryArticle.Range s = sentence != null ? new StoryArticle.Range(sentence[0], sentence[1])
                : new StoryArticle.Range(start, end);
        return new StoryArticle.Event(type, start, end, s, date, participants, place, status);
    }

    private String id(String entity) {
        return entity == null ? null : ids.apply(entity);
    }
}
