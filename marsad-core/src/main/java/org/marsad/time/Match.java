package org.marsad.time;

/** What a recogniser found: the words {@code [start, end)} of the sentence, type and value. */
record Match(int start, int end, Timex.Type type, String value) {
}
