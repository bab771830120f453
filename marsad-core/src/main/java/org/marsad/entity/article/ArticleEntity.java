package org.marsad.entity.article;

import java.util.List;
import org.marsad.doc.Span;
import org.marsad.entity.EntityType;

/**
 * One entity as an article speaks of it: every mention that names the same person, organisation
 * or place. Its span is its first mention's; {@code name} is its fullest written form, {@code
 * forms} every form written, {@code roles} every role given to it, all as they appear in the text.
 */
public record ArticleEntity(int start, int end, int index, EntityType type, String name, List<String> forms,
        List<String> roles) implements Span {
    public ArticleEntity {
        forms = List.copyOf(forms);
        roles = List.copyOf(roles);
    }
}
