package org.marsad.export;

import java.time.LocalDate;

/**
 * What a line of {@code articles.jsonl} says about an article, enough to cite it: its id, the
 * input it came from, outlet, headline and publication date (null when unknown), and whether
 * that date was inferred rather than written.
 */
public record ArticleHeader(String id, String source, String outlet, String headline, LocalDate published,
        boolean publishedInferred) {
}
