package org.marsad.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.doc.Provenance;
import org.marsad.doc.TextSpan;
import org.marsad.ingest.RawArticle;

class ArticleCleanerTest {
    private final ArticleCleaner cleaner = new ArticleCleaner();

    private CleanedArticle clean(String text) {
        return cleaner.clean(RawArticle.ofText(Provenance.ofFile("t.txt"), text));
    }

    @Test
    void wireMarkerLeavesTheHeadlineAndTheParenthesisedBylineLeavesTheBody() {
        CleanedArticle a = clean("""
                عاجل- وزير المالية يعلن خطة جديدة لدعم الصادرات

                (شبكة الأخبار المسائية / الأناضول - 4 آذار 2023ء) أعلن وزير المالية، اليوم السبت، خطة لدعم الصادرات.

                وقال الوزير إن الخطة تبدأ الشهر المقبل.""");
        assertEquals("وزير المالية يعلن خطة جديدة لدعم الصادرات", a.meta().headline());
        assertEquals("شبكة الأخبار المسائية", a.meta().outlet());
        assertEquals(List.of("الأناضول"), a.meta().agencies());
        assertEquals(LocalDate.of(2023, 3, 4), a.meta().published());
        assertFalse(a.meta().publishedInferred());
        assertTrue(a.text().startsWith("وزير المالية يعلن خطة"));
        assertTrue(a.text().contains("\n\nأعلن وزير المالية، اليوم السبت"));
        assertFalse(a.text().contains("الأناضول"));
    }

    @Test
    void sectionLabelRepeatedHeadlineCaptionsDatelineLineAndFooterAreDropped() {
        CleanedArticle a = clean("""
                اقتصاد عربي
                أسعار النفط ترتفع مع تراجع المخزونات الأمريكية
                أسعار النفط ترتفع مع تراجع المخزونات الأمريكية
                ناقلة نفط في ميناء رأس تنورة - 2 مايو 2022 - Reuters
                ناقلة نفط في ميناء رأس تنورة - 2 مايو 2022 - Reuters
                لندن - رويترز

                ارتفعت أسعار النفط، الثلاثاء، بعد أن أظهرت بيانات تراجع المخزونات في الولايات المتحدة.

                وقال محللون إن الطلب ما زال قويا.

                مقالات ذات صلة
                أضف تعليقك
                العودة للأعلى""");
        assertEquals("أسعار النفط ترتفع مع تراجع المخزونات الأمريكية", a.meta().headline());
        assertEquals("لندن", a.meta().dateline());
        assertEquals(List.of("رويترز"), a.meta().agencies());
        assertEquals("اقتصاد عربي", a.meta().section());
        assertEquals("""
                أسعار النفط ترتفع مع تراجع المخزونات الأمريكية

                ارتفعت أسعار النفط، الثلاثاء، بعد أن أظهرت بيانات تراجع المخزونات في الولايات المتحدة.

                وقال محللون إن الطلب ما زال قويا.""", a.text());
    }

    @Test
    void inlineDatelineOpenerIsCut() {
        CleanedArticle a = clean("""
                افتتاح معرض الكتاب

                الدمام - واس: افتتح أمير المنطقة الشرقية معرض الكتاب في دورته العاشرة.""");
        assertEquals("الدمام", a.meta().dateline());
        assertEquals(List.of("واس"), a.meta().agencies());
        assertTrue(a.text().endsWith("\n\nافتتح أمير المنطقة الشرقية معرض الكتاب في دورته العاشرة."));
    }

    @Test
    void spaDatelineLineAndEndMarkersGo() {
        CleanedArticle a = clean("""
                سياسي / ولي العهد يستقبل وزير الخارجية الفرنسي
                 جدة 3 ذو القعدة 1440 هـ الموافق 6 يوليو 2019 م واس
                 استقبل ولي العهد في جدة اليوم وزير الخارجية الفرنسي.
                 // انتهى //
                 14:22 ت م
                """);
        assertEquals("ولي العهد يستقبل وزير الخارجية الفرنسي", a.meta().headline());
        assertEquals("جدة", a.meta().dateline());
        assertEquals(LocalDate.of(2019, 7, 6), a.meta().published());
        assertEquals(List.of("واس"), a.meta().agencies());
        assertEquals("ولي العهد يستقبل وزير الخارجية الفرنسي\n\nاستقبل ولي العهد في جدة اليوم وزير الخارجية الفرنسي.",
                a.text());
    }

    @Test
    void encodedFooterAndLatinWidgetGo() {
        CleanedArticle a = clean("""
                الأمطار تغمر شوارع المدينة
                غمرت الأمطار الغزيرة شوارع المدينة صباح اليوم.
                Facebook Comments
                bWFyc2FkLXRyYWNrZXItMjAyNA== بوابة الأخبار""");
        assertEquals("الأمطار تغمر شوارع المدينة\n\nغمرت الأمطار الغزيرة شوارع المدينة صباح اليوم.", a.text());
    }

    @Test
    void recordFieldsGiveTitleAndBylineAndAreNotRepeatedInTheBody() {
        String text = "انطلاق بطولة الشباب\n\nفهد الحربي - الطائف\n\nفهد الحربي - الطائف\nانطلقت أمس بطولة الشباب.";
        int titleEnd = text.indexOf("\n\n");
        int bylineEnd = text.indexOf("\n\n", titleEnd + 2);
        RawArticle raw = new RawArticle(new Provenance("day.json", "3"), text, new TextSpan(0, titleEnd),
                new TextSpan(titleEnd + 2, bylineEnd), null, LocalDate.of(2015, 8, 1), "http://example.org/1", "alwatan", null);
        CleanedArticle a = cleaner.clean(raw);
        assertEquals("انطلاق بطولة الشباب", a.meta().headline());
        assertEquals("الطائف", a.meta().dateline());
        assertEquals("فهد الحربي", a.meta().byline());
        assertEquals("alwatan", a.meta().outlet());
        assertNull(a.meta().published());
        assertEquals(LocalDate.of(2015, 8, 1), a.meta().downloaded());
        assertEquals("انطلاق بطولة الشباب\n\nانطلقت أمس بطولة الشباب.", a.text());
    }

    @Test
    void cleanedTextMapsBackToTheSource() {
        String src = "افتتاح المعرض\n\nالرياض - واس: نص الخبر هنا.";
        CleanedArticle a = clean(src);
        int body = a.text().indexOf("نص");
        assertEquals(src.indexOf("نص"), a.sourceMap().toSource(body));
        assertEquals(-1, a.sourceMap().toSource(a.text().indexOf("\n\n") + 1));
    }

    @Test
    void footerPhraseAfterTheLastSentenceIsCut() {
        CleanedArticle a = clean("عنوان الخبر\nجاء ذلك في بيان للوزارة اليوم. رابط الخبر بصحيفة الأخبار: عنوان الخبر");
        assertTrue(a.text().endsWith("جاء ذلك في بيان للوزارة اليوم."));
    }

    @Test
    void longFirstLineIsNotTakenForAHeadline() {
        String para = "قال ".repeat(40) + "انتهى الاجتماع.";
        CleanedArticle a = clean(para);
        assertNull(a.meta().headline());
        assertEquals(para, a.text());
    }

    @Test
    void mastheadAboveTheHeadlineIsTheOutlet() {
        CleanedArticle a = clean("""
                الجزيرة نت

                موسكو ترد على واشنطن: مخاوفنا الأساسية لم تؤخذ بالاعتبار

                قال المتحدث باسم الحكومة، يوم الثلاثاء، إن الرد لم يأخذ المطالب بالاعتبار.""");
        assertEquals("موسكو ترد على واشنطن: مخاوفنا الأساسية لم تؤخذ بالاعتبار", a.meta().headline());
        assertEquals("الجزيرة نت", a.meta().outlet());
        assertFalse(a.text().contains("الجزيرة نت"));
    }

    @Test
    void unlistedOutletNamedByItsKindIsAMasthead() {
        CleanedArticle a = clean("صحيفة الغارديان\nالحكومة تعلن خطة جديدة للنقل العام\nأعلنت الحكومة خطة جديدة.");
        assertEquals("صحيفة الغارديان", a.meta().outlet());
        assertEquals("الحكومة تعلن خطة جديدة للنقل العام", a.meta().headline());
    }

    @Test
    void headlineNamingAnOutletIsStillTheHeadline() {
        CleanedArticle a = clean("وكالة الطاقة الذرية تحذر من نقص الوقود\nحذرت الوكالة اليوم من نقص الوقود.");
        assertEquals("وكالة الطاقة الذرية تحذر من نقص الوقود", a.meta().headline());
        assertNull(a.meta().outlet());
    }

    @Test
    void sourceCreditAtTheFootIsReadAndDropped() {
        CleanedArticle a = clean("""
                عنوان الخبر عن المحادثات

                قال الوزير إن المحادثات مستمرة.

                المصدر : الجزيرة + وكالات""");
        assertEquals("الجزيرة", a.meta().outlet());
        assertTrue(a.text().endsWith("قال الوزير إن المحادثات مستمرة."));
    }

    @Test
    void wireBylineAboveTheHeadlineIsReadAndTheHeadlineFollows() {
        CleanedArticle a = clean("""
                أنقرة/ الأناضول

                أردوغان يعرض استضافة قمة بين بوتين وزيلينسكي

                عرض الرئيس التركي، الخميس، استضافة قمة تجمع نظيريه الروسي والأوكراني.""");
        assertEquals("أردوغان يعرض استضافة قمة بين بوتين وزيلينسكي", a.meta().headline());
        assertEquals("أنقرة", a.meta().dateline());
        assertEquals(List.of("الأناضول"), a.meta().agencies());
    }

    @Test
    void headlineOpeningWithAnAgencyAndAColonIsStillTheHeadline() {
        CleanedArticle a = clean("رويترز: الحكومة تعلن خطة جديدة للنقل\nأعلنت الحكومة خطة جديدة.");
        assertEquals("رويترز: الحكومة تعلن خطة جديدة للنقل", a.meta().headline());
    }

    @Test
    void wireCopyThatOpensWithItsDatelineHasNoHeadlineAndDropsItsStaffCredit() {
        CleanedArticle a = clean("موسكو (رويترز) - قال الكرملين يوم الاثنين إن التوتر حول أوكرانيا يتصاعد.\n\n"
                + "وقال المتحدث باسم الكرملين للصحفيين إن روسيا تراقب تحركات الحلف.\n\n"
                + "(إعداد محمد علي للنشرة العربية - تحرير سامح البرديسي)");
        assertNull(a.meta().headline());
        assertEquals("موسكو", a.meta().dateline());
        assertEquals(List.of("رويترز"), a.meta().agencies());
        assertTrue(a.text().startsWith("قال الكرملين يوم الاثنين"), a.text());
        assertTrue(a.text().endsWith("تحركات الحلف."), a.text());
    }
}
