package org.marsad.entity.role;

import org.marsad.doc.Span;

/**
 * A title or function written next to a person's name: the span of the role phrase and the span
 * of the name it belongs to ({@code نائب وزير الخارجية الروسي} for {@code سيرغي ريابكوف}).
 */
public record Role(int start, int end, int holderStart, int holderEnd) implements Span {
    public Role {
        if (start < 0 || end <= start || holderStart < 0 || holderEnd <= holderStart) {
            throw new IllegalArgumentException("bad role [" + start + ", " + end + ") of [" + holderStart + ", " + holderEnd + ")");
        }
    }
}
