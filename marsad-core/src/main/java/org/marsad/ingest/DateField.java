package org.marsad.ingest;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/**
 * Reads the dates records carry, leniently: {@code 2015-07-21 12:32:07}, {@code 2015-07-21},
 * {@code 2015-07-21T12:32:07+03:00}, {@code 2015/07/21}, {@code 21/07/2015}, RFC 1123
 * ({@code Tue, 21 Jul 2015 12:32:07 GMT}) and epoch seconds or milliseconds.
 *
 * <p>The date is the one written, in the record's own zone: a time of 23:30+03:00 stays on its
 * day, because that is the day the outlet published on. Only a bare epoch number is read as UTC.
 */
final class DateField {

    private DateField() {
    }

    /** The date, or null when the value is not a date this class can read without guessing. */
    static LocalDate parse(String value) {
        if (value == null) {
            return null;
        }
        String s = value.trim();
        if (s.isEmpty()) {
            return null;
        }
        if (allDigits(s)) {
            return fromEpoch(s);
        }
        LocalDate date = yearFirst(s);
        if (date == null) {
            date = dayFirst(s);
        }
        if (date == null && Character.isLetter(s.charAt(0))) {
            date = rfc1123(s);
        }
        return date;
    }

    /** {@code yyyy-mm-dd}, with - / or . between, then nothing, a time, or a zone. */
    private static LocalDate yearFirst(String s) {
        if (s.length() < 8 || !digits(s, 0, 4)) {
            return null;
        }
        char sep = s.charAt(4);
        if (sep != '-' && sep != '/' && sep != '.') {
            return null;
        }
        int monthEnd = s.indexOf(sep, 5);
        if (monthEnd < 0) {
            return null;
        }
        int dayEnd = monthEnd + 1;
        while (dayEnd < s.length() && Character.isDigit(s.charAt(dayEnd))) {
            dayEnd++;
        }
        if (!endsCleanly(s, dayEnd)) {
            return null;
        }
        return of(s.substring(0, 4), s.substring(5, monthEnd), s.substring(monthEnd + 1, dayEnd));
    }

    /**
     * {@code dd/mm/yyyy}, the usual order in Arabic outlets. Read only when it cannot be the
     * American {@code mm/dd/yyyy}: one of the first two numbers must be over 12, else null.
     */
    private static LocalDate dayFirst(String s) {
        int first = s.indexOf('/');
        int second = first < 0 ? -1 : s.indexOf('/', first + 1);
        if (first < 1 || second < 0 || second + 5 > s.length() || !digits(s, second + 1, second + 5)
                || !endsCleanly(s, second + 5)) {
            return null;
        }
        String a = s.substring(0, first);
        String b = s.substring(first + 1, second);
        if (!digits(a, 0, a.length()) || !digits(b, 0, b.length()) || a.isEmpty() || b.isEmpty()) {
            return null;
        }
        int x = Integer.parseInt(a);
        int y = Integer.parseInt(b);
        String year = s.substring(second + 1, second + 5);
        if (x > 12 && y <= 12) {
            return of(year, b, a);
        }
        if (y > 12 && x <= 12) {
            return of(year, a, b);
        }
        return null;
    }

    private static LocalDate rfc1123(String s) {
        try {
            return ZonedDateTime.parse(s, DateTimeFormatter.RFC_1123_DATE_TIME).toLocalDate();
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static LocalDate fromEpoch(String s) {
        if (s.length() < 9 || s.length() > 13) {
            return null; // 8 digits is yyyymmdd more often than 1973; not worth the guess
        }
        long n = Long.parseLong(s);
        Instant instant = s.length() >= 12 ? Instant.ofEpochMilli(n) : Instant.ofEpochSecond(n);
        return instant.atZone(ZoneOffset.UTC).toLocalDate();
    }

    private static LocalDate of(String year, String month, String day) {
        if (month.isEmpty() || month.length() > 2 || day.isEmpty() || day.length() > 2
                || !digits(month, 0, month.length()) || !digits(day, 0, day.length())) {
            return null;
        }
        try {
            return LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day));
        } catch (DateTimeException e) {
            return null;
        }
    }

    /** After the date: the end, a time ({@code T}, a space), or a zone ({@code Z}, +hh:mm). */
    private static boolean endsCleanly(String s, int at) {
        if (at >= s.length()) {
            return true;
        }
        char c = s.charAt(at);
        return c == 'T' || c == ' ' || c == 'Z' || c == '+' || c == ',';
    }

    private static boolean allDigits(String s) {
        return digits(s, 0, s.length());
    }

    private static boolean digits(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }
}
