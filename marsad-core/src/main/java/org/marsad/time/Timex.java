package org.marsad.time;

import java.util.Objects;
import org.marsad.doc.Span;

/**
 * One temporal expression: its span and its TIMEX3 type and value ({@code 2022-01-12},
 * {@code 2021-W49}, {@code 2021-12}, {@code 2021}, {@code 2021-12-30T20:30Z}, {@code PT2H},
 * {@code P2Y6M}, {@code PAST_REF}, {@code 2022-01-09/2022-01-10}, ...).
 */
public record Timex(int start, int end, Type type, String value) implements Span {

    public enum Type { DATE, TIME, DURATION, SET }

    public Timex {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
        }
        Objects.requireNonNull(type);
        Objects.requireNonNull(value);
    }
}
