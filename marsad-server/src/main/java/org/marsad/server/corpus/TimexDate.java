package org.marsad.server.corpus;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;

/**
 * A timeline date (a TIMEX3 value: a day, a span of days, an ISO week, a month, a year) as the
 * days it covers and how precise it is, so a chart can draw a day as a point and a month as a bar.
 */
public record TimexDate(String value, LocalDate start, LocalDate end, Precision precision) {
    public enum Precision { DAY, DAYS, WEEK, MONTH, YEAR }

    /** Null when the value is not a date marsad writes ({@code PAST_REF}, a time of day, ...). */
    public static TimexDate parse(String value) {
        if (value == null) {
            return null;
        }
        try {
            if (value.matches("\\d{4}-\\d{2}-\\d{2}/\\d{4}-\\d{2}-\\d{2}")) {
                String[] ends = value.split("/");
                return new TimexDate(value, LocalDate.parse(ends[0]), LocalDate.parse(ends[1]), Precision.DAYS);
            }
            if (value.matches("\\d{4}-\\d{2}-\\d{2}")) {
                LocalDate d = LocalDate.parse(value);
                return new TimexDate(value, d, d, Precision.DAY);
            }
            if (value.matches("\\d{4}-W\\d{2}")) {
                LocalDate monday = LocalDate.of(Integer.parseInt(value.substring(0, 4)), 1, 4)
                        .with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, Integer.parseInt(value.substring(6)))
                        .with(TemporalAdjusters.previousOrSame(java.time.DayOfWeek.MONDAY));
                return new TimexDate(value, monday, monday.plusDays(6), Precision.WEEK);
            }
            if (value.matches("\\d{4}-\\d{2}")) {
                YearMonth m = YearMonth.parse(value);
                return new TimexDate(value, m.atDay(1), m.atEndOfMonth(), Precision.MONTH);
            }
            if (value.matches("\\d{4}")) {
                int y = Integer.parseInt(value);
                return new TimexDate(value, LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31), Precision.YEAR);
            }
        } catch (java.time.DateTimeException e) {
            return null;
        }
        return null;
    }
}
