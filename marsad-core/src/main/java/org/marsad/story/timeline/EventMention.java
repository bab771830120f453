package org.marsad.story.timeline;

import java.util.List;
import org.marsad.dating.DayRange;

/**
 * One article's telling of an event, as the timeline sees it: its type, date, parties and
 * place (corpus entity ids), status, and the sentence that tells it, to cite and to quote.
 *
 * @param date         the TIMEX3 value the article gives
 * @param days         the calendar days that value covers
 * @param dateInferred whether the date rests on a publication date that was inferred
 * @param place        the place's entity id, or null
 * @param sentence     the sentence's text, to summarise the entry with
 */
public record EventMention(String article, String type, String date, DayRange days, boolean dateInferred,
        List<String> participants, String place, String status, int start, int end, String sentence) {
    public EventMention {
        participants = List.copyOf(participants);
    }

    public boolean happened() {
        return "HAPPENED".equals(status);
    }
}
