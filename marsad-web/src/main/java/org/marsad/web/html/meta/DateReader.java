package org.marsad.web.html.meta;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the machine dates pages put in metadata: ISO 8601 in its many real-world shapes
 * ({@code 2019-08-02}, {@code 2019-08-02T10:00:00Z}, {@code +0200} offsets, a space instead of
 * the {@code T}, fractions of seconds), and dates inside URLs ({@code /2019/08/02/}).
 * Free-text dates in the page body are not read: they need language knowledge and are a job
 * for marsad-core's dating.
 */
public final class DateReader {

    /** Earliest year accepted: the web began then, and older years are almost always wrong. */
    static final int MIN_YEAR = 1995;
    /** Latest year accepted, so typos such as 2109 do not pass. */
    static final int MAX_YEAR = 2100;

    private static final Pattern ISO = Pattern.compile(
            "(\\d{4})-(\\d{1,2})-(\\d{1,2})(?:[T ](\\d{1,2}):(\\d{2})(?::(\\d{2})(?:[.,]\\d+)?)?\\s*(Z|[+-]\\d{2}:?\\d{2}|[+-]\\d{2}(?!\\d))?)?");
    private static final Pattern COMPACT = Pattern.compile("^(\\d{4})(\\d{2})(\\d{2})(?:\\D|$)");
    private static final Pattern SLASHED = Pattern.compile("^(\\d{4})/(\\d{1,2})/(\\d{1,2})");
    private static final Pattern IN_URL = Pattern.compile("/((?:19|20)\\d{2})[/_-](\\d{1,2})[/_-](\\d{1,2})(?:[/_-]|\\.html?|$)");

    /** A date and, when the text gave a time with an offset, that instant. */
    public record Found(LocalDate date, OffsetDateTime instant) {
    }

    private DateReader() {
    }

    /** The date a metadata value gives, or null. */
    public static Found read(String value) {
        if (value == null) {
            return null;
        }
        String v = value.strip();
        Matcher m = ISO.matcher(v);
        if (m.find() && m.start() <= 1) {
            LocalDate date = date(m.group(1), m.group(2), m.group(3));
            if (date == null) {
                return null;
            }
            OffsetDateTime instant = null;
            if (m.group(4) != null && m.group(7) != null) {
                try {
                    int second = m.group(6) == null ? 0 : Integer.parseInt(m.group(6));
                    instant = OffsetDateTime.of(date.getYear(), date.getMonthValue(), date.getDayOfMonth(),
                            Integer.parseInt(m.group(4)), Integer.parseInt(m.group(5)), second, 0, offset(m.group(7)));
                } catch (DateTimeException | NumberFormatException e) {
                    instant = null;
                }
            }
            return new Found(date, instant);
        }
        m = SLASHED.matcher(v);
        if (m.find()) {
            LocalDate date = date(m.group(1), m.group(2), m.group(3));
            return date == null ? null : new Found(date, null);
        }
        m = COMPACT.matcher(v);
        if (m.find()) {
            LocalDate date = date(m.group(1), m.group(2), m.group(3));
            return date == null ? null : new Found(date, null);
        }
        return null;
    }

    /** A date spelt in a URL path, or null. */
    public static LocalDate fromUrl(String url) {
        if (url == null) {
            return null;
        }
        Matcher m = IN_URL.matcher(url);
        return m.find() ? date(m.group(1), m.group(2), m.group(3)) : null;
    }

    private static LocalDate date(String y, String mo, String d) {
        try {
            int year = Integer.parseInt(y);
            if (year < MIN_YEAR || year > MAX_YEAR) {
                return null;
            }
            return LocalDate.of(year, Integer.parseInt(mo), Integer.parseInt(d));
        } catch (DateTimeException | NumberFormatException e) {
            return null;
        }
    }

    private static ZoneOffset offset(String text) {
        if (text.equals("Z")) {
            return ZoneOffset.UTC;
        }
        String t = text.replace(":", "");
        int sign = t.charAt(0) == '-' ? -1 : 1;
        int hours = Integer.parseInt(t.substring(1, 3));
        int minutes = t.length() >= 5 ? Integer.parseInt(t.substring(3, 5)) : 0;
        return ZoneOffset.ofHoursMinutes(sign * hours, sign * minutes);
    }
}
