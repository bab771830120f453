package org.marsad.web.warc;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.channels.Channels;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.UUID;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResource;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcRevisit;
import org.netpreserve.jwarc.WarcWriter;
import org.netpreserve.jwarc.Warcinfo;

/** A crawl written with jwarc's writer, record by record, the way a crawler writes one. */
final class TestCrawl {

    private static final int CUT_BYTES = 16;

    static final Instant CRAWLED = Instant.parse("2022-01-10T08:30:00Z");

    static final String PAGE = """
            <!DOCTYPE html>
            <html lang="ar" dir="rtl"><head>%s
            <title>%s | صحيفة المرصد</title>
            <meta property="og:site_name" content="صحيفة المرصد">
            </head><body>
            <nav><a href="/">الرئيسية</a> <a href="/world">العالم</a></nav>
            <article><h1>%s</h1>
            <p>%s</p>
            <p>وقال المتحدث باسم الوزارة إن المحادثات ستستمر يومين وإن الجانبين سيبحثان كل الملفات المطروحة.</p>
            </article>
            <footer>جميع الحقوق محفوظة</footer>
            </body></html>
            """;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final WarcWriter writer;
    private long cutAt = -1;

    TestCrawl(WarcCompression compression) {
        try {
            writer = new WarcWriter(Channels.newChannel(out), compression);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An article page: its headline and first paragraph, with a meta charset line or none. */
    static String page(String meta, String headline, String lead) {
        return PAGE.formatted(meta, headline, headline, lead);
    }

    TestCrawl warcinfo() {
        return write(new Warcinfo.Builder().date(CRAWLED).fields(java.util.Map.of("software",
                java.util.List.of("tests"))).build());
    }

    TestCrawl request(String uri) {
        return write(new WarcRequest.Builder(URI.create(uri)).date(CRAWLED)
                .body(MediaType.HTTP_REQUEST, ("GET / HTTP/1.1\r\nHost: example.org\r\n\r\n").getBytes(StandardCharsets.US_ASCII))
                .build());
    }

    /** A 200 response with these extra HTTP headers ("Content-Type: text/html\r\n") and body. */
    UUID response(String uri, String headers, byte[] body) {
        return response(uri, "200 OK", headers, body);
    }

    UUID response(String uri, String status, String headers, byte[] body) {
        String length = headers.contains("Transfer-Encoding") ? "" : "Content-Length: " + body.length + "\r\n";
        byte[] head = ("HTTP/1.1 " + status + "\r\n" + headers + length + "\r\n")
                .getBytes(StandardCharsets.ISO_8859_1);
        UUID id = UUID.randomUUID();
        write(new WarcResponse.Builder(URI.create(uri)).recordId(id).date(CRAWLED)
                .body(MediaType.HTTP_RESPONSE, concat(head, body)).build());
        return id;
    }

    UUID resource(String uri, String contentType, byte[] body) {
        UUID id = UUID.randomUUID();
        write(new WarcResource.Builder(URI.create(uri)).recordId(id).date(CRAWLED)
                .body(MediaType.parse(contentType), body).build());
        return id;
    }

    UUID revisit(String uri) {
        UUID id = UUID.randomUUID();
        write(new WarcRevisit.Builder(URI.create(uri), WarcRevisit.IDENTICAL_PAYLOAD_DIGEST_1_1).recordId(id)
                .date(CRAWLED).body(MediaType.HTTP_RESPONSE,
                        "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n".getBytes(StandardCharsets.US_ASCII))
                .build());
        return id;
    }

    /** Where the cut record begins in the file. */
    long cutAt() {
        return cutAt;
    }

    byte[] bytes() {
        return out.toByteArray();
    }

    /**
     * The crawl with {@code record} appended but cut in its body, as an interrupted copy leaves
     * it: only its last bytes go.
     */
    byte[] withCutRecord(Runnable record) {
        cutAt = out.size();
        record.run();
        byte[] all = out.toByteArray();
        return Arrays.copyOf(all, all.length - CUT_BYTES);
    }

    static byte[] encoded(String text, String charset) {
        return text.getBytes(Charset.forName(charset));
    }

    private TestCrawl write(WarcRecord record) {
        try {
            writer.write(record);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] all = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }
}
