package org.marsad.entity;

import java.util.Objects;
import org.marsad.doc.Span;

/**
 * One mention of a named entity: a span of the document text and its type. The span starts after
 * any conjunction or preposition glued to the name ({@code وبغداد} gives {@code بغداد}) but keeps
 * its article ({@code بالرياض} gives {@code الرياض}).
 */
public record EntityMention(int start, int end, EntityType type) implements Span {
    public EntityMention {
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("bad mention [" + start + ", " + end + ")");
        }
        Objects.requireNonNull(type);
    }
}
