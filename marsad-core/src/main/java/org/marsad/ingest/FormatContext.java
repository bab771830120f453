package org.marsad.ingest;

import java.io.IOException;
import java.io.InputStream;
import org.marsad.doc.Provenance;

/**
 * What an {@link InputFormat} may do with what it reads: hand over articles, reject or skip
 * records with a message naming them, and read a whole record under the article size limit.
 */
public final class FormatContext {

    private final ReadContext ctx;

    FormatContext(ReadContext ctx) {
        this.ctx = ctx;
    }

    /**
     * A context outside a {@link Ingestor#read} call, for records that arrive by other ways
     * (pages fetched from a feed's links) and must still end in the same sink.
     */
    public static FormatContext of(IngestOptions options, ArticleSink sink) {
        return new FormatContext(new ReadContext(options, sink));
    }

    public IngestOptions options() {
        return ctx.options;
    }

    public void accept(RawArticle article) {
        ctx.sink.accept(article);
    }

    public void reject(Provenance record, Rejection.Kind kind, String message) {
        ctx.reject(record, kind, message);
    }

    /** Rejects a record for a failed read, saying whether it was cut short or unreadable. */
    public void reject(Provenance record, IOException e) {
        ctx.reject(record, e);
    }

    /** A record that is not an article (a crawl's revisit, a PDF): counted, not an error. */
    public void skip(Provenance record, String why) {
        ctx.sink.skip(record, why);
    }

    public void warn(Provenance record, String message) {
        ctx.sink.warn(record, message);
    }

    /**
     * The whole of {@code in}, or null when it was rejected (too large for
     * {@code --max-article-size}, unreadable, empty): the rejection has then been made.
     *
     * @param knownSize its size when known before reading, else -1
     */
    public byte[] readWhole(InputStream in, Provenance record, long knownSize) {
        return ctx.readWhole(in, record, knownSize);
    }

    /**
     * {@code in} with its failures put in a user's words: data that ends early makes a
     * {@link Rejection.Kind#TRUNCATED} rejection and corrupt compressed data a
     * {@link Rejection.Kind#MALFORMED} one when read through {@link #readWhole}, instead of an
     * opaque "read failed". Closing it leaves {@code in} open.
     *
     * @param what the data, for messages: "WARC record"
     */
    public InputStream guarded(InputStream in, String what) {
        return new GuardedInputStream(in, what);
    }

    /** What binary data these bytes begin as ("a PDF document"), or null when they look like text. */
    public String binaryKind(byte[] bytes) {
        return BinarySniffer.binaryKind(bytes, Math.min(bytes.length, BinarySniffer.SAMPLE));
    }
}
