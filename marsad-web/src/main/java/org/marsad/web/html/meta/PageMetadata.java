package org.marsad.web.html.meta;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * What a page says about itself. Every field may be null (authors empty) when the page does
 * not say; {@code publishedAt} is set only when the page gave a time with a UTC offset.
 */
public record PageMetadata(String title, List<String> authors, LocalDate published, OffsetDateTime publishedAt,
        LocalDate modified, String siteName, String language, String canonicalUrl, String description) {
}
