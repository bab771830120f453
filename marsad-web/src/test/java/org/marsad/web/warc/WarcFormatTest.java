package org.marsad.web.warc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.marsad.web.warc.TestCrawl.encoded;
import static org.marsad.web.warc.TestCrawl.page;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.ingest.IngestOptions;
import org.marsad.ingest.Ingestor;
import org.marsad.ingest.RawArticle;
import org.marsad.ingest.Rejection;
import org.marsad.web.CollectingSink;
import org.netpreserve.jwarc.WarcCompression;

class WarcFormatTest {

    private static final String HTML_UTF8 = "Content-Type: text/html; charset=utf-8\r\n";
    private static final String LEAD = "وصل نائب وزير الخارجية إلى جنيف اليوم الأحد لإجراء محادثات مع الوفد الأمريكي.";

    @TempDir
    Path dir;

    @Test
    void aCrawlGivesItsTwoPagesAsArticlesSkipsTheRevisitAndThePdfAndRejectsTheCutRecord() throws IOException {
        TestCrawl crawl = new TestCrawl(WarcCompression.GZIP).warcinfo().request("https://example.org/a");
        UUID utf8 = crawl.response("https://example.org/a", HTML_UTF8,
                page("", "الوزير يصل إلى جنيف", LEAD).getBytes(StandardCharsets.UTF_8));
        UUID cp1256 = crawl.response("https://example.org/b", "Content-Type: text/html; charset=windows-1256\r\n",
                encoded(page("", "المحادثات تبدأ غدا", "بدأت في جنيف المحادثات الأمنية بين الوفدين."), "windows-1256"));
        crawl.revisit("https://example.org/a");
        crawl.response("https://example.org/report.pdf", "Content-Type: application/pdf\r\n",
                "%PDF-1.7\n%âãÏÓ\n1 0 obj".getBytes(StandardCharsets.ISO_8859_1));
        byte[] bytes = crawl.withCutRecord(() -> crawl.response("https://example.org/c", HTML_UTF8,
                page("", "خبر لم يكتمل", LEAD).getBytes(StandardCharsets.UTF_8)));
        Files.write(dir.resolve("crawl.warc.gz"), bytes);

        CollectingSink got = read(dir);

        assertEquals(2, got.articles.size(), got.rejections.toString());
        RawArticle first = got.articles.get(0);
        String input = dir.resolve("crawl.warc.gz").toString();
        assertEquals(input + "#<urn:uuid:" + utf8 + ">", first.provenance().label());
        assertEquals("الوزير يصل إلى جنيف", first.title().textIn(first.text()));
        assertEquals("https://example.org/a", first.url());
        assertEquals(LocalDate.of(2022, 1, 10), first.downloaded());
        assertTrue(first.text().contains("لإجراء محادثات مع الوفد الأمريكي"), first.text());
        RawArticle second = got.articles.get(1);
        assertEquals(input + "#<urn:uuid:" + cp1256 + ">", second.provenance().label());
        assertEquals("المحادثات تبدأ غدا", second.title().textIn(second.text()));
        assertTrue(second.text().contains("المحادثات الأمنية بين الوفدين"), second.text());
        assertEquals(Map.of("revisit", 1L, "not HTML (application/pdf)", 1L), got.skipped);
        assertEquals(1, got.rejections.size());
        Rejection truncated = got.rejections.get(0);
        assertEquals(Rejection.Kind.TRUNCATED, truncated.kind(), truncated.toString());
        // jwarc inflates a gzip member whole before the record's header is parsed, so a record cut
        // anywhere in a .warc.gz is named by the offset of its member
        assertEquals(input + "#offset " + crawl.cutAt(), truncated.record().label(), truncated.toString());
        assertTrue(truncated.toString().contains("the file ends inside a WARC record"), truncated.toString());
    }

    @Test
    void aWindows1256PageDeclaredOnlyInItsMetaTagDecodes() throws IOException {
        TestCrawl crawl = new TestCrawl(WarcCompression.NONE);
        crawl.response("https://example.org/a", "Content-Type: text/html\r\n", encoded(page(
                "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1256\">",
                "الوزير يصل إلى جنيف", LEAD), "windows-1256"));
        CollectingSink got = readFile("crawl.warc", crawl.bytes());
        assertEquals(1, got.articles.size(), got.rejections.toString());
        assertTrue(got.articles.get(0).text().contains(LEAD), got.articles.get(0).text());
    }

    @Test
    void redirectsAndErrorsAreSkippedWithTheirStatus() throws IOException {
        TestCrawl crawl = new TestCrawl(WarcCompression.GZIP);
        crawl.response("https://example.org/old", "301 Moved Permanently", "Location: /new\r\n", new byte[0]);
        crawl.response("https://example.org/gone", "404 Not Found", HTML_UTF8,
                page("", "الصفحة غير موجودة", LEAD).getBytes(StandardCharsets.UTF_8));
        CollectingSink got = readFile("crawl.warc.gz", crawl.bytes());
        assertEquals(0, got.articles.size());
        assertEquals(Map.of("HTTP 301 redirect", 1L, "HTTP 404", 1L), got.skipped);
        assertEquals(List.of(), got.rejections);
    }

    @Test
    void aGzippedChunkedBodyIsDecoded() throws IOException {
        byte[] html = page("", "الوزير يصل إلى جنيف", LEAD).getBytes(StandardCharsets.UTF_8);
        ByteArrayOutputStream gz = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(gz)) {
            out.write(html);
        }
        byte[] zipped = gz.toByteArray();
        ByteArrayOutputStream chunked = new ByteArrayOutputStream();
        int half = zipped.length / 2;
        chunked.writeBytes((Integer.toHexString(half) + "\r\n").getBytes(StandardCharsets.US_ASCII));
        chunked.write(zipped, 0, half);
        chunked.writeBytes(("\r\n" + Integer.toHexString(zipped.length - half) + "\r\n").getBytes(StandardCharsets.US_ASCII));
        chunked.write(zipped, half, zipped.length - half);
        chunked.writeBytes("\r\n0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
        TestCrawl crawl = new TestCrawl(WarcCompression.GZIP);
        crawl.response("https://example.org/a", "200 OK",
                HTML_UTF8 + "Content-Encoding: gzip\r\nTransfer-Encoding: chunked\r\n", chunked.toByteArray());
        CollectingSink got = readFile("crawl.warc.gz", crawl.bytes());
        assertEquals(1, got.articles.size(), got.rejections.toString());
        assertTrue(got.articles.get(0).text().contains(LEAD));
    }

    @Test
    void aResourceRecordOfHtmlIsAnArticleAndOneOfAnImageIsSkipped() throws IOException {
        TestCrawl crawl = new TestCrawl(WarcCompression.NONE);
        crawl.resource("https://example.org/a", "text/html; charset=utf-8",
                page("", "الوزير يصل إلى جنيف", LEAD).getBytes(StandardCharsets.UTF_8));
        crawl.resource("https://example.org/logo.png", "image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G'});
        CollectingSink got = readFile("crawl.warc", crawl.bytes());
        assertEquals(1, got.articles.size(), got.rejections.toString());
        assertEquals(Map.of("not HTML (image/png)", 1L), got.skipped);
    }

    @Test
    void aPageServedWithoutContentTypeIsToldByItsMarkupAndAnUntypedImageIsSkipped() throws IOException {
        TestCrawl crawl = new TestCrawl(WarcCompression.NONE);
        crawl.response("https://example.org/a", "", page("<meta charset=\"utf-8\">", "الوزير يصل إلى جنيف", LEAD)
                .getBytes(StandardCharsets.UTF_8));
        crawl.response("https://example.org/b", "Content-Type: application/octet-stream\r\n",
                "%PDF-1.4\n1 0 obj".getBytes(StandardCharsets.US_ASCII));
        CollectingSink got = readFile("crawl.warc", crawl.bytes());
        assertEquals(1, got.articles.size(), got.rejections.toString());
        assertEquals(1, got.skipped.size(), got.skipped.toString());
        assertTrue(got.skipped.keySet().iterator().next().startsWith("not HTML (a PDF"), got.skipped.toString());
    }

    @Test
    void aPageOverTheSizeLimitIsRejectedAsTooLargeAndTheNextIsRead() throws IOException {
        TestCrawl crawl = new TestCrawl(WarcCompression.GZIP);
        UUID big = crawl.response("https://example.org/big", HTML_UTF8,
                page("", "خبر طويل", LEAD.repeat(200)).getBytes(StandardCharsets.UTF_8));
        crawl.response("https://example.org/a", HTML_UTF8, page("", "الوزير يصل إلى جنيف", LEAD)
                .getBytes(StandardCharsets.UTF_8));
        Files.write(dir.resolve("crawl.warc.gz"), crawl.bytes());
        CollectingSink got = new CollectingSink();
        new Ingestor(IngestOptions.defaults().withMaxArticleBytes(4096)).read(List.of(dir.toString()), got);
        assertEquals(1, got.articles.size());
        assertEquals(Rejection.Kind.TOO_LARGE, got.rejections.get(0).kind());
        assertTrue(got.rejections.get(0).record().label().endsWith("#<urn:uuid:" + big + ">"));
    }

    @Test
    void aResponseWithoutAnHttpHeaderIsNotAnArticleAndTheNextIsRead() throws IOException {
        TestCrawl crawl = new TestCrawl(WarcCompression.GZIP);
        crawl.response("https://example.org/bad", "banana\r\n\u0001\r\n", new byte[] {'x'});
        crawl.response("https://example.org/a", HTML_UTF8, page("", "الوزير يصل إلى جنيف", LEAD)
                .getBytes(StandardCharsets.UTF_8));
        CollectingSink got = readFile("crawl.warc.gz", crawl.bytes());
        assertEquals(1, got.articles.size(), got.rejections.toString());
        assertEquals(1, got.rejections.size() + got.skipped.values().stream().mapToLong(Long::longValue).sum());
    }

    @Test
    void garbageWhereARecordShouldStartEndsTheFileKeepingWhatCameBefore() throws IOException {
        TestCrawl crawl = new TestCrawl(WarcCompression.NONE);
        crawl.response("https://example.org/a", HTML_UTF8, page("", "الوزير يصل إلى جنيف", LEAD)
                .getBytes(StandardCharsets.UTF_8));
        byte[] bytes = crawl.bytes();
        byte[] damaged = java.util.Arrays.copyOf(bytes, bytes.length + 12);
        System.arraycopy("not a record".getBytes(StandardCharsets.US_ASCII), 0, damaged, bytes.length, 12);
        CollectingSink got = readFile("crawl.warc", damaged);
        assertEquals(1, got.articles.size());
        Rejection r = got.rejections.get(0);
        assertEquals(Rejection.Kind.MALFORMED, r.kind());
        assertTrue(r.record().label().endsWith("crawl.warc#offset " + bytes.length), r.toString());
    }

    @Test
    void standardInputIsSniffedAsAWarcPlainOrGzipped() {
        for (WarcCompression compression : List.of(WarcCompression.NONE, WarcCompression.GZIP)) {
            TestCrawl crawl = new TestCrawl(compression);
            crawl.response("https://example.org/a", HTML_UTF8, page("", "الوزير يصل إلى جنيف", LEAD)
                    .getBytes(StandardCharsets.UTF_8));
            CollectingSink got = new CollectingSink();
            new Ingestor(IngestOptions.defaults()).read(new ByteArrayInputStream(crawl.bytes()), Ingestor.STDIN, got);
            assertEquals(1, got.articles.size(), compression + ": " + got.rejections);
            assertTrue(got.articles.get(0).provenance().label().startsWith("-#<urn:uuid:"));
        }
    }

    @Test
    void aCrawlInsideAZipIsRead() throws IOException {
        TestCrawl crawl = new TestCrawl(WarcCompression.GZIP);
        crawl.response("https://example.org/a", HTML_UTF8, page("", "الوزير يصل إلى جنيف", LEAD)
                .getBytes(StandardCharsets.UTF_8));
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(dir.resolve("crawls.zip")))) {
            zip.putNextEntry(new ZipEntry("2022/crawl.warc.gz"));
            zip.write(crawl.bytes());
        }
        CollectingSink got = read(dir);
        assertEquals(1, got.articles.size(), got.rejections.toString());
        assertTrue(got.articles.get(0).provenance().label().contains("crawls.zip!/2022/crawl.warc.gz#<urn:uuid:"));
    }

    @Test
    void theFormatIsInstalledThroughTheServiceLoader() {
        assertTrue(IngestOptions.defaults().formats().stream().anyMatch(f -> f instanceof WarcFormat));
    }

    private CollectingSink readFile(String name, byte[] bytes) throws IOException {
        Files.write(dir.resolve(name), bytes);
        return read(dir);
    }

    private static CollectingSink read(Path dir) {
        return CollectingSink.read(List.of(dir.toString()));
    }
}
