package org.marsad.time;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.temporal.IsoFields;

/**
 * Resolves relative and partial expressions against the anchor date (the publication date):
 * weekdays, days and months without a year, and the ISO week/month/year of relative periods.
 */
final class Anchoring {
    enum Direction { PAST_OR_SAME, PAST, FUTURE_OR_SAME, FUTURE }

    private Anchoring() {
    }

    static LocalDate weekday(LocalDate anchor, int isoDay, Direction dir) {
        int diff = isoDay - anchor.getDayOfWeek().getValue();
        switch (dir) {
            case PAST_OR_SAME:
                return anchor.minusDays(((-diff) % 7 + 7) % 7);
            case PAST:
                int back = ((-diff) % 7 + 7) % 7;
                return anchor.minusDays(back == 0 ? 7 : back);
            case FUTURE_OR_SAME:
                return anchor.plusDays((diff % 7 + 7) % 7);
            default:
                int fwd = (diff % 7 + 7) % 7;
                return anchor.plusDays(fwd == 0 ? 7 : fwd);
        }
    }

    /**
     * The year of a day and month written without one: the occurrence nearest the anchor, or the
     * next/last one when the text says so. Returns null for an impossible date.
     */
    static LocalDate dayMonth(LocalDate anchor, int month, int day, Direction dir) {
        LocalDate best = null;
        for (int y = anchor.getYear() - 1; y <= anchor.getYear() + 1; y++) {
            LocalDate d;
            try {
                d = LocalDate.of(y, month, day);
            } catch (DateTimeException e) {
                continue;
            }
            if ((dir == Direction.FUTURE && d.isBefore(anchor)) || (dir == Direction.PAST && d.isAfter(anchor))) {
                continue;
            }
            if (best == null || Math.abs(d.toEpochDay() - anchor.toEpochDay())
                    < Math.abs(best.toEpochDay() - anchor.toEpochDay())) {
                best = d;
            }
        }
        return best;
    }

    /** The year of a month written without one, nearest the anchor or in the given direction. */
    static int monthYear(LocalDate anchor, int month, Direction dir) {
        int am = anchor.getMonthValue();
        int y = anchor.getYear();
        if (dir == Direction.FUTURE) {
            return month > am ? y : y + 1;
        }
        if (dir == Direction.PAST) {
            return month < am ? y : y - 1;
        }
        if (month - am > 6) {
            return y - 1;
        }
        if (am - month > 6) {
            return y + 1;
        }
        return y;
    }

    static String isoWeek(LocalDate d) {
        return String.format("%d-W%02d", d.get(IsoFields.WEEK_BASED_YEAR), d.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }

    static String month(int year, int month) {
        return String.format("%04d-%02d", year, month);
    }

    static String day(int year, int month, int day) {
        try {
            return LocalDate.of(year, month, day).toString();
        } catch (DateTimeException e) {
            return null;
        }
    }
}
