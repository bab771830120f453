package org.marsad.web.fetch;

import java.net.http.HttpHeaders;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Random;
import java.util.function.LongSupplier;

/**
 * How long to wait before trying again: exponential back-off with "equal jitter" (half the
 * doubled wait, plus a random part of the other half), so clients that failed together do not
 * come back together; or what the server's {@code Retry-After} asks.
 */
final class Backoff {

    private final Duration first;
    private final Duration max;
    private final Random random;

    Backoff(Duration first, Duration max, Random random) {
        this.first = first;
        this.max = max;
        this.random = random;
    }

    /** The wait before retry number {@code retry} (0 for the first). */
    Duration before(int retry) {
        long full = Math.min(max.toMillis(), first.toMillis() << Math.min(retry, 20));
        long half = full / 2;
        return Duration.ofMillis(half + (half > 0 ? (long) (random.nextDouble() * half) : 0));
    }

    /**
     * The wait a {@code Retry-After} header asks for (seconds, or an HTTP date), or null when
     * there is none or it cannot be read.
     *
     * @param epochMillis now, for a date
     */
    static Duration retryAfter(HttpHeaders headers, LongSupplier epochMillis) {
        String value = headers.firstValue("Retry-After").map(String::strip).orElse(null);
        if (value == null || value.isEmpty()) {
            return null;
        }
        try {
            return Duration.ofSeconds(Math.max(0, Long.parseLong(value)));
        } catch (NumberFormatException e) {
            // not seconds: an HTTP date
        }
        try {
            ZonedDateTime at = ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME);
            return Duration.ofMillis(Math.max(0, at.toInstant().toEpochMilli() - epochMillis.getAsLong()));
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
