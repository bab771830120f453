package org.marsad.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.marsad.time.Shown.show;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.text.SentenceSplitter;

class TimexTaggerTest {
    /** A Wednesday. */
    static final LocalDate WED = LocalDate.of(2023, 3, 15);
    /** A Thursday near the turn of a year. */
    static final LocalDate THU_DEC = LocalDate.of(2021, 12, 30);

    private final TimexTagger tagger = new TimexTagger();

    private List<Timex> tag(String text, LocalDate anchor) {
        return tagger.tag(text, new SentenceSplitter().split(text), anchor);
    }


    // a. Gregorian dates

    @Test
    void dayAndMonthWithYearInEveryNamingSystem() {
        assertEquals("5 مارس 2020=2020-03-05", show("وقعت الحادثة في 5 مارس 2020 قرب الحدود.", WED));
        assertEquals("12 آذار 2019=2019-03-12", show("اندلعت الاحتجاجات في 12 آذار 2019 في العاصمة.", WED));
        assertEquals("3 جوان 2018=2018-06-03", show("جرت الانتخابات يوم 3 جوان 2018 بهدوء.", WED).replace("يوم ", ""));
    }

    @Test
    void pairedMonthNamesAreOneDate() {
        assertEquals("10 يناير/كانون ثان=2022-01-10", show("ستعقد الجولة المقبلة في 10 يناير/كانون ثان المقبل.",
                THU_DEC).replace(" المقبل", ""));
        assertEquals("26 مارس آذار الماضي=2023-03-26".replace("2023", "2022"),
                show("أصدرت الحكومة في 26 مارس آذار الماضي قرارا.", WED));
        assertEquals("يناير=2023-01 | فبراير 2020=2020-02", show("ارتفعت في يناير وفبراير 2020.", WED));
        assertEquals("4 شباط (فبراير) 2021=2021-02-04", show("وصل الوفد في 4 شباط (فبراير) 2021 إلى بيروت.", WED));
    }

    @Test
    void twoDaysOfOneMonthAreASpanOfDays() {
        assertEquals("يومي 20 و21 آذار/مارس الجاري=2023-03-20/2023-03-21",
                show("تعقد القمة يومي 20 و21 آذار/مارس الجاري في الرياض.", WED));
    }

    @Test
    void dayWithoutYearTakesTheNearestYear() {
        assertEquals("الـ7 من ديسمبر=2021-12-07", show("التقى الرئيسان في الـ7 من ديسمبر عبر الفيديو.", THU_DEC));
        assertEquals("5 يناير=2022-01-05", show("وتبدأ المحادثات في 5 يناير في فيينا.", THU_DEC));
    }

    @Test
    void monthAndYearGiveAMonth() {
        assertEquals("ديسمبر 2021=2021-12", show("ارتفع التضخم في ديسمبر 2021 إلى مستوى قياسي.", WED));
        assertEquals("شهر أيار الماضي=2022-05", show("وأعلنت الحكومة في شهر أيار الماضي خطة جديدة.",
                LocalDate.of(2022, 9, 1)).replace("في ", ""));
    }

    @Test
    void yearWordBetweenMonthAndYearBelongsToTheDate() {
        assertEquals("أغسطس عام 2009=2009-08", show("افتتح المصنع في أغسطس عام 2009 بحضور الوزير.", WED));
        assertEquals("15 مايو من عام 2013=2013-05-15", show("أطلقت الخدمة في 15 مايو من عام 2013.", WED));
        assertEquals("6 يونيو 1799=1799-06-06", show("ولد الشاعر في 6 يونيو 1799 في موسكو.", WED));
    }

    @Test
    void monthOfTheYearBeforeTheAnchorsYear() {
        assertEquals("مايو من العام الماضي=2022-05", show("سجل الإنتاج في مايو من العام الماضي رقما قياسيا.", WED));
        assertEquals("3 يونيو من العام المقبل=2024-06-03", show("تفتتح المحطة في 3 يونيو من العام المقبل.", WED));
    }

    @Test
    void monthNamesBeginningWithAConjunctionLetterKeepIt() {
        assertEquals("فبراير الماضي=2023-02", show("ارتفعت الصادرات في فبراير الماضي.", WED));
        assertEquals("فبراير 2020=2020-02", show("ارتفعت في وفبراير 2020.", WED).replaceAll("^.*\\| ", ""));
    }

    @Test
    void ordinalDaysBeforeAMonth() {
        assertEquals("الثامن من أغسطس=2022-08-08", show("تنتهي المهلة في الثامن من أغسطس.", LocalDate.of(2022, 7, 20)));
        assertEquals("الحادي والعشرين من مارس=2023-03-21",
                show("تبدأ الإجازة في الحادي والعشرين من مارس.", WED));
        assertEquals("", show("احتل الفريق المركز الثاني من حيث النقاط.", WED));
    }

    @Test
    void numericDatesGregorianAndHijri() {
        assertEquals("16/02/2022=2022-02-16", show("صدر التعميم بتاريخ 16/02/2022 عن الوزارة.", WED));
        assertEquals("10-10-1436هـ=2015-07-26", show("تجرى المقابلات يوم الأحد 10-10-1436هـ في الرياض.", WED)
                .replace("يوم الأحد ", ""));
    }

    @Test
    void arabicIndicDigitsAreRead() {
        assertEquals("١٥ أكتوبر ٢٠٢٠=2020-10-15", show("صدر القرار في ١٥ أكتوبر ٢٠٢٠ بعد مشاورات.", WED));
    }

    @Test
    void yearsAfterACueButNotCounts() {
        assertEquals("عام 1998=1998", show("تأسست الشركة عام 1998 في دبي.", WED));
        assertEquals("2019=2019", show("تراجعت الصادرات في نهاية 2019 بشكل حاد.", WED));
        assertEquals("", show("نشرت الوزارة نحو 2000 جندي على الحدود.", WED));
    }

    // b. days and weekdays

    @Test
    void todayWithItsWeekdayIsOneSpan() {
        assertEquals("اليوم الأربعاء=2023-03-15", show("أعلنت الوزارة اليوم الأربعاء عن خطة جديدة.", WED));
        assertEquals("اليوم (الأربعاء)=2023-03-15", show("قال الوزير اليوم (الأربعاء) إن المفاوضات مستمرة.", WED));
    }

    @Test
    void yesterdayWithWeekdayResolvesToTheDayBefore() {
        assertEquals("يوم أمس الثلاثاء=2023-03-14", show("أكد المتحدث يوم أمس الثلاثاء أن الاتفاق قريب.", WED));
        assertEquals("بالأمس=2023-03-14", show("بدأت المناورات بالأمس في الشمال.", WED));
        assertEquals("أمس الأول=2023-03-13", show("وصل الوفد أمس الأول إلى القاهرة.", WED));
        assertEquals("أول من أمس=2023-03-13", show("غادر السفير أول من أمس.", WED));
        assertEquals("يوم أول من أمس=2023-03-13", show("وصل في وقت لاحق من يوم أول من أمس.", WED));
        assertEquals("يوم غد=2023-03-16", show("تبدأ الدورة يوم غد.", WED));
    }

    @Test
    void tomorrowAndTheDayAfter() {
        assertEquals("غدًا=2023-03-16", show("يصل الوزير غدًا إلى عمّان.", WED));
        assertEquals("بعد غد=2023-03-17", show("تنطلق البطولة بعد غد في الدوحة.", WED));
    }

    @Test
    void bareWeekdayInAPastClauseIsTheMostRecentOne() {
        assertEquals("الاثنين=2023-03-13", show("وقال الرئيس الاثنين إن بلاده لن تتراجع.", WED));
        assertEquals("الأربعاء=2023-03-15", show("أعلن الجيش، الأربعاء، مقتل ثلاثة مسلحين.", WED));
        assertEquals("يوم السبت الماضي=2023-03-11", show("اجتمع الوزراء يوم السبت الماضي في جدة.", WED));
    }

    @Test
    void partOfTheDayBelongsToItsWeekday() {
        assertEquals("مساء الأحد=2023-03-12", show("انقطع التيار الكهربائي مساء الأحد في المدينة.", WED));
        assertEquals("الجمعة الماضية=2023-03-10", show("تحررت المدينة الجمعة الماضية.", WED));
    }

    @Test
    void bareWeekdayInAFutureClauseIsTheNextOne() {
        assertEquals("الجمعة=2023-03-17", show("وسيلتقي الوزير نظيره الفرنسي الجمعة في باريس.", WED));
        assertEquals("الخميس المقبل=2023-03-16", show("تبدأ المحادثات الخميس المقبل.", WED));
        assertEquals("الأحد=2023-03-19", show("ومن المقرر أن تعقد الجلسة الأحد.", WED));
    }

    @Test
    void withoutAnAnchorRelativeDaysKeepTheirSpans() {
        assertEquals("اليوم الأربعاء=PRESENT_REF", show("أعلنت الوزارة اليوم الأربعاء عن خطة جديدة.", null));
        assertEquals("أمس=PAST_REF", show("وصل الوفد أمس إلى الرباط.", null));
        assertEquals("الخميس=PAST_REF", show("قال الوزير الخميس إن الوضع مستقر.", null));
        assertEquals("الأسبوع المقبل=FUTURE_REF", show("تعقد الجلسة الأسبوع المقبل.", null));
        assertEquals("10 يناير=XXXX-01-10", show("تعقد الجلسة في 10 يناير.", null));
    }

    @Test
    void wordsThatOnlyLookTemporalAreNotTagged() {
        assertEquals("", show("في الوقت نفسه، دعا الأمين العام الحالي إلى الحوار.", WED));
        assertEquals("", show("يحتفل العالم باليوم العالمي للمرأة.", WED));
        assertEquals("", show("تنطلق الليالي في اليوم المحدد لها.", WED));
        assertEquals("", show("أدى المصلون صلاة الجمعة في المسجد.", WED));
        assertEquals("", show("عين اليوم – جدة: تلقى الأمير اتصالا هاتفيا.", WED));
        assertEquals("", show("يجب الصيام في الليلة التي تسبق الفحص.", WED));
        assertEquals("", show("وزعت الوزارة موسوعة خطب الجمعة على المساجد.", WED));
        assertEquals("", show("وصل الاثنين معا إلى القاعة.", WED));
        assertEquals("", show("أعلنت الشركة عن شريكين اثنين في المشروع.", WED));
    }

    // c. relative periods

    @Test
    void lastWeekIsTheIsoWeekBeforeTheAnchors() {
        assertEquals("الأسبوع الماضي=2023-W10", show("والأسبوع الماضي، زار الوفد موسكو.", WED));
        assertEquals("الأسبوع المقبل=2023-W12", show("سترد الحكومة في الأسبوع المقبل.", WED));
    }

    @Test
    void monthsAndYearsRelativeToTheAnchor() {
        assertEquals("الشهر الماضي=2023-02", show("ارتفعت الأسعار الشهر الماضي.", WED));
        assertEquals("العام المقبل=2024", show("تجرى الانتخابات العام المقبل.", WED));
        assertEquals("هذا العام=2023", show("نما الاقتصاد هذا العام بنسبة 3%.", WED));
    }

    @Test
    void vagueReferencesGetRefValues() {
        assertEquals("في وقت سابق=PAST_REF", show("وكان الوزير قد صرح في وقت سابق بأن الاتفاق وشيك.", WED));
        assertEquals("حاليا=PRESENT_REF", show("تدرس الحكومة حاليا مقترحا جديدا.", WED));
        assertEquals("في الأيام الأخيرة=PAST_REF", show("تصاعد التوتر في الأيام الأخيرة.", WED));
    }

    @Test
    void vaguePhraseLeadingToADateGivesWayToTheDate() {
        assertEquals("اليوم الأربعاء=2023-03-15", show("وأعلن الوزير في وقت سابق من اليوم الأربعاء موقفه.", WED));
    }

    // d. clock times and durations

    @Test
    void clockTimeInGmtIsOnTheAnchorDay() {
        assertEquals("18:45 بتوقيت غرينتش=2023-03-15T18:45Z", show("بدأ الاجتماع عند 18:45 بتوقيت غرينتش.", WED));
        assertEquals("الساعة الثالثة عصرا=2023-03-15T15:00", show("تبدأ الجلسة الساعة الثالثة عصرا.", WED));
    }

    @Test
    void durationsWithNumbersDualsAndHalves() {
        assertEquals("ثلاثة أيام=P3D", show("استمرت الزيارة ثلاثة أيام.", WED));
        assertEquals("ساعتين=PT2H", show("دام الاجتماع ساعتين.", WED));
        assertEquals("عام 1979=1979", show("افتتح المطعم كغرفة واحدة عام 1979.", WED));
        assertEquals("منذ عامين ونصف=P2Y6M", show("توقفت المفاوضات منذ عامين ونصف.", WED));
        assertEquals("الـ48 ساعة الماضية=PT48H", show("سقط 12 قتيلا خلال الـ48 ساعة الماضية.", WED)
                .replace("خلال ", ""));
    }

    @Test
    void aSingularUnitWithOneOrAHalfIsADurationAndSoIsHalfAUnit() {
        assertEquals("ساعة ونصف الساعة=PT1H30M", show("استمر الاتصال ساعة ونصف الساعة.", WED));
        assertEquals("يوم واحد=P1D", show("بقي الوفد يوم واحد في المدينة.", WED));
        assertEquals("نصف ساعة=PT30M", show("دامت الجلسة نصف ساعة.", WED));
        assertEquals("", show("تعمل الساعة بدقة.", WED));
    }

    @Test
    void theSameDayMonthOrYearIsTheOneToldLast() {
        assertEquals("30 ديسمبر الماضي=2022-12-30 | السابع من الشهر نفسه=2022-12-07 | اليوم ذاته=2022-12-07"
                        + " | نفس العام=2022",
                show("أجريا اتصالا في 30 ديسمبر الماضي بعد قمة عقداها في السابع من الشهر نفسه. "
                        + "وفي اليوم ذاته أعلن الكرملين موقفه. وفي نفس العام وقعت الأزمة.", WED));
    }

    @Test
    void theSameTimeWithNothingToldBeforeOrOfAnotherYearIsNotTagged() {
        assertEquals("", show("وفي اليوم نفسه أعلن الكرملين موقفه.", WED));
        assertEquals("", show("وقال ذات يوم إنه سيعود.", WED));
        assertEquals("يونيو 2022=2022-06", show("تراجع الناتج في يونيو 2022 مقارنة بالشهر نفسه قبل سنة.", WED));
    }

    @Test
    void aNameThatLooksLikeAFutureVerbDoesNotMakeTheClauseFuture() {
        assertEquals("يوم الخميس=2023-03-09", show("قال الأمين العام لحلف الناتو ينس ستولتنبرج، يوم الخميس، إن الحلف "
                + "لم ير أي مؤشرات على الانسحاب.", WED));
        assertEquals("يوم الخميس=2023-03-16", show("وقال إن الوزير سيزور الصين يوم الخميس.", WED));
    }

    @Test
    void aDayOfAMonthNamedFromTheAnchor() {
        assertEquals("الثامن من الشهر الجاري=2023-03-08", show("التقى الوزيران في الثامن من الشهر الجاري.", WED));
        assertEquals("يوم 10 من الشهر الماضي=2023-02-10", show("وصل الوفد يوم 10 من الشهر الماضي.", WED));
    }

    @Test
    void aSpanBackOrForwardFromTheAnchorIsADate() {
        assertEquals("قبل ثلاثة أيام=2023-03-12", show("وقع الهجوم قبل ثلاثة أيام.", WED));
        assertEquals("بعد أسبوعين=2023-W13", show("تبدأ المحادثات بعد أسبوعين.", WED));
        assertEquals("قبل 40 عاما=1983", show("تأسست الشركة قبل 40 عاما.", WED));
        assertEquals("ثلاثة أيام=P3D", show("وصل قبل ثلاثة أيام من الانتخابات.", WED));
        assertEquals("الأسبوع قبل الماضي=2023-W09", show("عقد الاجتماع الأسبوع قبل الماضي.", WED));
    }

    @Test
    void numericDatesThatStartWithTheYear() {
        assertEquals("2022/01/12=2022-01-12", show("صدر القرار في 2022/01/12.", WED));
        assertEquals("2022-01-12=2022-01-12", show("صدر القرار في 2022-01-12.", WED));
    }

    @Test
    void aPluralUnitBeforeItsNumberIsADuration() {
        assertEquals("الساعات الـ24 الماضية=PT24H", show("قتل 12 شخصا خلال الساعات الـ24 الماضية.", WED));
    }

    // e. Hijri dates

    @Test
    void hijriDateIsConvertedToGregorian() {
        List<Timex> t = tag("توفي الشيخ في 1 رمضان 1444 هـ بعد مرض.", WED);
        assertEquals(1, t.size());
        assertEquals("2023-03-23", t.get(0).value());
    }

    @Test
    void hijriDateWithItsGregorianEquivalentIsOneDate() {
        String s = "صدر المرسوم في 25 شوال 1436 هـ الموافق 10 أغسطس 2015 م بعد مشاورات.";
        List<Timex> t = tag(s, WED);
        assertEquals(1, t.size());
        assertEquals("2015-08-10", t.get(0).value());
        assertTrue(t.get(0).textIn(s).startsWith("25 شوال") && t.get(0).textIn(s).endsWith("2015 م"));
    }
}
