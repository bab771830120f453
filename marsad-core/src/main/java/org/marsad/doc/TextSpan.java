package org.marsad.doc;

/** A plain span with no payload: sentences, paragraphs, the headline. */
public record TextSpan(int start, int end) implements Span {
    public TextSpan {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
        }
    }
}
