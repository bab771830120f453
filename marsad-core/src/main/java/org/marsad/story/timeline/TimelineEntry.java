package org.marsad.story.timeline;

import java.util.List;

/**
 * One real-world event on a story's timeline, however many articles tell it.
 *
 * @param date         a TIMEX3 date value: a day, a span of days, a week, a month or a year
 * @param dateInferred true when every source dates it only through an inferred publication date
 * @param summary      one sentence from the sources that tells it
 * @param place        the place's entity id, or null
 * @param status       {@code HAPPENED} when any source says it happened, else {@code PLANNED} or {@code POSSIBLE}
 * @param sources      every telling of it, each citing its sentence
 */
public record TimelineEntry(String date, boolean dateInferred, String type, String summary,
        List<String> participants, String place, String status, List<Source> sources) {

    /** A citation: the article and the character offsets of the sentence. */
    public record Source(String article, int start, int end) {
    }
}
