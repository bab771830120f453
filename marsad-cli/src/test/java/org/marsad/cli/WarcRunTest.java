package org.marsad.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.channels.Channels;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcRevisit;
import org.netpreserve.jwarc.WarcWriter;

/**
 * A crawl through the whole command: its two pages (UTF-8 and windows-1256) are analysed with
 * their record ids as sources, the revisit and the PDF are counted as skipped, the record cut by
 * the end of the file is named, and the counts reconcile.
 */
class WarcRunTest {

    private static final String PAGE = "<html lang=\"ar\"><head><title>%s</title></head><body><article><h1>%s</h1>"
            + "<p>%s</p><p>وقال المتحدث باسم الوزارة إن المحادثات ستستمر يومين وإن الجانبين سيبحثان كل الملفات.</p>"
            + "</article></body></html>";

    @Test
    void aCrawlIsAnalysedWithSkipsCountedAndTheCutRecordNamed(@TempDir Path dir) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        WarcWriter writer = new WarcWriter(Channels.newChannel(bytes), WarcCompression.GZIP);
        writer.write(response("https://example.org/a", "utf-8", "الوزير يصل إلى جنيف",
                "وصل نائب وزير الخارجية إلى جنيف اليوم الأحد لإجراء محادثات مع الوفد الأمريكي."));
        writer.write(response("https://example.org/b", "windows-1256", "المحادثات تبدأ غدا",
                "بدأت في جنيف المحادثات الأمنية بين الوفدين بعد وصولهما صباح اليوم."));
        writer.write(new WarcRevisit.Builder(URI.create("https://example.org/a"), WarcRevisit.IDENTICAL_PAYLOAD_DIGEST_1_1)
                .date(Instant.parse("2022-01-10T08:30:00Z")).build());
        writer.write(new WarcResponse.Builder(URI.create("https://example.org/r.pdf"))
                .body(MediaType.HTTP_RESPONSE, ("HTTP/1.1 200 OK\r\nContent-Type: application/pdf\r\nContent-Length: 8\r\n\r\n"
                        + "%PDF-1.7").getBytes(StandardCharsets.ISO_8859_1)).build());
        int whole = bytes.size();
        writer.write(response("https://example.org/c", "utf-8", "خبر لم يكتمل", "نص لم يكتمل نقله."));
        Path crawl = dir.resolve("crawl.warc.gz");
        Files.write(crawl, Arrays.copyOf(bytes.toByteArray(), bytes.size() - 16));

        Path out = dir.resolve("out");
        CommandRun r = CommandRun.of("analyze", crawl.toString(), "--out", out.toString(), "--no-index");

        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.err().contains("crawl.warc.gz#offset " + whole) && r.err().contains("truncated"), r.err());
        String summary = r.out().lines().filter(l -> l.contains("read ")).findFirst().orElseThrow();
        assertTrue(summary.contains("read 3") && summary.contains("analysed 2 "), summary);
        assertTrue(summary.contains("revisit 1") && summary.contains("not HTML (application/pdf) 1"), summary);
        assertTrue(!summary.contains("DO NOT RECONCILE"), summary);
        List<String> articles = Files.readAllLines(out.resolve("articles.jsonl"));
        assertEquals(2, articles.size());
        assertTrue(articles.get(0).contains("\"source\":\"" + crawl + "#<urn:uuid:"), articles.get(0));
        assertTrue(articles.get(0).contains("الوزير يصل إلى جنيف"), articles.get(0));
        assertTrue(articles.get(1).contains("المحادثات الأمنية بين الوفدين"), articles.get(1));
    }

    private static WarcResponse response(String url, String charset, String headline, String lead) {
        byte[] html = PAGE.formatted(headline, headline, lead).getBytes(Charset.forName(charset));
        byte[] head = ("HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=" + charset + "\r\nContent-Length: "
                + html.length + "\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1);
        byte[] block = Arrays.copyOf(head, head.length + html.length);
        System.arraycopy(html, 0, block, head.length, html.length);
        return new WarcResponse.Builder(URI.create(url)).date(Instant.parse("2022-01-10T08:30:00Z"))
                .body(MediaType.HTTP_RESPONSE, block).build();
    }
}
