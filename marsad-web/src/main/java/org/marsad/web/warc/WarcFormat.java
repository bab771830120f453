package org.marsad.web.warc;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Optional;
import org.marsad.doc.Provenance;
import org.marsad.ingest.FormatContext;
import org.marsad.ingest.InputFormat;
import org.marsad.ingest.Rejection;
import org.netpreserve.jwarc.ParsingException;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;

/**
 * A web crawl in WARC ({@code .warc}, {@code .warc.gz}, or any input that starts like one), read
 * record by record with jwarc; each record is settled by {@link CaptureReader}. A record is named
 * {@code crawl.warc.gz#<urn:uuid:...>} by its WARC-Record-ID, which is also the article's source.
 *
 * <p>A damaged record spoils only itself while the file's framing holds. When the framing itself
 * fails (the file ends inside a record, a header that is not a WARC header), the records after
 * it cannot be found, so the damage is reported once and the file ends there.
 */
public final class WarcFormat implements InputFormat {

    private static final List<String> EXTENSIONS = List.of(".warc", ".warc.gz");

    private final CaptureReader captures = new CaptureReader();

    @Override
    public boolean claims(String lowerName) {
        return EXTENSIONS.stream().anyMatch(lowerName::endsWith);
    }

    @Override
    public boolean sniffs(byte[] head, int length) {
        return WarcMagic.startsLikeWarc(head, length);
    }

    @Override
    public void read(InputStream in, String input, long knownSize, FormatContext context) {
        WarcReader reader;
        try {
            reader = new WarcReader(in);
        } catch (IOException e) {
            context.reject(Provenance.ofFile(input), e);
            return;
        }
        // the reader is not closed: that would close the stream, which is the caller's
        reader.onWarning(message -> context.warn(at(input, reader), message));
        while (true) {
            Optional<WarcRecord> next;
            try {
                next = reader.next();
            } catch (EOFException e) {
                context.reject(at(input, reader), Rejection.Kind.TRUNCATED,
                        "the file ends inside a WARC record; the records before it were read");
                return;
            } catch (ParsingException e) {
                context.reject(at(input, reader), Rejection.Kind.MALFORMED, "not a WARC record header ("
                        + e.getBaseMessage() + "); the records after it cannot be found, so the file ends here");
                return;
            } catch (IOException e) {
                context.reject(at(input, reader), e);
                return;
            }
            if (next.isEmpty()) {
                return;
            }
            WarcRecord record = next.get();
            Provenance name = new Provenance(input,
                    record.headers().first("WARC-Record-ID").orElse("offset " + reader.position()));
            if (!captures.read(record, name, context)) {
                return;
            }
        }
    }

    /**
     * A place in the file for damage that has no record id: the byte offset where the record
     * began (in a {@code .warc.gz}, of the gzip member holding it).
     */
    private static Provenance at(String input, WarcReader reader) {
        return new Provenance(input, "offset " + reader.position());
    }
}
