package org.marsad.dating;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DayRangeTest {
    private static long day(String iso) {
        return LocalDate.parse(iso).toEpochDay();
    }

    @Test
    void readsEveryCalendarPrecision() {
        assertEquals(new DayRange(day("2021-12-07"), day("2021-12-07")), DayRange.of("2021-12-07"));
        assertEquals(new DayRange(day("2021-12-30"), day("2021-12-30")), DayRange.of("2021-12-30T20:30Z"));
        assertEquals(new DayRange(day("2021-12-06"), day("2021-12-12")), DayRange.of("2021-W49"));
        assertEquals(new DayRange(day("2022-01-09"), day("2022-01-10")), DayRange.of("2022-01-09/2022-01-10"));
        assertEquals(new DayRange(day("2021-02-01"), day("2021-02-28")), DayRange.of("2021-02"));
        assertEquals(365, DayRange.of("2021").days());
    }

    @Test
    void valuesOffTheCalendarHaveNoRange() {
        assertNull(DayRange.of("PAST_REF"));
        assertNull(DayRange.of("PT2H"));
        assertNull(DayRange.of("XXXX-12-07"));
        assertNull(DayRange.of("2021-13-01"));
        assertNull(DayRange.of("2022-01-10/2022-01-09"));
    }

    @Test
    void distanceIsZeroInsideAndCountsToTheNearestEnd() {
        DayRange week = DayRange.of("2021-W49");
        assertEquals(0, week.distanceTo(day("2021-12-08")));
        assertEquals(3, week.distanceTo(day("2021-12-15")));
        assertEquals(1, week.distanceTo(day("2021-12-05")));
        assertTrue(week.overlaps(DayRange.of("2021-12-07")));
        assertFalse(week.overlaps(DayRange.of("2021-12-30")));
    }
}
