package org.marsad.ingest;

import java.io.IOException;
import java.io.InputStream;
import org.marsad.doc.Provenance;

/** Reads a plain-text input: the whole input is one article, decoded by {@link TextDecoder}. */
final class TextArticleReader {

    private final ReadContext ctx;

    TextArticleReader(ReadContext ctx) {
        this.ctx = ctx;
    }

    /** @param knownSize the size when known in advance (a file, a zip entry), or -1 */
    void read(InputStream in, String input, long knownSize) {
        Provenance record = Provenance.ofFile(input);
        long max = ctx.options.maxArticleBytes();
        if (knownSize > max) {
            tooLarge(record, knownSize, max, true);
            return;
        }
        byte[] bytes;
        try {
            bytes = Bytes.readUpTo(in, (int) max + 1, knownSize);
            if (bytes.length > max) {
                // Only the size is wanted now; reading on costs time, never memory.
                long size = bytes.length;
                try {
                    size += Bytes.drain(in);
                } catch (IOException e) {
                    size = -1;
                }
                tooLarge(record, size, max, size >= 0);
                return;
            }
        } catch (IOException e) {
            ctx.reject(record, e);
            return;
        }
        if (bytes.length == 0) {
            ctx.reject(record, Rejection.Kind.EMPTY, "empty file");
            return;
        }
        TextDecoder.Decoded decoded = ctx.decoder.decode(bytes, bytes.length);
        if (decoded.failure() != null) {
            ctx.reject(record, decoded.failure(), decoded.message());
            return;
        }
        String text = decoded.text();
        if (TextMeasures.isBlank(text)) {
            ctx.reject(record, Rejection.Kind.EMPTY, "only whitespace");
            return;
        }
        if (decoded.warning() != null) {
            ctx.sink.warn(record, decoded.warning());
        }
        int nuls = TextMeasures.countNuls(text);
        if (nuls > 0) {
            ctx.sink.warn(record, TextMeasures.nulWarning(nuls));
        }
        ctx.sink.accept(RawArticle.ofText(record, text));
    }

    private void tooLarge(Provenance record, long size, long max, boolean exact) {
        String what = exact ? IngestOptions.describeBytes(size) : "more than " + IngestOptions.describeBytes(max);
        ctx.reject(record, Rejection.Kind.TOO_LARGE, "the article is " + what + ", over the limit of "
                + IngestOptions.describeBytes(max) + "; raise it with " + IngestOptions.MAX_ARTICLE_SIZE_OPTION);
    }
}
