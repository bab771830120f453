package org.marsad.doc;

import java.time.LocalDate;
import java.util.List;

/**
 * What the cleaner read off an article besides its text. Strings are as written in the source;
 * a null means the article does not say. {@code publishedInferred} is true when the date was not
 * written in the article or its record but inferred (issue 3's temporal engine).
 */
public record ArticleMeta(
        String headline,
        String outlet,
        List<String> agencies,
        String dateline,
        String byline,
        String section,
        LocalDate published,
        boolean publishedInferred,
        LocalDate downloaded,
        String url,
        String language) {

    public ArticleMeta {
        agencies = agencies == null ? List.of() : List.copyOf(agencies);
    }
}
