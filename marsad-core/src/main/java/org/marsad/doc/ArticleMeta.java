package org.marsad.doc;

import java.time.LocalDate;
import java.util.List;

/**
 * What the cleaner read off an article besides its text. Strings are as written in the source;
 * a null means the article does not say. {@code publishedInferred} is true when the date was not
 * written in the article or its record but inferred from what the article (and the corpus) says;
 * {@code publishedConfidence} is then how sure the inference is, in [0, 1] (1 for a written date).
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
        double publishedConfidence,
        LocalDate downloaded,
        String url,
        String language) {

    public ArticleMeta {
        agencies = agencies == null ? List.of() : List.copyOf(agencies);
        if (publishedConfidence < 0 || publishedConfidence > 1) {
            throw new IllegalArgumentException("confidence out of [0, 1]: " + publishedConfidence);
        }
    }

    /** Metadata whose publication date, if any, was written in the article or its record. */
    public ArticleMeta(String headline, String outlet, List<String> agencies, String dateline, String byline,
                       String section, LocalDate published, boolean publishedInferred, LocalDate downloaded,
                       String url, String language) {
        this(headline, outlet, agencies, dateline, byline, section, published, publishedInferred,
                published == null ? 0 : 1, downloaded, url, language);
    }

    /** The same metadata with a publication date inferred rather than read. */
    public ArticleMeta withInferredPublished(LocalDate date, double confidence) {
        return new ArticleMeta(headline, outlet, agencies, dateline, byline, section, date, true, confidence,
                downloaded, url, language);
    }

    /** The same metadata with a publication date given from outside (by the user), not inferred. */
    public ArticleMeta withGivenPublished(LocalDate date) {
        return new ArticleMeta(headline, outlet, agencies, dateline, byline, section, date, false, 1,
                downloaded, url, language);
    }

    /** Whether the publication date was written in the article or its record (or given by the user). */
    public boolean hasWrittenDate() {
        return published != null && !publishedInferred;
    }
}
