package org.marsad.web.html;

import java.nio.charset.Charset;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * An article read from an HTML page: its headline, its text (one paragraph per line), and what
 * the page says about it. Fields the page does not give are null (authors empty);
 * {@code publishedAt} is set only when the page gave the time with a UTC offset.
 */
public record WebArticle(String title, String body, List<String> authors, LocalDate published,
        OffsetDateTime publishedAt, LocalDate modified, String siteName, String language, String url,
        String description, Charset charset) {

    public WebArticle {
        authors = authors == null ? List.of() : List.copyOf(authors);
    }

    /** The authors as one line, or null when the page names none. */
    public String author() {
        return authors.isEmpty() ? null : String.join(", ", authors);
    }
}
