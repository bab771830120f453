package org.marsad.entity.article;

import java.util.Objects;
import org.marsad.doc.Span;
import org.marsad.entity.EntityType;

/**
 * One mention of an entity in an article, resolved: its span and type, the article entity it
 * belongs to ({@link ArticleEntity#index()}), and the role written next to it ({@code roleStart}
 * and {@code roleEnd}, or -1 when none). A mention made by a role alone ({@code وأعرب نائب وزير
 * الخارجية الروسي عن أمله}) has its own span as its role and {@code byRole} set.
 */
public record Mention(int start, int end, EntityType type, int entity, int roleStart, int roleEnd, boolean byRole)
        implements Span {
    public Mention {
        Objects.requireNonNull(type);
        if (start < 0 || end <= start || entity < 0) {
            throw new IllegalArgumentException("bad mention [" + start + ", " + end + ") of entity " + entity);
        }
    }

    public boolean hasRole() {
        return roleStart >= 0;
    }
}
