package org.marsad.quote;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.doc.Doc;
import org.marsad.entity.EntityDocs;

class QuoteStageTest {

    /** A headline comes first: its attributions restate the body's and are not read. */
    private static final String HEADLINE = "لافروف: لا نريد الحرب\n\n";

    private static List<Quote> quotes(String body) {
        return analyse(body).get(QuoteStage.LAYER);
    }

    private static Doc analyse(String body) {
        return EntityDocs.analyse("q", HEADLINE + body);
    }

    private static String said(String body, Quote q) {
        return analyse(body).text().substring(q.start(), q.end());
    }

    private static String cue(String body, Quote q) {
        return analyse(body).text().substring(q.cueStart(), q.cueEnd());
    }

    @Test
    void headlineAttributionIsNotReadAgain() {
        Doc doc = analyse("وقال وزير الخارجية الروسي سيرغي لافروف للصحفيين إن موسكو لا تريد الحرب مع أحد.");
        assertEquals("لافروف: لا نريد الحرب", doc.meta().headline());
        assertEquals(1, doc.get(QuoteStage.LAYER).size());
    }

    @Test
    void directQuoteAfterAColonIsWhatIsInsideTheMarks() {
        String body = "وقال وزير الخارجية الروسي سيرغي لافروف للصحفيين: \"نحن مستعدون للحوار مع جميع الأطراف دون شروط\".";
        List<Quote> q = quotes(body);
        assertEquals(1, q.size());
        assertEquals(Quote.Kind.DIRECT, q.get(0).kind());
        assertEquals("نحن مستعدون للحوار مع جميع الأطراف دون شروط", said(body, q.get(0)));
        assertEquals("وقال", cue(body, q.get(0)));
        assertTrue(q.get(0).speaker().name().contains("لافروف"));
        assertTrue(q.get(0).speaker().isNamed());
    }

    @Test
    void guillemetsAndCurlyMarksQuoteAsStraightOnesDo() {
        for (String[] marks : new String[][] {{"«", "»"}, {"“", "”"}, {"”", "“"}}) {
            String body = "وأضاف الرئيس الفرنسي إيمانويل ماكرون " + marks[0] + "لن نقبل بأي تهديد لأمن أوروبا" + marks[1] + ".";
            List<Quote> q = quotes(body);
            assertEquals(1, q.size(), marks[0]);
            assertEquals("لن نقبل بأي تهديد لأمن أوروبا", said(body, q.get(0)));
            assertTrue(q.get(0).speaker().name().contains("ماكرون"));
        }
    }

    @Test
    void reportedClauseRunsFromTheComplementizerToTheSentenceEnd() {
        String body = "وأكد الرئيس الفرنسي إيمانويل ماكرون، اليوم الاثنين، أن باريس لن تقبل بأي تهديد لأمن أوروبا.";
        List<Quote> q = quotes(body);
        assertEquals(1, q.size());
        assertEquals(Quote.Kind.INDIRECT, q.get(0).kind());
        assertEquals("أن باريس لن تقبل بأي تهديد لأمن أوروبا", said(body, q.get(0)));
        assertTrue(q.get(0).speaker().name().contains("ماكرون"));
    }

    @Test
    void verbWithoutSubjectContinuesTheLastSpeaker() {
        String body = "قال المستشار الألماني أولاف شولتس إن برلين تدعم الحل الدبلوماسي للأزمة.\n\n"
                + "وأضاف أن العقوبات ستبقى قائمة ما دامت القوات على الحدود.\n\n"
                + "ووفقا له، فإن المحادثات ستستأنف الشهر المقبل في باريس.";
        List<Quote> q = quotes(body);
        assertEquals(3, q.size());
        for (Quote x : q) {
            assertTrue(x.speaker().name().contains("شولتس"), x.speaker().name());
        }
        assertTrue(said(body, q.get(2)).startsWith("فإن المحادثات"));
    }

    @Test
    void participleInTheSameSentenceContinuesTheQuote() {
        String body = "وأكد وزير الخارجية التركي مولود جاووش أوغلو أن أنقرة مستعدة للوساطة، مشيرا إلى أن الطرفين وافقا على اللقاء.";
        List<Quote> q = quotes(body);
        assertEquals(1, q.size());
        assertTrue(said(body, q.get(0)).endsWith("وافقا على اللقاء"));
    }

    @Test
    void anotherSpeakerAfterACommaStartsANewQuote() {
        String body = "وقال وزير الخارجية الروسي سيرغي لافروف إن موسكو لا تريد الحرب، فيما قال الأمين العام لحلف الناتو ينس ستولتنبرغ إن الحلف مستعد للحوار.";
        List<Quote> q = quotes(body);
        assertEquals(2, q.size());
        assertTrue(q.get(0).speaker().name().contains("لافروف"));
        assertTrue(q.get(1).speaker().name().contains("ستولتنبرغ"));
        // the clause opener belongs to the next speaker's sentence, not to the first quote
        assertEquals("إن موسكو لا تريد الحرب", said(body, q.get(0)));
    }

    @Test
    void quotedNamesAndTitlesAreNotQuotes() {
        assertTrue(quotes("ويعقد اليوم اجتماع لـ \"مجلس الأمن الدولي\" في نيويورك لبحث الأزمة.").isEmpty());
        assertTrue(quotes("وأعلنت الشركة عن إطلاق برنامج \"رؤية المستقبل\" في الرياض.").isEmpty());
        String body = "وقالت وزيرة الخارجية البريطانية ليز تراس في تغريدة على \"تويتر\" إن لندن تقف إلى جانب حلفائها.";
        List<Quote> q = quotes(body);
        assertEquals(1, q.size());
        assertEquals("إن لندن تقف إلى جانب حلفائها", said(body, q.get(0)));
    }

    @Test
    void oneWordFragmentAfterTheSpeakerIsQuoted() {
        String body = "وأكد الرئيس الأمريكي جو بايدن، \"ثقته\" بإمكانية التوصل إلى \"تسوية عادلة\" للأزمة.";
        List<Quote> q = quotes(body);
        assertEquals(1, q.size());
        assertEquals("ثقته", said(body, q.get(0)));
        assertEquals(Quote.Kind.DIRECT, q.get(0).kind());
    }

    @Test
    void statementsCreditTheBodyThatIssuedThem() {
        String body = "وجاء في بيان وزارة الخارجية الروسية أن موسكو تنتظر ردا مكتوبا على مقترحاتها.\n\n"
                + "وأضاف البيان أن الوفد الروسي سيعود إلى جنيف الأسبوع المقبل.";
        List<Quote> q = quotes(body);
        assertEquals(2, q.size());
        for (Quote x : q) {
            assertTrue(x.speaker().name().contains("وزارة الخارجية"), x.speaker().name());
        }
    }

    @Test
    void unnamedSourceIsKeptAsThePhraseThatDescribesIt() {
        String body = "وقال مصدر دبلوماسي مطلع على المفاوضات إن الجولة المقبلة ستعقد في فيينا.";
        List<Quote> q = quotes(body);
        assertEquals(1, q.size());
        assertEquals("مصدر دبلوماسي مطلع على المفاوضات", q.get(0).speaker().name());
        assertFalse(q.get(0).speaker().isNamed());
    }

    @Test
    void quoteGoesOnAcrossParagraphsUntilItCloses() {
        String body = "وقال وزير الخارجية الروسي سيرغي لافروف: \"نحن لا نهدد أحدا ولا نريد التصعيد.\n\n"
                + "لكننا نحتاج إلى ضمانات مكتوبة وواضحة\".\n\nوتستمر المشاورات غدا.";
        List<Quote> q = quotes(body);
        assertEquals(1, q.size());
        String s = said(body, q.get(0));
        assertTrue(s.startsWith("نحن لا نهدد") && s.endsWith("وواضحة"), s);
    }

    @Test
    void verbAfterTheQuotationCreditsIt() {
        String body = "\"لن نتراجع عن مطالبنا الأمنية مهما طال الوقت\"، قال وزير الخارجية الروسي سيرغي لافروف.";
        List<Quote> q = quotes(body);
        assertEquals(1, q.size());
        assertEquals("لن نتراجع عن مطالبنا الأمنية مهما طال الوقت", said(body, q.get(0)));
        assertTrue(q.get(0).speaker().name().contains("لافروف"));
    }

    @Test
    void newsAgenciesRelayButAreNotSpeakers() {
        assertTrue(quotes("ووفقا لوكالة رويترز، فإن المحادثات ستستأنف الأسبوع المقبل في جنيف.").isEmpty());
    }

    @Test
    void impersonalFormulasCreditNoOne() {
        assertTrue(quotes("يذكر أن المحادثات بدأت في جنيف قبل أسبوعين.").isEmpty());
    }

    @Test
    void nounObjectOfAffirmingVerbIsWhatWasSaid() {
        String body = "وأكد وزير الخارجية السعودي الأمير فيصل بن فرحان ضرورة الحل السياسي للأزمة اليمنية.";
        List<Quote> q = quotes(body);
        assertEquals(1, q.size());
        assertTrue(said(body, q.get(0)).startsWith("ضرورة الحل"));
    }

    @Test
    void aNameInMarksBesideTheSpeakerIsNotWhatWasSaid() {
        // the agency's name in marks, then a time, then the reported clause
        String body = "وذكرت وكالة الأنباء الإيطالية «أنسا»، أمس السبت، أن السلطات أوقفت المغني في المطار.";
        List<Quote> q = quotes(body);
        assertEquals(1, q.size());
        assertEquals(Quote.Kind.INDIRECT, q.get(0).kind());
        assertEquals("أن السلطات أوقفت المغني في المطار", said(body, q.get(0)));
        // a name in marks before a colon: the quotation after the colon is the quote
        String named = "وقال مدير الطوارئ سعيد الزهراني إن العمل مستمر. "
                + "وأضاف \"الزهراني\": \"إن الإدارة ستنسق مع جميع الجهات المعنية خلال الموسم\".";
        List<Quote> r = quotes(named);
        assertEquals(2, r.size());
        assertEquals("إن الإدارة ستنسق مع جميع الجهات المعنية خلال الموسم", said(named, r.get(1)));
    }

    @Test
    void aFewQuotedWordsInsideAReportedClauseLeaveTheClauseIndirect() {
        String body = "وأكد الجيش التركي أنه \"بعد التثبت\" وجد أنه لا توجد قرى في محيط المواقع.";
        List<Quote> q = quotes(body);
        assertEquals(1, q.size());
        assertEquals(Quote.Kind.INDIRECT, q.get(0).kind());
        assertTrue(said(body, q.get(0)).startsWith("أنه \"بعد التثبت\" وجد"), said(body, q.get(0)));
    }

    @Test
    void aShortQuoteThatEndsItsClauseIsStillSpeech() {
        String body = "وقال وزير المالية سعيد العمري: \"نعم\".";
        List<Quote> q = quotes(body);
        assertEquals(1, q.size());
        assertEquals(Quote.Kind.DIRECT, q.get(0).kind());
        assertEquals("نعم", said(body, q.get(0)));
    }

    @Test
    void thePluperfectPutsTheSpeakerBetweenKanaAndQad() {
        for (String body : List.of(
                "وكان الأمين العام لحلف شمال الأطلسي ينس ستولتنبرغ قد أعلن الأربعاء أن الحلف مستعد للحوار مع روسيا.",
                "وكان ستولتنبرغ قد قال إن الحلف مستعد للحوار مع روسيا.")) {
            List<Quote> q = quotes(body);
            assertEquals(1, q.size(), body);
            assertEquals(Quote.Kind.INDIRECT, q.get(0).kind());
            assertTrue(q.get(0).speaker().name().contains("ستولتنبرغ"), q.get(0).speaker().name());
            assertTrue(said(body, q.get(0)).endsWith("الحلف مستعد للحوار مع روسيا"), said(body, q.get(0)));
        }
    }

    @Test
    void aBareVerbRightAfterTheLeadIsSaidByThePersonTheLeadIsAbout() {
        String body = "عرض الرئيس التركي رجب طيب أردوغان، الخميس، استضافة قمة بين الطرفين.\n\n"
                + "جاء ذلك في تصريحات للصحفيين في إسطنبول، حيث قال: \"نحن مستعدون لبذل كل ما في وسعنا من أجل السلام\".";
        List<Quote> q = quotes(body);
        assertEquals(1, q.size());
        assertTrue(q.get(0).speaker().name().contains("أردوغان"), q.get(0).speaker().name());
    }

    @Test
    void aVerbWithAnUnrecognisedSubjectIsNotTheLeadsPerson() {
        String body = "انتقل اللاعب خالد الزيلعي إلى صفوف التعاون بعقد لمدة موسم واحد.\n\n"
                + "وقال المركز الإعلامي للنادي إنه تعاقد مع اللاعب لمدة موسم واحد.";
        assertTrue(quotes(body).stream().noneMatch(x -> x.speaker().name().contains("الزيلعي")));
    }

    @Test
    void aParticipleAfterAnOpeningAdverbGoesWithThatSentencesSubject() {
        String body = "وقال نائب وزير الخزانة والي أدييمو إن العقوبات ستستمر.\n\n"
                + "من جانبها، وصفت المتحدثة باسم وزارة الخارجية الروسية ماريا زاخاروفا العقوبات بأنها غير قانونية، "
                + "مؤكدة أن موسكو سترد عليها.";
        Quote last = quotes(body).get(quotes(body).size() - 1);
        assertTrue(said(body, last).startsWith("أن موسكو سترد"), said(body, last));
        assertTrue(last.speaker().name().contains("زاخاروفا"), last.speaker().name());
    }

    @Test
    void aSourceOpeningTheSentenceLeavesTheSpeechVerbAfterItToNameTheSpeaker() {
        String body = "وبحسب بيان صندوق النقد الدولي، أعربت كريستين لاغارد عن تفاؤلها بأداء الاقتصاد الأوروبي.";
        List<Quote> q = quotes(body);
        assertTrue(q.stream().noneMatch(x -> x.speaker().name().contains("صندوق")), q.toString());
    }

    @Test
    void aParticipleInASentenceOpeningWithAPlaceGoesWithTheVerbsSubject() {
        String body = "وفي برلين، رحب المستشار الألماني أولاف شولتس بالخطوة، ومؤكدا أن على الجانبين مواصلة الحوار.";
        List<Quote> q = quotes(body);
        assertEquals(1, q.size());
        assertTrue(q.get(0).speaker().name().contains("شولتس"), q.get(0).speaker().name());
    }
}
