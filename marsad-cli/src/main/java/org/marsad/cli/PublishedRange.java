package org.marsad.cli;

import java.time.LocalDate;
import picocli.CommandLine.Option;

/** {@code --from} and {@code --to}: the days of publication a command keeps, both included. */
final class PublishedRange {
    @Option(names = "--from", paramLabel = "YYYY-MM-DD", description = "Published on or after this day.")
    LocalDate from;

    @Option(names = "--to", paramLabel = "YYYY-MM-DD", description = "Published on or before this day.")
    LocalDate to;

    /** @throws IllegalArgumentException when the range is empty */
    void check() {
        if (from != null && to != null && from.isAfter(to)) {
            throw new IllegalArgumentException("date range is empty: --from " + from + " is after --to " + to);
        }
    }

    /** Whether a day (null: unknown) is in the range; with neither bound every article is, dated or not. */
    boolean includes(LocalDate day) {
        if (from == null && to == null) {
            return true;
        }
        return day != null && (from == null || !day.isBefore(from)) && (to == null || !day.isAfter(to));
    }
}
