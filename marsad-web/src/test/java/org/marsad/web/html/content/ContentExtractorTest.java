package org.marsad.web.html.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

class ContentExtractorTest {

    private static final String AR_BODY = "<p>أعلنت وزارة النقل اليوم عن خطة شاملة لتطوير شبكة الحافلات في العاصمة، "
            + "تشمل خطوطا جديدة ومحطات حديثة ومواعيد منتظمة طوال اليوم.</p>"
            + "<p>وقال الوزير في مؤتمر صحفي إن المرحلة الأولى ستبدأ في الصيف المقبل، وإن التمويل سيأتي من الموازنة العامة.</p>";
    private static final String EN_BODY = "<p>The city council approved the new transport plan on Tuesday, after a debate "
            + "that lasted well into the evening and drew a large crowd.</p>"
            + "<p>The first stage, which adds three bus lines and a tram extension, is due to open next summer, "
            + "officials said.</p>";

    private static String extract(String body) {
        return ContentExtractor.extract(Jsoup.parse("<html><body>" + body + "</body></html>"), null);
    }

    @Test
    void leadBesideTheNamedArabicBodyJoinsItButTheAuthorBoxDoesNot() {
        String text = extract("<article><div class=\"lead\"><p>مقدمة الخبر: الحكومة تطلق أكبر مشروع للنقل العام منذ "
                + "عشرين عاما، بكلفة تتجاوز مليار دينار.</p></div><div class=\"article-body\">" + AR_BODY + "</div>"
                + "<div class=\"author-box\"><p>كاتب صحفي يغطي شؤون النقل.</p></div></article>");
        assertTrue(text.startsWith("مقدمة الخبر"), text);
        assertTrue(text.contains("المرحلة الأولى"), text);
        assertFalse(text.contains("كاتب صحفي"), text);
    }

    @Test
    void laterSectionThatReadsAsProseJoinsButLinkListsDoNot() {
        String text = extract("<div class=\"wrap\"><div class=\"article-body\">" + EN_BODY + "</div>"
                + "<div><h2>What happens next</h2><p>Residents can comment on the routes until March, and a final "
                + "decision is expected in April, according to the council.</p></div>"
                + "<div><p><a href=\"/a\">Another story about the budget of the city</a></p>"
                + "<p><a href=\"/b\">Yet another story about the council and its many members</a></p></div></div>");
        assertTrue(text.contains("What happens next\nResidents can comment"), text);
        assertFalse(text.contains("Another story"), text);
    }

    @Test
    void proseOutsideTheArticleElementDoesNotJoin() {
        String text = extract("<div><article><div class=\"article-body\">" + EN_BODY + "</div></article>"
                + "<div><p>Our newsletter brings you the best stories of the week, every Friday, straight to your "
                + "inbox, and it is free.</p></div></div>");
        assertTrue(text.contains("The first stage"), text);
        assertFalse(text.contains("newsletter"), text);
    }

    @Test
    void headingOverLinkLinesGoesWithThem() {
        String text = extract("<article><div class=\"article-body\">" + AR_BODY + "<h3>اقرأ أيضا</h3>"
                + "<div><a href=\"/1\">افتتاح محطة مترو جديدة في وسط المدينة</a></div>"
                + "<div><a href=\"/2\">ارتفاع أسعار التذاكر في الشهر المقبل</a></div>"
                + "<p>وأضاف الوزير أن الخطة ستراجع كل عام بعد نشر نتائج التقييم المستقل.</p></div></article>");
        assertFalse(text.contains("اقرأ أيضا"), text);
        assertTrue(text.contains("ستراجع كل عام"), text);
    }

    @Test
    void contentPartWithOnlyAWeakBoilerplateNameIsKeptWhenLong() {
        String section = EN_BODY + EN_BODY.replace("Tuesday", "Monday");
        String text = extract("<div class=\"article-body\"><div class=\"content_body\" id=\"toc_1\">" + section
                + "</div><div class=\"content_body\" id=\"toc_2\">" + section.replace("council", "mayor")
                + "</div><div class=\"content_body\" id=\"toc_3\">" + section.replace("council", "board") + "</div></div>");
        assertTrue(text.contains("approved the new transport plan"), text);
        assertTrue(text.contains("The city mayor approved"), text);
    }

    @Test
    void frameNamedForItsSidebarIsKeptWhenItHoldsTheArticle() {
        String text = extract("<main><section class=\"layout for_sidebar\">" + AR_BODY + AR_BODY.replace("الوزير", "المدير")
                + "</section></main>");
        assertTrue(text.contains("وقال المدير"), text);
    }

    @Test
    void leadInTheArticlesOwnHeaderIsKeptButThePageHeaderIsNot() {
        String text = extract("<header><p>موقع الأخبار: كل ما يهمك من أخبار المدينة والعالم على مدار الساعة.</p></header>"
                + "<article><header><h1>خطة جديدة للنقل</h1><p class=\"standfirst\">الحكومة تطلق أكبر مشروع للنقل العام "
                + "منذ عشرين عاما، بكلفة تتجاوز مليار دينار.</p></header><div class=\"article-body\">" + AR_BODY
                + "</div></article>");
        assertTrue(text.contains("الحكومة تطلق أكبر مشروع"), text);
        assertFalse(text.contains("موقع الأخبار"), text);
    }

    @Test
    void furnitureLinesInsideTheBodyAreDroppedAndTheTextAfterThemKept() {
        assertEquals("The city council approved the new transport plan on Tuesday, after a debate that lasted well into "
                + "the evening and drew a large crowd.\nThe first stage, which adds three bus lines and a tram extension, "
                + "is due to open next summer, officials said.\nResidents can comment on the routes until March.",
                extract("<article><div class=\"article-body\">" + EN_BODY + "<p>Photo: City Hall press office</p>"
                        + "<h3>Related articles</h3><p>Residents can comment on the routes until March.</p></div></article>"));
    }

    @Test
    void arabicReadAlsoAndSourceLinesAreDropped() {
        assertEquals(extract(AR_BODY), extract("<article><div class=\"article-body\">" + AR_BODY
                + "<p><strong>اقرأ أيضاً:</strong></p><p>المصدر: وكالة الأنباء</p></div></article>"));
    }
}
