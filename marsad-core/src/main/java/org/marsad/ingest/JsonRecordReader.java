package org.marsad.ingest;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.InputStream;
import org.marsad.doc.Provenance;

/**
 * Reads a JSON document record by record with the streaming parser, never the whole array at
 * once: an array of objects (SaudiNewsNet, news-please dumps), a single object, or several
 * root values one after another. Records are numbered from 1 across the file.
 *
 * <p>Unlike JSON Lines, a syntax error leaves no safe place to resume, so the records before it
 * are kept and the rest of the file is rejected once, with the parser's line and column.
 */
final class JsonRecordReader {

    private final ReadContext ctx;

    JsonRecordReader(ReadContext ctx) {
        this.ctx = ctx;
    }

    void read(InputStream in, String input) {
        int records = 0;
        boolean inRecord = false;
        try (JsonParser p = ctx.parser(in)) {
            JsonToken t;
            while ((t = p.nextToken()) != null) {
                if (t == JsonToken.START_ARRAY) {
                    while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
                        records++;
                        inRecord = true;
                        readValue(p, t, new Provenance(input, Integer.toString(records)));
                        inRecord = false;
                    }
                } else {
                    records++;
                    inRecord = true;
                    readValue(p, t, new Provenance(input, Integer.toString(records)));
                    inRecord = false;
                }
            }
        } catch (IOException e) {
            // the record being read, or else the one that was due next
            int failed = inRecord ? records : records + 1;
            Rejection r = Failures.of(new Provenance(input, Integer.toString(failed)), e);
            ctx.sink.reject(new Rejection(r.record(), r.kind(), r.message()
                    + "; the rest of the file was not read (" + (failed - 1)
                    + (failed == 2 ? " record before it was)" : " records before it were)")));
            return;
        }
        if (records == 0) {
            ctx.reject(Provenance.ofFile(input), Rejection.Kind.EMPTY, "no records (an empty JSON array)");
        }
    }

    /** One element: an object becomes an article or a rejection; anything else a rejection. */
    private void readValue(JsonParser p, JsonToken t, Provenance record) throws IOException {
        if (t != JsonToken.START_OBJECT) {
            p.skipChildren();
            ctx.reject(record, Rejection.Kind.MALFORMED, "the record is a JSON "
                    + JsonLinesReader.describe(t) + ", not an object");
            return;
        }
        ctx.fields.read(p);
        ctx.composer.compose(record, ctx.fields, ctx.sink);
    }
}
