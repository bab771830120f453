package org.marsad.clean;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.marsad.clean.RecurringLines.TemplateLines;
import org.marsad.doc.Provenance;
import org.marsad.ingest.RawArticle;

class RecurringLinesTest {
    private static final String[] TOPICS = {"الأمطار", "الانتخابات", "الميزانية", "المدارس", "الطرق", "المستشفيات",
        "الموانئ", "المطارات", "الأسواق", "الجامعات", "المصانع"};

    /** Articles whose bodies differ in words, whose footers differ only in a number. */
    private static String article(int i) {
        return "عنوان الخبر عن " + TOPICS[i % TOPICS.length] + "\n\nنص الخبر يتحدث عن " + TOPICS[i % TOPICS.length] + " في المنطقة.\n\n"
                + "تابعوا قناتنا للحصول على آخر المستجدات " + (i % 3);
    }

    @Test
    void aLineSeenInFiveArticlesOfAnOutletIsTemplateFromTheSixthOn() {
        RecurringLines recurring = new RecurringLines();
        ArticleCleaner cleaner = new ArticleCleaner();
        for (int i = 1; i <= RecurringLines.MIN_ARTICLES; i++) {
            TemplateLines t = recurring.observe("outlet-a", article(i));
            String text = cleaner.clean(RawArticle.ofText(Provenance.ofFile("a" + i), article(i)), t).text();
            assertTrue(text.contains("تابعوا قناتنا"), "not yet known as template in article " + i);
        }
        TemplateLines t = recurring.observe("outlet-a", article(6));
        String text = cleaner.clean(RawArticle.ofText(Provenance.ofFile("a6"), article(6)), t).text();
        assertFalse(text.contains("تابعوا قناتنا"), text);
        assertTrue(text.contains("نص الخبر يتحدث عن " + TOPICS[6]), text);
    }

    @Test
    void anotherOutletsTemplateDoesNotCount() {
        RecurringLines recurring = new RecurringLines();
        for (int i = 1; i <= 10; i++) {
            recurring.observe("outlet-a", article(i));
        }
        assertTrue(recurring.observe("outlet-b", article(11)).isEmpty());
    }
}
