package org.marsad.ingest;

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
        byte[] bytes = ctx.readWhole(in, record, knownSize);
        if (bytes == null) {
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
}
