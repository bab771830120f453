package org.marsad.web.warc;

import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Set;
import org.marsad.doc.Provenance;
import org.marsad.ingest.FormatContext;
import org.marsad.ingest.Rejection;
import org.marsad.web.input.HtmlFormat;
import org.marsad.web.input.PayloadKind;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.ParsingException;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResource;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcTargetRecord;

/**
 * Settles one WARC record: a captured HTML page (a 2xx {@code response}, or a {@code resource})
 * becomes an article through {@link HtmlFormat}, as a saved page does; any other capture is
 * skipped and counted by why; a record that cannot be read is rejected by its id.
 *
 * <p>Records that describe the crawl rather than capture a page ({@code warcinfo}, {@code
 * request}, {@code metadata}) pass silently, not counted: a crawl holds one request and often one
 * metadata record for each page, and counting them would only bury the skips that matter.
 */
final class CaptureReader {

    static final Set<String> CRAWL_RECORDS = Set.of("warcinfo", "request", "metadata");
    /** Enough of a payload to tell markup or a binary format from its start. */
    private static final int SNIFF_BYTES = 1024;
    private static final String WHAT = "WARC record";

    private final HtmlFormat html = new HtmlFormat();
    private final PayloadKind kinds = new PayloadKind(html);

    /** @return false when the file was cut inside this record, so nothing after it can be read */
    boolean read(WarcRecord record, Provenance name, FormatContext context) {
        try {
            if (CRAWL_RECORDS.contains(record.type())) {
                return true;
            }
            if (record instanceof WarcResponse response) {
                return response(response, name, context);
            }
            if (record instanceof WarcResource resource) {
                return payload(resource, name, record.headers().first("Content-Type").orElse(null),
                        record.body().stream(), context);
            }
            return skip(record, name, record.type(), context);
        } catch (EOFException e) {
            context.reject(name, Rejection.Kind.TRUNCATED, "the file ends inside this record (" + e.getMessage() + ")");
            return false;
        } catch (ParsingException e) {
            context.reject(name, Rejection.Kind.MALFORMED, "the HTTP header is malformed: " + e.getBaseMessage());
            return true;
        } catch (IOException | RuntimeException e) {
            // jwarc reads headers lazily: a bad date or header shows only now, and spoils this record alone
            context.reject(name, Rejection.Kind.MALFORMED, "the record could not be read: " + e);
            return true;
        }
    }

    private boolean response(WarcResponse response, Provenance name, FormatContext context) throws IOException {
        HttpResponse http = response.http();
        int status = http.status();
        if (status < 200 || status > 299) {
            return skip(response, name, "HTTP " + status + (status >= 300 && status < 400 ? " redirect" : ""), context);
        }
        InputStream body;
        try {
            body = http.bodyDecoded().stream();
        } catch (IOException e) {
            // an encoding jwarc does not decode (several stacked, or one it lacks a decoder for)
            context.reject(name, Rejection.Kind.MALFORMED, "the HTTP body cannot be decoded: " + e.getMessage());
            return true;
        }
        return payload(response, name, http.headers().first("Content-Type").orElse(null), body, context);
    }

    private boolean payload(WarcTargetRecord record, Provenance name, String contentType, InputStream body,
            FormatContext context) throws IOException {
        CutWatch watch = new CutWatch(body);
        BufferedInputStream in = new BufferedInputStream(watch, SNIFF_BYTES);
        in.mark(SNIFF_BYTES);
        byte[] head = in.readNBytes(SNIFF_BYTES);
        in.reset();
        if (head.length == 0) {
            return skip(record, name, "empty payload", context);
        }
        String notHtml = kinds.notHtml(contentType, head, head.length, context);
        if (notHtml != null) {
            return skip(record, name, notHtml, context);
        }
        LocalDate downloaded = downloaded(record, name, context);
        byte[] page = context.readWhole(context.guarded(in, WHAT), name, -1);
        if (page == null) {
            return !watch.cut();
        }
        String url = ((WarcTargetRecord) record).target();
        html.read(page, name, url, contentType, downloaded, context);
        return true;
    }

    /** Skips only a record read to its end: one cut short is a damaged file, not a skip. */
    private static boolean skip(WarcRecord record, Provenance name, String why, FormatContext context)
            throws IOException {
        record.body().consume();
        context.skip(name, why);
        return true;
    }

    /** The capture's date, an upper bound on the page's publication; null when it is unreadable. */
    private static LocalDate downloaded(WarcRecord record, Provenance name, FormatContext context) {
        try {
            return LocalDate.ofInstant(record.date(), ZoneOffset.UTC);
        } catch (RuntimeException e) {
            context.warn(name, "no readable WARC-Date (" + e.getMessage() + "); the page is read undated");
            return null;
        }
    }
}
