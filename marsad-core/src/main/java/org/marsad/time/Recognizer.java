package org.marsad.time;

import java.time.LocalDate;

/** One family of temporal expressions. */
interface Recognizer {
    /** The expression starting at word {@code i}, or null; {@code anchor} may be null. */
    Match match(TimeWords w, int i, LocalDate anchor);

    /**
     * The keys (normalised, clitics stripped) a match of this family can start with; words with
     * digits and month names always start a try. The tagger asks no recogniser at other words.
     */
    java.util.Set<String> starts();
}
