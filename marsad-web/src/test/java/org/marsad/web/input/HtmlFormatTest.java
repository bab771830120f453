package org.marsad.web.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.ingest.IngestOptions;
import org.marsad.web.CollectingSink;
import org.marsad.ingest.Ingestor;
import org.marsad.ingest.RawArticle;
import org.marsad.ingest.Rejection;

class HtmlFormatTest {

    private static final String PAGE = """
            <!DOCTYPE html>
            <html lang="ar" dir="rtl"><head><meta charset="%s">
            <title>الوزير يصل إلى جنيف | صحيفة المرصد</title>
            <meta property="og:site_name" content="صحيفة المرصد">
            <meta property="article:published_time" content="2022-01-09T10:00:00+03:00">
            <meta name="author" content="سارة أحمد">
            </head><body>
            <nav><a href="/">الرئيسية</a> <a href="/world">العالم</a></nav>
            <article><h1>الوزير يصل إلى جنيف</h1>
            <p>وصل نائب وزير الخارجية إلى جنيف اليوم الأحد لإجراء محادثات مع الوفد الأمريكي حول الضمانات الأمنية.</p>
            <p>وقال المتحدث باسم الوزارة إن المحادثات ستستمر يومين وإن الجانبين سيبحثان كل الملفات المطروحة.</p>
            </article>
            <footer>جميع الحقوق محفوظة</footer>
            </body></html>
            """;

    @TempDir
    Path dir;

    @Test
    void aSavedPageBecomesAnArticleWithItsHeadlineAuthorDateAndOutlet() throws IOException {
        Files.writeString(dir.resolve("story.html"), PAGE.formatted("utf-8"), StandardCharsets.UTF_8);
        CollectingSink got = read(dir);
        assertEquals(1, got.articles.size(), got.rejections.toString());
        RawArticle a = got.articles.get(0);
        assertEquals("الوزير يصل إلى جنيف", a.title().textIn(a.text()));
        assertEquals("سارة أحمد", a.byline().textIn(a.text()));
        assertEquals(LocalDate.of(2022, 1, 9), a.published());
        assertEquals("صحيفة المرصد", a.outlet());
        assertEquals("ar", a.language());
        assertTrue(a.text().contains("وصل نائب وزير الخارجية إلى جنيف"), a.text());
        assertTrue(!a.text().contains("جميع الحقوق محفوظة") && !a.text().contains("الرئيسية"), a.text());
    }

    @Test
    void aPageSavedWithoutExtensionInWindows1256IsRecognisedByItsMarkup() throws IOException {
        Files.write(dir.resolve("page-1256"), PAGE.formatted("windows-1256").getBytes(Charset.forName("windows-1256")));
        CollectingSink got = read(dir);
        assertEquals(1, got.articles.size(), got.rejections.toString());
        assertTrue(got.articles.get(0).text().contains("الضمانات الأمنية"));
    }

    @Test
    void aPageWithNoArticleTextIsRejectedByName() throws IOException {
        Files.writeString(dir.resolve("empty.htm"), "<html><body><nav><a href='/'>x</a></nav></body></html>");
        CollectingSink got = read(dir);
        assertEquals(0, got.articles.size());
        assertEquals(1, got.rejections.size());
        Rejection r = got.rejections.get(0);
        assertEquals(Rejection.Kind.EMPTY, r.kind());
        assertTrue(r.toString().contains("empty.htm"), r.toString());
    }

    @Test
    void binaryDataNamedHtmlIsRejectedAndTheBatchGoesOn() throws IOException {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
        Files.write(dir.resolve("a-picture.html"), png);
        Files.writeString(dir.resolve("b-story.html"), PAGE.formatted("utf-8"));
        CollectingSink got = read(dir);
        assertEquals(1, got.articles.size());
        assertEquals(Rejection.Kind.BINARY, got.rejections.get(0).kind());
        assertTrue(got.rejections.get(0).message().contains("not a web page"));
    }

    @Test
    void plainTextStaysText() throws IOException {
        String text = "الوزير يصل إلى جنيف\n\nوصل نائب وزير الخارجية إلى جنيف اليوم.";
        Files.writeString(dir.resolve("story.txt"), text);
        CollectingSink got = read(dir);
        assertEquals(text, got.articles.get(0).text());
        assertNull(got.articles.get(0).title());
    }

    @Test
    void standardInputIsSniffedAsHtml() {
        InputStream in = new ByteArrayInputStream(PAGE.formatted("utf-8").getBytes(StandardCharsets.UTF_8));
        CollectingSink got = new CollectingSink();
        new Ingestor(IngestOptions.defaults()).read(in, Ingestor.STDIN, got);
        assertEquals(1, got.articles.size());
        assertEquals("صحيفة المرصد", got.articles.get(0).outlet());
    }

    @Test
    void theFormatIsInstalledThroughTheServiceLoader() {
        assertTrue(IngestOptions.defaults().formats().stream().anyMatch(f -> f instanceof HtmlFormat));
    }

    private static CollectingSink read(Path dir) {
        return CollectingSink.read(List.of(dir.toString()));
    }
}
