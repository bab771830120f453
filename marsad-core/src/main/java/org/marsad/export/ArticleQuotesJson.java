package org.marsad.export;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Reads back the quotes of one line of {@code articles.jsonl} with the fields that cite the
 * article; every other layer is skipped unread. The quotes' offsets are resolved against the
 * article's {@code text} once the whole object is read, since the contract fixes no field order.
 * A quote that cannot be resolved is reported and left out; the others are kept.
 */
final class ArticleQuotesJson {
    private ArticleQuotesJson() {
    }

    /** What entry {@code number} (from 1) of {@code quotes} says, before its offsets are checked against the text. */
    private record Span(int number, int start, int end, String kind, String speaker, String speakerEntity, int[] cue) {
        boolean complete() {
            return start >= 0 && end >= 0 && kind != null && speaker != null;
        }
    }

    /** Reads the object the parser stands at (its start) up to its end. */
    static List<QuoteRecord> read(JsonParser p, Consumer<String> problems) throws IOException {
        String id = null;
        String source = null;
        String outlet = null;
        String headline = null;
        String published = null;
        boolean inferred = false;
        String text = null;
        List<Span> spans = List.of();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String field = p.currentName();
            p.nextToken();
            switch (field) {
                case "id" -> id = JsonFields.string(p, field);
                case "source" -> source = JsonFields.string(p, field);
                case "outlet" -> outlet = JsonFields.string(p, field);
                case "headline" -> headline = JsonFields.string(p, field);
                case "published" -> published = JsonFields.string(p, field);
                case "published_inferred" -> inferred = JsonFields.bool(p, field);
                case "text" -> text = JsonFields.string(p, field);
                case "quotes" -> spans = spans(p, problems);
                default -> p.skipChildren();
            }
        }
        if (spans.isEmpty()) {
            return List.of();
        }
        if (text == null) {
            problems.accept("the article has quotes but no `text`");
            return List.of();
        }
        ArticleHeader article = new ArticleHeader(id, source, outlet, headline, JsonFields.date(published, problems), inferred);
        List<QuoteRecord> quotes = new ArrayList<>(spans.size());
        for (Span s : spans) {
            if (!inside(s.start, s.end, text)) {
                problems.accept("quote " + s.number + " [" + s.start + ", " + s.end + ") lies outside the text ("
                        + text.length() + " characters); skipped");
                continue;
            }
            String cue = null;
            if (s.cue != null && inside(s.cue[0], s.cue[1], text)) {
                cue = text.substring(s.cue[0], s.cue[1]);
            } else if (s.cue != null) {
                problems.accept("the cue of quote " + s.number + " lies outside the text; quote kept without it");
            }
            quotes.add(new QuoteRecord(article, s.start, s.end, s.kind, s.speaker, s.speakerEntity,
                    text.substring(s.start, s.end), cue));
        }
        return quotes;
    }

    private static List<Span> spans(JsonParser p, Consumer<String> problems) throws IOException {
        List<Span> spans = new ArrayList<>();
        if (p.currentToken() == JsonToken.VALUE_NULL) {
            return spans;
        }
        JsonFields.expect(p, JsonToken.START_ARRAY, "quotes", "an array");
        for (int number = 1; p.nextToken() != JsonToken.END_ARRAY; number++) {
            JsonFields.expect(p, JsonToken.START_OBJECT, "quotes", "an array of objects");
            Span s = span(p, number);
            if (s.complete()) {
                spans.add(s);
            } else {
                problems.accept("quote " + number + " lacks one of start, end, kind, speaker; skipped");
            }
        }
        return spans;
    }

    private static Span span(JsonParser p, int number) throws IOException {
        int start = -1;
        int end = -1;
        String kind = null;
        String speaker = null;
        String entity = null;
        int[] cue = null;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String field = p.currentName();
            p.nextToken();
            switch (field) {
                case "start" -> start = JsonFields.integer(p, field);
                case "end" -> end = JsonFields.integer(p, field);
                case "kind" -> kind = JsonFields.string(p, field);
                case "speaker" -> speaker = JsonFields.string(p, field);
                case "speaker_entity" -> entity = JsonFields.string(p, field);
                case "cue" -> cue = JsonFields.pair(p, field);
                default -> p.skipChildren();
            }
        }
        return new Span(number, start, end, kind, speaker, entity, cue);
    }

    private static boolean inside(int start, int end, String text) {
        return 0 <= start && start <= end && end <= text.length();
    }
}
