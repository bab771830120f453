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

    /** The index of the first of {@code spans} (in text order) that ends after {@code offset}. */
    static int firstEndingAfter(java.util.List<? extends Span> spans, int offset) {
        int lo = 0;
        int hi = spans.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (spans.get(mid).end() <= offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
