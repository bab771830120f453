package org.marsad.time;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.marsad.text.SentenceSplitter;

/**
 * Words that look temporal in sentences that hold no time expression: one test per family of
 * false alarm found on SaudiNewsNet (docs/eval/timex-false-alarms.md), on sentences written for
 * the test, with a true expression beside each to show the rule does not overreach.
 */
class TimexFalseAlarmTest {
    static final LocalDate ANCHOR = LocalDate.of(2015, 8, 10);

    private final TimexTagger tagger = new TimexTagger();

    private String show(String text) {
        return tagger.tag(text, new SentenceSplitter().split(text), ANCHOR).stream()
                .map(t -> t.textIn(text) + "=" + t.value()).collect(Collectors.joining(" | "));
    }

    @Test
    void theNewspaperAlYaumInQuotesIsNotToday() {
        assertEquals("", show("وقال مدير الإدارة لـ«اليوم» إن المشروع يسير وفق الخطة."));
        assertEquals("", show("تنشر \"اليوم\" في عددها هذا تقريرا عن الإسكان."));
        assertEquals("اليوم=2015-08-10", show("وقال مدير الإدارة اليوم إن المشروع يسير وفق الخطة."));
    }

    @Test
    void perDayAndTheDayOfAnEventAreNotToday() {
        assertEquals("", show("يتناول المريض الدواء ثلاث مرات في اليوم بعد الأكل."));
        assertEquals("", show("شارك الوفد باليوم الثقافي ضمن فعاليات المخيم."));
        assertEquals("", show("تتواصل الاحتجاجات لليوم الثالث على التوالي في العاصمة."));
        assertEquals("هذا الشهر=2015-08", show("احتفلت المدارس باليوم الرياضي وباليوم الصحي هذا الشهر."));
        assertEquals("اليوم=2015-08-10", show("لم تصدر النتائج حتى اليوم."));
    }

    @Test
    void aFactorOfAProductIsNotAYear() {
        assertEquals("", show("تأتي الشاشة بدقة 1920 * 1080 بكسل."));
        assertEquals("", show("يعرض الجهاز الصور بدقة 2048 × 1536 نقطة."));
        assertEquals("2014=2014", show("تراجعت المبيعات في 2014، بحسب التقرير."));
    }

    @Test
    void mostInNeedIsNotYesterday() {
        assertEquals("", show("الأسر النازحة في أمس الحاجة إلى المساعدات الغذائية."));
        assertEquals("", show("كان المرضى في أمسّ الحاجة إلى الأدوية."));
        assertEquals("أمس=2015-08-09", show("وصلت المساعدات أمس إلى المخيمات."));
    }

    @Test
    void namesAndNumbersSpeltLikeWeekdaysAreNotDays() {
        assertEquals("", show("أعلن اللاعب جمعة الدوسري اعتزاله اللعب."));
        assertEquals("", show("أدى المصلون صلاة الجمعة في الجامع الكبير."));
        assertEquals("", show("يضم المنتخب الأحد عشر لاعبا الأساسيين."));
        assertEquals("", show("وصل الاثنان معا إلى المطار."));
    }

    @Test
    void countsThatAreNotDurationsOrYears() {
        assertEquals("", show("شارك في الحملة أكثر من ثلاثة آلاف متطوع."));
        assertEquals("", show("نشرت القوات نحو 2000 جندي على الحدود."));
        assertEquals("", show("سجلت الهيئة 1913 بلاغا خلال الحملة."));
    }
}
