package org.marsad.ingest;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.CodingErrorAction;
import org.marsad.doc.Provenance;

/**
 * What the readers of one {@link Ingestor#read} call share: the options, the sink, and the
 * reusable parsing pieces. Not thread-safe; one per call.
 */
final class ReadContext {

    final IngestOptions options;
    final ArticleSink sink;
    final JsonFactory json;
    final RecordFields fields;
    final ArticleComposer composer;
    final TextDecoder decoder;

    ReadContext(IngestOptions options, ArticleSink sink) {
        this.options = options;
        this.sink = sink;
        this.json = jsonFactory(options.maxArticleBytes());
        this.fields = new RecordFields(options.fields());
        this.composer = new ArticleComposer(options.maxArticleBytes());
        this.decoder = new TextDecoder(options.forcedEncoding());
    }

    /**
     * Jackson buffers each string it is asked for, so it is told a ceiling: twice the article
     * limit (in characters, which never outnumber UTF-8 bytes). A text over the limit but under
     * the ceiling is rejected by the composer alone and the array reads on; only a string over
     * the ceiling makes the parser give up on the rest of its file. Fields no role reads are
     * skipped without buffering, whatever their size. Parsers leave streams open: a zip entry is
     * not theirs to close.
     */
    private static JsonFactory jsonFactory(long maxArticleBytes) {
        int maxChars = (int) Math.min(Integer.MAX_VALUE - 64, Math.max(2 * maxArticleBytes, 64 * 1024));
        return JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder().maxStringLength(maxChars).build())
                .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
                .build();
    }

    /** A parser over a stream: UTF-8 as JSON requires (Jackson skips a BOM), or the forced encoding. */
    JsonParser parser(InputStream in) throws IOException {
        if (options.forcedEncoding() == null) {
            return json.createParser(in);
        }
        return json.createParser(new InputStreamReader(in, options.forcedEncoding().newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)));
    }

    void reject(Provenance record, Rejection.Kind kind, String message) {
        sink.reject(new Rejection(record, kind, message));
    }

    void reject(Provenance record, IOException e) {
        sink.reject(Failures.of(record, e));
    }

    /**
     * Reads a whole record under the article size limit; null when it was rejected (too large,
     * unreadable or empty), the rejection made. A record over the limit is never held whole: only
     * its size is read on, for the message.
     */
    byte[] readWhole(InputStream in, Provenance record, long knownSize) {
        long max = options.maxArticleBytes();
        if (knownSize > max) {
            tooLarge(record, knownSize, max, true);
            return null;
        }
        byte[] bytes;
        try {
            bytes = Bytes.readUpTo(in, (int) max + 1, knownSize);
        } catch (IOException e) {
            reject(record, e);
            return null;
        }
        if (bytes.length > max) {
            long size = bytes.length;
            try {
                size += Bytes.drain(in);
            } catch (IOException e) {
                size = -1;
            }
            tooLarge(record, size, max, size >= 0);
            return null;
        }
        if (bytes.length == 0) {
            reject(record, Rejection.Kind.EMPTY, "empty file");
            return null;
        }
        return bytes;
    }

    private void tooLarge(Provenance record, long size, long max, boolean exact) {
        String what = exact ? IngestOptions.describeBytes(size) : "more than " + IngestOptions.describeBytes(max);
        reject(record, Rejection.Kind.TOO_LARGE, "the article is " + what + ", over the limit of "
                + IngestOptions.describeBytes(max) + "; raise it with " + IngestOptions.MAX_ARTICLE_SIZE_OPTION);
    }
}
