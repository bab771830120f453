package org.marsad.story.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.dating.DayRange;

class TimelineBuilderTest {
    private final TimelineBuilder builder = new TimelineBuilder();

    private static EventMention told(String article, String type, String date, List<String> parties, String place,
            String status, boolean inferred) {
        return new EventMention(article, type, date, DayRange.of(date), inferred, parties, place, status, 10, 40,
                "sentence of " + article + " " + parties);
    }

    private static EventMention told(String article, String type, String date, List<String> parties, String place) {
        return told(article, type, date, parties, place, "HAPPENED", false);
    }

    @Test
    void oneEventToldByTwoArticlesIsOneEntryCitingBoth() {
        List<TimelineEntry> t = builder.build(List.of(
                told("a", "CALL", "2021-W49", List.of("e1", "e2"), null),
                told("b", "CALL", "2021-12-07", List.of("e2", "e1"), null)));
        assertEquals(1, t.size(), t.toString());
        assertEquals("2021-12-07", t.get(0).date(), "the most precise date");
        assertEquals(List.of("a", "b"), t.get(0).sources().stream().map(TimelineEntry.Source::article).sorted().toList());
    }

    @Test
    void meetingsOnOneDayWithOtherPartiesOrInOtherCitiesStayApart() {
        List<TimelineEntry> t = builder.build(List.of(
                told("a", "MEETING", "2022-01-12", List.of("e1"), "p1"),
                told("b", "MEETING", "2022-01-12", List.of("e3"), "p2"),
                told("c", "MEETING", "2022-01-12", List.of("e4"), null)));
        assertEquals(3, t.size(), t.toString());
    }

    @Test
    void aSharedPlaceOrAMentionThatNamesNoPartiesJoinsTheEvent() {
        List<TimelineEntry> t = builder.build(List.of(
                told("a", "MEETING", "2022-01-09/2022-01-10", List.of("russia", "usa"), "geneva"),
                told("b", "MEETING", "2022-01-10", List.of("washington"), "geneva", "PLANNED", false),
                told("c", "MEETING", "2022-01-10", List.of(), "geneva", "PLANNED", false),
                told("d", "MEETING", "2022-01-10", List.of(), null, "PLANNED", false)));
        assertEquals(1, t.size(), t.toString());
        assertEquals("HAPPENED", t.get(0).status(), "one source says it happened");
        assertEquals("geneva", t.get(0).place());
    }

    @Test
    void differentTypesAndDaysAreDifferentEntriesInDateOrder() {
        List<TimelineEntry> t = builder.build(List.of(
                told("a", "MILITARY", "2022-01-11", List.of(), null),
                told("a", "CALL", "2021-12-30", List.of("e1"), null),
                told("a", "CALL", "2022-02-12", List.of("e1"), null),
                told("a", "MEETING", "1997", List.of("e1"), null),
                told("a", "MEETING", "2021-12-30T20:30Z", List.of("e1"), null)));
        assertEquals(List.of("1997", "2021-12-30", "2021-12-30", "2022-01-11", "2022-02-12"),
                t.stream().map(TimelineEntry::date).toList(), "a time of day is placed on its day");
    }

    @Test
    void anEntryIsFlaggedInferredOnlyWhenEverySourceDatesItByAnInferredDate() {
        List<TimelineEntry> one = builder.build(List.of(
                told("a", "CALL", "2021-12-30", List.of("e1"), null, "HAPPENED", true),
                told("b", "CALL", "2021-12-30", List.of("e1"), null, "HAPPENED", true)));
        assertTrue(one.get(0).dateInferred());
        List<TimelineEntry> other = builder.build(List.of(
                told("a", "CALL", "2021-12-30", List.of("e1"), null, "HAPPENED", true),
                told("b", "CALL", "2021-12-30", List.of("e1"), null, "HAPPENED", false)));
        assertFalse(other.get(0).dateInferred());
    }

    @Test
    void undatedAndVagueMentionsPlaceNothing() {
        assertTrue(builder.build(List.of(
                told("a", "CALL", "PAST_REF", List.of("e1"), null),
                told("a", "CALL", "199", List.of("e1"), null))).isEmpty());
    }
}
