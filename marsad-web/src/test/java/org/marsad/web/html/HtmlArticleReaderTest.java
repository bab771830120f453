package org.marsad.web.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class HtmlArticleReaderTest {

    @Test
    void arabicNewsPageKeepsTheArticleParagraphsOnePerLine() {
        WebArticle a = Fixtures.read("arabic-news.html");
        List<String> lines = List.of(a.body().split("\n"));
        assertTrue(lines.get(0).startsWith("أعلنت الحكومة اليوم عن خطة شاملة"), a.body());
        assertTrue(lines.contains("تمويل المشروع"), "headings inside the article stay: " + a.body());
        assertTrue(lines.contains("نريد نقلا عاما يليق بالمواطنين ويحترم وقتهم."), "quotes stay: " + a.body());
        assertTrue(a.body().contains("سيأتي من الموازنة العامة"));
    }

    @Test
    void arabicNewsPageDropsNavigationRelatedCommentsShareAndCaption() {
        String body = Fixtures.read("arabic-news.html").body();
        for (String boilerplate : List.of("سياسة", "فيسبوك", "أخبار ذات صلة", "افتتاح محطة مترو", "الأكثر قراءة",
                "هذا خبر رائع", "جميع الحقوق محفوظة", "حافلة جديدة في محطة", "5 مارس 2024")) {
            assertFalse(body.contains(boilerplate), boilerplate + " should be gone: " + body);
        }
    }

    @Test
    void headlineIsExposedSeparatelyAndNotRepeatedInTheBody() {
        WebArticle a = Fixtures.read("arabic-news.html");
        assertEquals("الحكومة تعلن خطة جديدة للنقل العام", a.title());
        assertFalse(a.body().contains("الحكومة تعلن خطة جديدة"));
    }

    @Test
    void arabicPageMetadataComesFromOpenGraphAndMetaTags() {
        WebArticle a = Fixtures.read("arabic-news.html");
        assertEquals("صحيفة المرصد", a.siteName());
        assertEquals("ar", a.language());
        assertEquals(LocalDate.of(2024, 3, 5), a.published());
        assertEquals(OffsetDateTime.parse("2024-03-05T09:30:00+02:00"), a.publishedAt());
        assertEquals("سارة أحمد", a.author());
        assertEquals(Charset.forName("UTF-8"), a.charset());
    }

    @Test
    void jsonLdHeadlineWinsOverOpenGraphAndTitleTag() {
        assertEquals("Council approves the 2024 budget", Fixtures.read("json-ld-article.html").title());
    }

    @Test
    void jsonLdArticleInsideGraphGivesDatesAuthorsAndPublisher() {
        WebArticle a = Fixtures.read("json-ld-article.html");
        assertEquals(List.of("Jane Smith", "Omar Haddad"), a.authors());
        assertEquals(LocalDate.of(2024, 2, 1), a.published());
        assertEquals(LocalDate.of(2024, 2, 2), a.modified());
        assertEquals("Evening Courier", a.siteName());
        assertEquals("en", a.language());
        assertEquals("https://courier.example/news/council-budget", a.url());
    }

    @Test
    void bodyContainerNamedByTheTemplateIsRead() {
        WebArticle a = Fixtures.read("json-ld-article.html");
        assertEquals("The city council approved its budget for 2024 on Thursday evening, after a debate that lasted"
                + " more than four hours.\nCouncillors agreed to raise spending on schools and road repairs, while"
                + " property taxes stay at last year's level.", a.body());
    }

    @Test
    void titleTagLosesItsSiteNameSuffix() {
        WebArticle a = Fixtures.read("meta-only.html");
        assertEquals("Storm closes harbour", a.title());
    }

    @Test
    void plainMetaTagsGiveAuthorDateAndDescription() {
        WebArticle a = Fixtures.read("meta-only.html");
        assertEquals("Lena Berg", a.author());
        assertEquals(LocalDate.of(2023, 11, 20), a.published());
        assertEquals("The harbour stayed shut all day.", a.description());
        assertTrue(a.body().startsWith("A storm closed the harbour on Monday"));
    }

    @Test
    void windows1256PageIsReadWhetherDeclaredOrNot() {
        for (String name : List.of("windows-1256-declared.html", "windows-1256-undeclared.html")) {
            WebArticle a = Fixtures.read(name);
            assertEquals(Charset.forName("windows-1256"), a.charset(), name);
            assertTrue(a.body().startsWith("أعلنت وزارة الصحة اليوم عن افتتاح مستشفى جديد"), name + ": " + a.body());
            assertEquals("خبر عاجل", a.title());
        }
    }

    @Test
    void pageWithoutMetadataStillGetsDateFromUrl() {
        byte[] page = "<html><body><p>Short page.</p></body></html>".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        WebArticle a = new HtmlArticleReader().extract(page, "https://x.example/2021/07/09/item.html", null);
        assertEquals(LocalDate.of(2021, 7, 9), a.published());
        assertEquals("x.example", a.siteName());
    }
}
