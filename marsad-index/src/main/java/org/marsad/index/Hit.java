package org.marsad.index;

import java.time.LocalDate;

/**
 * One ranked article. {@code snippet} is raw article text, not HTML: up to two passages joined by
 * {@code " … "}, matched words between {@link #MARK_START} and {@link #MARK_END}; a renderer must
 * escape the text and then turn the markers into its own emphasis. {@code score} is NaN when the
 * request was ordered by date; {@code headline}, {@code outlet} and {@code published} are null when
 * the article has none.
 */
public record Hit(String id, String source, String headline, String outlet, LocalDate published, float score,
        String snippet) {
    public static final String MARK_START = "<mark>";
    public static final String MARK_END = "</mark>";
}
