package org.marsad.quote;

import java.util.Objects;

/**
 * Who said a quote: {@code name} is the fullest name the article gives the speaker (or, for an
 * unnamed source, the phrase that describes it: {@code مصدر في الإدارة الرئاسية الروسية});
 * {@code entity} the article entity ({@link org.marsad.entity.article.ArticleEntity#index()}), or
 * -1 for an unnamed source; {@code start}/{@code end} where the text names it for this quote (for a
 * continuation, {@code وأضاف}, where it was named before).
 */
public record Speaker(String name, int entity, int start, int end) {
    public Speaker {
        Objects.requireNonNull(name);
    }

    public boolean isNamed() {
        return entity >= 0;
    }
}
