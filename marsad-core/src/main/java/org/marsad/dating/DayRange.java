package org.marsad.dating;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.temporal.IsoFields;

/**
 * The calendar days a time expression's value covers, as epoch days (inclusive), so values of
 * different precision ({@code 2021-12-07}, {@code 2021-W49}, {@code 2022-01-09/2022-01-10},
 * {@code 2021-12}) can be compared with each other and with a candidate publication day.
 */
public record DayRange(long first, long last) {

    /** The range of a TIMEX3 value, or null for values that are not on the calendar (durations, refs, XXXX). */
    public static DayRange of(String value) {
        try {
            int slash = value.indexOf('/');
            if (slash > 0) {
                DayRange a = of(value.substring(0, slash));
                DayRange b = of(value.substring(slash + 1));
                return a == null || b == null || b.last < a.first ? null : new DayRange(a.first, b.last);
            }
            int t = value.indexOf('T');
            String date = t > 0 ? value.substring(0, t) : value;
            if (date.length() == 10 && date.charAt(4) == '-' && date.charAt(7) == '-') {
                long d = LocalDate.parse(date).toEpochDay();
                return new DayRange(d, d);
            }
            if (date.length() == 8 && date.startsWith("-W", 4)) {
                LocalDate monday = LocalDate.of(year(date), 6, 1)
                        .with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, Integer.parseInt(date.substring(6)))
                        .with(java.time.DayOfWeek.MONDAY);
                return new DayRange(monday.toEpochDay(), monday.toEpochDay() + 6);
            }
            if (date.length() == 7 && date.charAt(4) == '-') {
                LocalDate first = LocalDate.of(year(date), Integer.parseInt(date.substring(5)), 1);
                return new DayRange(first.toEpochDay(), first.plusMonths(1).toEpochDay() - 1);
            }
            if (date.length() == 4) {
                LocalDate first = LocalDate.of(year(date), 1, 1);
                return new DayRange(first.toEpochDay(), first.plusYears(1).toEpochDay() - 1);
            }
        } catch (NumberFormatException | DateTimeException e) {
            return null;
        }
        return null;
    }

    private static int year(String value) {
        return Integer.parseInt(value.substring(0, 4));
    }

    public long days() {
        return last - first + 1;
    }

    /** Days from {@code day} to the nearest day of this range; 0 inside it. */
    long distanceTo(long day) {
        return day < first ? first - day : day > last ? day - last : 0;
    }

    public boolean overlaps(DayRange other) {
        return first <= other.last && other.first <= last;
    }
}
