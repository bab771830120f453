package org.marsad.time;

import java.time.LocalDate;

/** One family of temporal expressions. */
interface Recognizer {
    /** The expression starting at word {@code i}, or null; {@code anchor} may be null. */
    Match match(TimeWords w, int i, LocalDate anchor);
}
