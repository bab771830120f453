package org.marsad.event;

import java.util.List;
import java.util.Objects;
import org.marsad.doc.Span;

/**
 * One event an article tells of, as a span over its text: the word or phrase that names it (its
 * trigger), the sentence it comes from, and what the sentence says of it. Other stages may make
 * events too (the quotes stage makes the statements), so the record is built from plain values.
 *
 * @param type          what kind of event
 * @param start         where the trigger starts
 * @param end           where it ends
 * @param sentenceStart where its sentence starts
 * @param sentenceEnd   where its sentence ends
 * @param date          a TIMEX3 value ({@code 2022-01-12}, {@code 2021-W49}, {@code 2021-12-30T20:30Z},
 *                      {@code 2022-01-09/2022-01-10}) from a time expression of the sentence, or null
 * @param participants  the article entities taking part ({@code Mention.entity()} values), in text order
 * @param place         the article entity of the place it happens, or -1
 * @param status        whether it happened, is planned, or is only threatened
 */
public record Event(EventType type, int start, int end, int sentenceStart, int sentenceEnd, String date,
        List<Integer> participants, int place, EventStatus status) implements Span {

    public static final int NO_PLACE = -1;

    public Event {
        Objects.requireNonNull(type);
        Objects.requireNonNull(status);
        participants = List.copyOf(participants);
        if (start < 0 || end <= start || sentenceStart > start || end > sentenceEnd) {
            throw new IllegalArgumentException("bad event [" + start + ", " + end + ") in sentence ["
                    + sentenceStart + ", " + sentenceEnd + ")");
        }
        if (place < NO_PLACE) {
            throw new IllegalArgumentException("bad place " + place);
        }
    }

    public boolean hasPlace() {
        return place != NO_PLACE;
    }
}
