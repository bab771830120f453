package org.marsad.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.marsad.time.Shown.show;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * One test per family of time expression the tagger covers (issue 3), each on sentences written
 * the way Arabic outlets write them; {@link TimexTaggerTest} holds the earlier cases.
 */
class TimexFamiliesTest {
    /** A Monday in Shawwal 1436. */
    static final LocalDate MON = LocalDate.of(2015, 8, 10);


    // Gregorian months in every naming system

    @Test
    void egyptianGulfMonthNames() {
        assertEquals("3 يناير 2015=2015-01-03", show("وقعت الاتفاقية في 3 يناير 2015 في القاهرة.", MON));
        assertEquals("20 يوليه=2015-07-20", show("افتتح الوزير المعرض في 20 يوليه بحضور السفراء.", MON));
    }

    @Test
    void levantineMonthNames() {
        assertEquals("14 كانون الثاني 2015=2015-01-14", show("جرت الانتخابات في 14 كانون الثاني 2015 في بيروت.", MON));
        assertEquals("2 تشرين الأول المقبل=2015-10-02", show("تنطلق الدورة في 2 تشرين الأول المقبل في دمشق.", MON));
        assertEquals("أيار 2014=2014-05", show("انسحبت القوات في أيار 2014 من المدينة.", MON));
    }

    @Test
    void maghrebiMonthNames() {
        assertEquals("12 جانفي 2015=2015-01-12", show("صادق البرلمان التونسي على القانون يوم 12 جانفي 2015.", MON)
                .replace("يوم ", ""));
        assertEquals("فيفري الماضي=2015-02", show("ارتفعت نسبة التضخم في الجزائر خلال فيفري الماضي.", MON));
        assertEquals("5 جويلية=2015-07-05", show("تحتفل الجزائر بعيد الاستقلال في 5 جويلية من كل عام.", MON)
                .replaceAll(" \\|.*", ""));
    }

    @Test
    void pairedMonthNamesInEitherOrder() {
        assertEquals("15 آب/أغسطس=2015-08-15", show("تبدأ المفاوضات في 15 آب/أغسطس في جنيف.", MON));
        assertEquals("أبريل (نيسان) 2015=2015-04", show("سجل الميزان التجاري عجزا في أبريل (نيسان) 2015.", MON));
    }

    @Test
    void arabicIndicDigitsInDatesAndDurations() {
        assertEquals("٢٥ مارس ٢٠١٥=2015-03-25", show("انطلقت عاصفة الحزم في ٢٥ مارس ٢٠١٥ بقيادة المملكة.", MON));
        assertEquals("٣ أيام=P3D", show("استمر المعرض ٣ أيام في جدة.", MON));
    }

    @Test
    void numberWordsCountDurations() {
        assertEquals("خمس سنوات=P5Y", show("قضى المتهم خمس سنوات في السجن.", MON));
        assertEquals("لمدة أربعة أعوام=P4Y", show("وقع اللاعب عقدا لمدة أربعة أعوام مع النادي.", MON));
        assertEquals("عشرين عاما=P20Y", show("عمل في الصحافة عشرين عاما قبل تقاعده.", MON));
    }

    // Hijri dates

    @Test
    void hijriDateWithYearIsConverted() {
        assertEquals("25 شوال 1436 هـ=2015-08-10", show("صدر القرار في 25 شوال 1436 هـ بعد دراسة مستفيضة.", MON));
        assertEquals("1 رمضان 1436هـ=2015-06-18", show("بدأ الصيام في 1 رمضان 1436هـ في المملكة.", MON));
    }

    @Test
    void hijriDatePairedWithGregorianIsOneDateWithTheGregorianValue() {
        assertEquals("26 شوال 1436 هـ الموافق 11 أغسطس 2015 م=2015-08-11",
                show("الرياض 26 شوال 1436 هـ الموافق 11 أغسطس 2015 م واس", MON).replace("الرياض ", ""));
        // SPA's glued slips: the place glued to the day, the era to الموافق
        assertEquals("25 شوال 1436 هـالموافق 10 اغسطس 2015 م=2015-08-10",
                show("الدمام25 شوال 1436 هـالموافق 10 اغسطس 2015 م واس", MON));
    }

    @Test
    void hijriDayAndMonthWithoutAYearTakeTheNearestYear() {
        assertEquals("8 من ذي القعدة=2015-08-23", show("يعود الطلاب إلى مقاعد الدراسة في 8 من ذي القعدة.", MON));
        assertEquals("الأول من شهر ذي الحجة=2015-09-14",
                show("تبدأ عملية القيد في الأول من شهر ذي الحجة في كل المراكز.", MON).replaceAll(" \\|.*", ""));
        assertEquals("21 إلى 23 من شهر شوال=2015-08-06/2015-08-08",
                show("تعرض المسرحية (21 إلى 23 من شهر شوال) في الأحساء.", MON));
        assertEquals("", show("فاز الفريق 2 صفر على منافسه.", MON));
    }

    // weekdays and deictics

    @Test
    void weekdaysAloneAndWithDeictics() {
        assertEquals("الأحد=2015-08-09", show("وقال المتحدث الأحد إن المفاوضات متعثرة.", MON));
        assertEquals("اليوم الاثنين=2015-08-10", show("يفتتح الأمير اليوم الاثنين المعرض الدولي.", MON));
        assertEquals("أمس (الأحد)=2015-08-09", show("أعلنت الشرطة أمس (الأحد) القبض على المتهمين.", MON));
        assertEquals("مساء غد الثلاثاء=2015-08-11", show("تقام المباراة مساء غد الثلاثاء في جدة.", MON));
        assertEquals("البارحة=2015-08-09", show("وصل الوفد البارحة إلى الرياض.", MON));
    }

    // relative periods

    @Test
    void relativePeriodsAndVagueReferences() {
        assertEquals("الأسبوع المقبل=2015-W34", show("يصل الوفد الأسبوع المقبل إلى عمّان.", MON));
        assertEquals("الشهر الجاري=2015-08", show("ارتفعت أسعار النفط خلال الشهر الجاري.", MON));
        assertEquals("العام الماضي=2014", show("تراجعت المبيعات العام الماضي بنسبة 5 في المائة.", MON));
        assertEquals("خلال الأسابيع القادمة=FUTURE_REF", show("نتوقع الموافقة خلال الأسابيع القادمة.", MON));
        assertEquals("في الفترة الأخيرة=PAST_REF", show("تراجعت الأسعار في الفترة الأخيرة.", MON));
    }

    // day of the month with الجاري / الماضي / المقبل

    @Test
    void dayOfMonthQualifiedByCurrentLastOrNext() {
        assertEquals("20 أغسطس الجاري=2015-08-20", show("تنطلق البطولة في 20 أغسطس الجاري.", MON));
        assertEquals("5 يوليو الماضي=2015-07-05", show("أعلنت الوزارة في 5 يوليو الماضي عن الخطة.", MON));
        assertEquals("3 سبتمبر المقبل=2015-09-03", show("تعقد القمة في 3 سبتمبر المقبل.", MON));
    }

    // ranges

    @Test
    void rangesOfDays() {
        assertEquals("يومي 9 و10 سبتمبر=2015-09-09/2015-09-10", show("يعقد المؤتمر يومي 9 و10 سبتمبر في دبي.", MON));
        assertEquals("12 إلى 17 أغسطس=2015-08-12/2015-08-17", show("يقام المهرجان من 12 إلى 17 أغسطس في الطائف.", MON));
        assertEquals("12 و17 أكتوبر=2015-10-12/2015-10-17", show("تجرى الاختبارات بين 12 و17 أكتوبر المقبل.", MON)
                .replace(" المقبل", ""));
    }

    // clock times

    @Test
    void clockTimesWithZones() {
        assertEquals("الساعة 9 صباحا بتوقيت مكة=2015-08-10T09:00",
                show("تبدأ الجلسة الساعة 9 صباحا بتوقيت مكة المكرمة.", MON).replace(" المكرمة", ""));
        assertEquals("الساعة 14:30 بتوقيت غرينتش=2015-08-10T14:30Z", show("وقع الانفجار الساعة 14:30 بتوقيت غرينتش.", MON));
        assertEquals("الساعة الثامنة مساء=2015-08-10T20:00", show("تنطلق المباراة الساعة الثامنة مساء.", MON));
    }

    // durations

    @Test
    void durationsWithDigitsDualsAndLeads() {
        assertEquals("منذ 15 عاما=P15Y", show("يعمل في الشركة منذ 15 عاما.", MON));
        assertEquals("أسبوعين=P2W", show("استغرقت الرحلة أسبوعين.", MON));
        assertEquals("لمدة ساعة=PT1H", show("تحدث الرئيس لمدة ساعة أمام البرلمان.", MON));
    }

    // sets

    @Test
    void recurringTimesAreSets() {
        assertEquals("سنويا=P1Y", show("تنتج المصفاة 20 مليون برميل سنويا.", MON));
        assertEquals("يومياً=P1D", show("يزور المعرض آلاف الزوار يومياً.", MON));
        assertEquals("كل أسبوع=P1W", show("يجتمع المجلس كل أسبوع في مقر الإمارة.", MON));
        assertEquals("كل أربع سنوات=P4Y", show("تقام البطولة كل أربع سنوات.", MON));
        assertEquals("كل يوم جمعة=XXXX-WXX-5", show("يفتح السوق أبوابه كل يوم جمعة.", MON));
        assertEquals("", show("التقى الوزير كل أحد من المسؤولين على حدة.", MON));
    }

    // years

    @Test
    void yearsAfterLeadsAndCues() {
        assertEquals("عام 2010=2010", show("تأسست الجمعية عام 2010 في جدة.", MON));
        assertEquals("لعام 2015=2015", show("أعلنت الجامعة خطتها لعام 2015.", MON));
        assertEquals("2014=2014", show("تضاعف الإنتاج منذ 2014 بحسب التقرير.", MON));
    }

    // vague references

    @Test
    void vagueReferencesToPastPresentAndFuture() {
        assertEquals("مؤخرا=PAST_REF", show("افتتحت الشركة مؤخرا فرعا جديدا.", MON));
        assertEquals("في الوقت الراهن=PRESENT_REF", show("لا توجد خطط في الوقت الراهن لرفع الأسعار.", MON));
        assertEquals("في المستقبل القريب=FUTURE_REF", show("ستطلق الخدمة في المستقبل القريب.", MON));
    }
}
