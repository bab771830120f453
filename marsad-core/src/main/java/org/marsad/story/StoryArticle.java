package org.marsad.story;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * What the story layer reads of one analysed article: its metadata, text and the layers the
 * per-article analysis gave it, with entities named by their corpus-level ids. It is read back
 * from the export, so the story layer sees exactly what a user of the export sees.
 *
 * @param published         the publication date, or null when unknown
 * @param publishedInferred whether that date was inferred rather than written
 * @param sentences         sentence spans over {@code text}, in order
 */
public record StoryArticle(String id, String outlet, String headline, LocalDate published, boolean publishedInferred,
        String text, List<Range> sentences, List<Timex> timexes, List<Mention> entities, List<Quote> quotes,
        List<Event> events) {

    public StoryArticle {
        Objects.requireNonNull(id);
        text = text == null ? "" : text;
        sentences = List.copyOf(sentences);
        timexes = List.copyOf(timexes);
        entities = List.copyOf(entities);
        quotes = List.copyOf(quotes);
        events = List.copyOf(events);
    }

    /** {@code [start, end)} of the text. */
    public record Range(int start, int end) {
        public boolean contains(int offset) {
            return start <= offset && offset < end;
        }
    }

    /** A time expression and its TIMEX3 value. */
    public record Timex(int start, int end, String value) {
    }

    /** An entity mention: its type ({@code PER}, {@code ORG}, {@code LOC}, {@code MISC}) and corpus entity id. */
    public record Mention(int start, int end, String type, String entity) {
    }

    /** A quote: what was said, its speaker as named, the speaker's entity (or null) and where the speech verb is (-1 when none). */
    public record Quote(int start, int end, String speaker, String speakerEntity, int cueStart) {
    }

    /**
     * An event: its type and trigger, its sentence, its date (a TIMEX3 value, or null), the entity
     * ids of its participants and place (null when none), and its status ({@code HAPPENED},
     * {@code PLANNED}, {@code POSSIBLE}).
     */
    public record Event(String type, int start, int end, Range sentence, String date, List<String> participants,
            String place, String status) {
        public Event {
            participants = List.copyOf(participants);
        }
    }

    /** Where the body starts: after the headline's paragraph when the text opens with the headline. */
    public int bodyStart() {
        if (headline != null && !headline.isEmpty() && text.startsWith(headline)) {
            return Math.min(text.length(), headline.length());
        }
        return 0;
    }

    /** The text of a span. */
    public String slice(Range r) {
        return text.substring(r.start(), r.end());
    }
}
