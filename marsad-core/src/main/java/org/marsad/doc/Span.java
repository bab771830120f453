package org.marsad.doc;

/**
 * A half-open range {@code [start, end)} of UTF-16 code units over a {@link Doc}'s text.
 * Every annotation layer is made of spans, so any fact can be traced back to its characters.
 */
public interface Span {
    int start();

    int end();

    default int length() {
        return end() - start();
    }

    default boolean overlaps(Span other) {
        return start() < other.end() && other.start() < end();
    }

    default boolean contains(Span other) {
        return start() <= other.start() && other.end() <= end();
    }

    default String textIn(CharSequence text) {
        return text.subSequence(start(), end()).toString();
    }
}
