package org.marsad.ingest;

import org.marsad.doc.Provenance;

/**
 * Receives what ingestion reads, one record at a time, so any corpus streams through in bounded
 * memory. Every record read ends in exactly one call: {@link #accept}, {@link #reject} or {@link #skip}.
 */
public interface ArticleSink {
    void accept(RawArticle article);

    void reject(Rejection rejection);

    /**
     * A record was read but something about it deserves a word (decoded from a legacy
     * encoding, stray NUL bytes). The record itself still arrives through {@link #accept}.
     */
    default void warn(Provenance record, String message) {
    }

    /**
     * A record was read that is not an article (a crawl's revisit record, a PDF in a WARC). It
     * ends in this call instead of {@link #accept} or {@link #reject}; runs count it apart.
     */
    default void skip(Provenance record, String why) {
    }
}
