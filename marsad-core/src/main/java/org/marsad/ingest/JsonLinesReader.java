package org.marsad.ingest;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CodingErrorAction;
import org.marsad.doc.Provenance;

/**
 * Reads JSON Lines: one record a line, numbered by its line. Each line is parsed on its own,
 * so a malformed line costs that line only; blank lines are not records.
 */
final class JsonLinesReader {

    private final ReadContext ctx;

    JsonLinesReader(ReadContext ctx) {
        this.ctx = ctx;
    }

    void read(InputStream in, String input) {
        // Room for the article plus its metadata, and for \\uXXXX escapes (6 bytes per letter).
        long max = ctx.options.maxArticleBytes();
        int maxLine = (int) Math.min(IngestOptions.HARD_MAX_ARTICLE_BYTES, max * 4 + (1 << 20));
        LineReader lines = new LineReader(in, maxLine);
        int records = 0;
        try {
            while (lines.next()) {
                Provenance record = new Provenance(input, Integer.toString(lines.number()));
                if (lines.tooLong()) {
                    records++;
                    ctx.reject(record, Rejection.Kind.TOO_LARGE, "the line is "
                            + IngestOptions.describeBytes(lines.fullLength()) + ", over the limit of "
                            + IngestOptions.describeBytes(maxLine) + " for a line; raise "
                            + IngestOptions.MAX_ARTICLE_SIZE_OPTION);
                    continue;
                }
                int from = lines.number() == 1 ? bomLength(lines.bytes(), lines.length()) : 0;
                if (isBlank(lines.bytes(), from, lines.length())) {
                    continue;
                }
                records++;
                readLine(record, lines.bytes(), from, lines.length());
            }
        } catch (IOException e) {
            records++;
            ctx.reject(new Provenance(input, Integer.toString(lines.numberInProgress())), e);
        }
        if (records == 0) {
            ctx.reject(Provenance.ofFile(input), Rejection.Kind.EMPTY, "no records (only blank lines)");
        }
    }

    private void readLine(Provenance record, byte[] bytes, int from, int to) {
        try (JsonParser p = parser(bytes, from, to)) {
            JsonToken t = p.nextToken();
            if (t != JsonToken.START_OBJECT) {
                ctx.reject(record, Rejection.Kind.MALFORMED, "the line holds a JSON " + describe(t)
                        + ", not an object");
                return;
            }
            ctx.fields.read(p);
            if (p.nextToken() != null) {
                ctx.reject(record, Rejection.Kind.MALFORMED, "more after the object at column "
                        + p.currentLocation().getColumnNr() + " (two records on one line?)");
                return;
            }
        } catch (JsonProcessingException e) {
            ctx.sink.reject(new Rejection(record, Failures.jsonKind(e), Failures.jsonMessage(e, false)));
            return;
        } catch (IOException e) {
            ctx.reject(record, e);
            return;
        }
        ctx.composer.compose(record, ctx.fields, ctx.sink);
    }

    private JsonParser parser(byte[] bytes, int from, int to) throws IOException {
        if (ctx.options.forcedEncoding() == null) {
            return ctx.json.createParser(bytes, from, to - from);
        }
        // Strict, so a wrong --encoding shows up as ENCODING rejections rather than as U+FFFD.
        return ctx.json.createParser(ctx.options.forcedEncoding().newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(bytes, from, to - from)).toString());
    }

    static String describe(JsonToken t) {
        if (t == null) {
            return "nothing";
        }
        return switch (t) {
            case START_ARRAY -> "array";
            case VALUE_STRING -> "string";
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "number";
            case VALUE_TRUE, VALUE_FALSE -> "boolean";
            case VALUE_NULL -> "null";
            default -> t.name();
        };
    }

    static int bomLength(byte[] b, int n) {
        return n >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF ? 3 : 0;
    }

    private static boolean isBlank(byte[] b, int from, int to) {
        for (int i = from; i < to; i++) {
            if (b[i] != ' ' && b[i] != '\t' && b[i] != '\r') {
                return false;
            }
        }
        return true;
    }
}
