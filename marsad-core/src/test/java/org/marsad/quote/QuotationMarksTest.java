package org.marsad.quote;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class QuotationMarksTest {

    private static List<String> inside(String text) {
        return QuotationMarks.find(text).stream().map(q -> text.substring(q.start(), q.end())).toList();
    }

    @Test
    void pairsEachStyleWithItsOwnClosingMark() {
        assertEquals(List.of("أ ب", "ج د", "هـ و", "ز ح"), inside("قال \"أ ب\" ثم «ج د» ثم “هـ و” ثم 'ز ح' انتهى"));
    }

    @Test
    void mirroredCurlyMarksPairAsWell() {
        assertEquals(List.of("كانت مفيدة"), inside("أوضح أن ”كانت مفيدة“ للطرفين"));
    }

    @Test
    void strayClosingMarkOpensNothing() {
        List<Quotation> q = QuotationMarks.find("وعدم وجود أي نية لنشر أسلحة”. وأكد الكرملين");
        assertTrue(q.isEmpty());
    }

    @Test
    void quotationWhoseNextParagraphOpensWithAMarkGoesOn() {
        String text = "قال: \"الفقرة الأولى\n\n\"الفقرة الثانية\" وانتهى";
        List<Quotation> q = QuotationMarks.find(text);
        assertEquals(1, q.size());
        assertTrue(q.get(0).closed());
        assertEquals("الفقرة الأولى\n\n\"الفقرة الثانية", text.substring(q.get(0).start(), q.get(0).end()));
    }

    @Test
    void quotationClosedInALaterParagraphSpansTheBreak() {
        String text = "قال: \"نحن بحاجة إلى ردود.\n\n..\".\n\nوعما إذا";
        List<Quotation> q = QuotationMarks.find(text);
        assertEquals(1, q.size());
        assertTrue(text.substring(q.get(0).start(), q.get(0).end()).endsWith(".."));
    }

    @Test
    void unclosedQuotationEndsWithItsParagraph() {
        String text = "وقال: \"لن نتراجع عن موقفنا\n\nوفي سياق آخر أعلن الجيش";
        List<Quotation> q = QuotationMarks.find(text);
        assertEquals(1, q.size());
        assertFalse(q.get(0).closed());
        assertEquals("لن نتراجع عن موقفنا", text.substring(q.get(0).start(), q.get(0).end()));
    }

    @Test
    void apostropheInsideAWordIsNotAMark() {
        assertTrue(QuotationMarks.find("O'Brien said it's fine").isEmpty());
    }
}
