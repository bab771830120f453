package org.marsad.web.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.doc.Provenance;
import org.marsad.ingest.ArticleSink;
import org.marsad.ingest.IngestOptions;
import org.marsad.ingest.Ingestor;
import org.marsad.ingest.RawArticle;
import org.marsad.ingest.Rejection;
import org.marsad.web.fetch.FetchSettings;
import org.marsad.web.fetch.LoopbackServer;
import org.marsad.web.fetch.LoopbackServer.Reply;
import org.marsad.web.fetch.ManualTicker;
import org.marsad.web.fetch.PoliteFetcher;

@Timeout(30)
class FeedFormatTest {

    static final String PARAGRAPH = "وصل نائب وزير الخارجية إلى جنيف اليوم الأحد لإجراء محادثات مع الوفد الأمريكي "
            + "حول الضمانات الأمنية، وقال المتحدث باسم الوزارة إن المحادثات ستستمر يومين وإن الجانبين سيبحثان "
            + "كل الملفات المطروحة على الطاولة.";

    static final String FULL_TEXT = "<p>" + PARAGRAPH + "</p><p>" + PARAGRAPH + "</p><p>" + PARAGRAPH + "</p>";

    /** An RSS 2.0 feed whose items are given as {@code <item>} markup. */
    static String rss(String... items) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
                <channel><title>صحيفة المرصد</title><link>http://127.0.0.1/</link><description>أخبار</description>
                <language>ar</language>
                %s
                </channel></rss>
                """.formatted(String.join("\n", items));
    }

    static String item(String guid, String title, String link, String summary, String content) {
        return "<item><guid isPermaLink=\"false\">" + guid + "</guid><title>" + title + "</title>"
                + (link == null ? "" : "<link>" + link + "</link>")
                + "<pubDate>Sun, 09 Jan 2022 10:00:00 GMT</pubDate><author>سارة أحمد</author>"
                + "<description><![CDATA[" + summary + "]]></description>"
                + (content == null ? "" : "<content:encoded><![CDATA[" + content + "]]></content:encoded>")
                + "</item>";
    }

    static final String PAGE = """
            <!DOCTYPE html><html lang="ar"><head><meta charset="utf-8"><title>الوزير في جنيف</title></head>
            <body><article><h1>الوزير في جنيف</h1><p>%s</p><p>%s</p></article></body></html>
            """.formatted(PARAGRAPH, PARAGRAPH);

    @TempDir
    Path dir;

    record Collected(List<RawArticle> articles, List<Rejection> rejections, List<String> skips) {
    }

    static Collected read(IngestOptions options, List<String> inputs) {
        Collected got = new Collected(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
        new Ingestor(options).read(inputs, new ArticleSink() {
            @Override
            public void accept(RawArticle article) {
                got.articles.add(article);
            }

            @Override
            public void reject(Rejection rejection) {
                got.rejections.add(rejection);
            }

            @Override
            public void skip(Provenance record, String why) {
                got.skips.add(record.label() + ": " + why);
            }
        });
        return got;
    }

    private Path write(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }

    private static PoliteFetcher fetcher() {
        return new PoliteFetcher(FetchSettings.defaults().withTimeouts(Duration.ofSeconds(5), Duration.ofSeconds(5)),
                new ManualTicker(), new Random(1));
    }

    @Test
    void fullTextItemBecomesTheArticleWithItsFeedMetadataAndNothingIsFetched() throws IOException {
        Path feed = write("news.rss", rss(item("g-1", "الوزير يصل إلى جنيف", "http://127.0.0.1:9/never",
                "ملخص قصير", FULL_TEXT)));
        Collected got = read(IngestOptions.defaults(), List.of(feed.toString()));
        assertEquals(1, got.articles.size(), got.rejections.toString());
        RawArticle a = got.articles.get(0);
        assertEquals(feed + "#g-1", a.provenance().label());
        assertEquals("الوزير يصل إلى جنيف", a.title().textIn(a.text()));
        assertEquals("سارة أحمد", a.byline().textIn(a.text()));
        assertEquals(LocalDate.of(2022, 1, 9), a.published());
        assertEquals("صحيفة المرصد", a.outlet());
        assertEquals("ar", a.language());
        assertEquals("http://127.0.0.1:9/never", a.url());
        assertTrue(a.text().endsWith(PARAGRAPH + "\n\n" + PARAGRAPH + "\n\n" + PARAGRAPH), a.text());
    }

    @Test
    void summaryOnlyItemIsSkippedWhenLinksAreNotFetched() throws IOException {
        Path feed = write("news.rss", rss(item("g-2", "عنوان", "http://127.0.0.1:9/a", "ملخص قصير", null)));
        Collected got = read(IngestOptions.defaults(), List.of(feed.toString()));
        assertEquals(List.of(feed + "#g-2: " + FeedItemReader.SUMMARY_ONLY), got.skips);
        assertTrue(got.articles.isEmpty());
    }

    @Test
    void summaryOnlyItemsLinkIsFetchedAndThePageFilledFromTheItem() throws IOException {
        try (LoopbackServer server = new LoopbackServer(new ManualTicker())) {
            server.route("/2022/01/geneva.html", Reply.ok("text/html; charset=utf-8", PAGE));
            String link = server.url("/2022/01/geneva.html");
            Path feed = write("news.rss", rss(item("g-3", "عنوان من الخلاصة", link, "ملخص قصير", null)));
            IngestOptions options = IngestOptions.defaults();
            options = options.withFormats(FeedFormat.fetching(options.formats(), fetcher()));
            Collected got = read(options, List.of(feed.toString()));
            assertEquals(1, got.articles.size(), got.rejections.toString());
            RawArticle a = got.articles.get(0);
            assertEquals("الوزير في جنيف", a.title().textIn(a.text()), "the page's own headline wins");
            assertEquals(LocalDate.of(2022, 1, 9), a.published(), "the page has no date: the item's");
            assertEquals("صحيفة المرصد", a.outlet(), "the page names no site: the feed's title");
            assertEquals(link, a.url());
            assertEquals(feed + "#g-3", a.provenance().label());
            assertTrue(a.text().contains(PARAGRAPH), a.text());
            assertEquals(List.of("/robots.txt", "/2022/01/geneva.html"), server.paths());
        }
    }

    @Test
    void itemWhosePageCannotBeFetchedIsRejectedByNameAndTheFeedGoesOn() throws IOException {
        try (LoopbackServer server = new LoopbackServer(new ManualTicker())) {
            server.route("/ok.html", Reply.ok("text/html; charset=utf-8", PAGE));
            Path feed = write("news.rss", rss(item("gone", "أ", server.url("/gone.html"), "ملخص", null),
                    item("ok", "ب", server.url("/ok.html"), "ملخص", null)));
            IngestOptions options = IngestOptions.defaults();
            options = options.withFormats(FeedFormat.fetching(options.formats(), fetcher()));
            Collected got = read(options, List.of(feed.toString()));
            assertEquals(1, got.articles.size());
            assertEquals(1, got.rejections.size());
            Rejection r = got.rejections.get(0);
            assertEquals(feed + "#gone", r.record().label());
            assertTrue(r.message().contains(server.url("/gone.html")) && r.message().contains("HTTP 404"),
                    r.message());
        }
    }

    @Test
    void atomEntryWithFullContentIsRead() throws IOException {
        Path feed = write("news.atom", """
                <?xml version="1.0" encoding="utf-8"?>
                <feed xmlns="http://www.w3.org/2005/Atom" xml:lang="ar">
                  <title>وكالة الأنباء</title><id>urn:feed</id><updated>2022-01-10T08:00:00Z</updated>
                  <entry><id>urn:entry:7</id><title>اجتماع في جنيف</title>
                    <link href="http://127.0.0.1:9/entry/7"/>
                    <updated>2022-01-10T08:00:00Z</updated>
                    <author><name>فريق التحرير</name></author>
                    <content type="html"><![CDATA[%s]]></content>
                  </entry>
                </feed>
                """.formatted(FULL_TEXT));
        Collected got = read(IngestOptions.defaults(), List.of(feed.toString()));
        assertEquals(1, got.articles.size(), got.rejections.toString());
        RawArticle a = got.articles.get(0);
        assertEquals(feed + "#urn:entry:7", a.provenance().label());
        assertEquals("اجتماع في جنيف", a.title().textIn(a.text()));
        assertEquals("فريق التحرير", a.byline().textIn(a.text()));
        assertEquals(LocalDate.of(2022, 1, 10), a.published());
        assertEquals("وكالة الأنباء", a.outlet());
        assertEquals("http://127.0.0.1:9/entry/7", a.url());
    }

    @Test
    void malformedFeedIsRejectedByNameAndTheBatchGoesOn() throws IOException {
        Path bad = write("a-broken.rss", "<rss version=\"2.0\"><channel><title>x</title><item>");
        Path good = write("b-good.xml", rss(item("g-4", "عنوان", null, "", FULL_TEXT)));
        Collected got = read(IngestOptions.defaults(), List.of(dir.toString()));
        assertEquals(1, got.rejections.size());
        Rejection r = got.rejections.get(0);
        assertEquals(bad.toString(), r.record().label());
        assertEquals(Rejection.Kind.MALFORMED, r.kind());
        assertTrue(r.message().startsWith("not a readable RSS or Atom feed"), r.message());
        assertEquals(1, got.articles.size(), "the .xml feed, known by its markup, is read");
        assertEquals(good + "#g-4", got.articles.get(0).provenance().label());
    }

    @Test
    void feedOnStandardInputIsKnownByItsMarkup() {
        String feed = rss(item("g-5", "عنوان", null, "", FULL_TEXT));
        List<RawArticle> got = new ArrayList<>();
        new Ingestor(IngestOptions.defaults()).read(new java.io.ByteArrayInputStream(
                feed.getBytes(StandardCharsets.UTF_8)), "-", new ArticleSink() {
                    @Override
                    public void accept(RawArticle article) {
                        got.add(article);
                    }

                    @Override
                    public void reject(Rejection rejection) {
                        throw new AssertionError(rejection.toString());
                    }
                });
        assertEquals(1, got.size());
        assertEquals("-#g-5", got.get(0).provenance().label());
    }

    @Test
    void shortContentIsATeaserNotTheFullText() {
        FeedItem teaser = new FeedItem("k", "http://127.0.0.1:9/", "t", null, null, "<p>" + PARAGRAPH + "</p>", null);
        assertNull(FullText.of(teaser));
        FeedItem full = new FeedItem("k", null, "t", null, null, null, FULL_TEXT);
        assertEquals(PARAGRAPH + "\n\n" + PARAGRAPH + "\n\n" + PARAGRAPH, FullText.of(full));
    }
}
