package org.marsad.quote;

import java.util.Objects;
import org.marsad.doc.Span;

/**
 * One thing said, and who said it. The span is what was said: inside the quotation marks for a
 * direct quote, the reported clause for an indirect one. {@code cueStart}/{@code cueEnd} bound the
 * speech verb or attribution phrase ({@code قال}, {@code وفقا له}, {@code جاء في بيان}).
 */
public record Quote(int start, int end, Kind kind, int cueStart, int cueEnd, Speaker speaker) implements Span {

    public enum Kind { DIRECT, INDIRECT }

    public Quote {
        Objects.requireNonNull(kind);
        Objects.requireNonNull(speaker);
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("bad quote span [" + start + ", " + end + ")");
        }
    }

    Quote withEnd(int newEnd) {
        return new Quote(start, newEnd, kind, cueStart, cueEnd, speaker);
    }
}
