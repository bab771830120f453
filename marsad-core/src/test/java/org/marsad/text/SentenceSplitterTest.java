package org.marsad.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.marsad.doc.TextSpan;

class SentenceSplitterTest {
    private final SentenceSplitter splitter = new SentenceSplitter();

    private List<String> sentences(String text) {
        return splitter.split(text).stream().map(s -> s.textIn(text)).collect(Collectors.toList());
    }

    @Test
    void headlineWithoutFinalStopIsItsOwnSentence() {
        assertEquals(List.of("وزير الخارجية يصل إلى القاهرة في زيارة رسمية",
                        "وصل وزير الخارجية إلى القاهرة مساء أمس.", "وسيلتقي نظيره المصري اليوم."),
                sentences("وزير الخارجية يصل إلى القاهرة في زيارة رسمية\n\n"
                        + "وصل وزير الخارجية إلى القاهرة مساء أمس. وسيلتقي نظيره المصري اليوم."));
    }

    @Test
    void sentenceNeverCrossesALineBreak() {
        assertEquals(List.of("وأكد المصدر أن المحادثات", "ستستأنف الأسبوع المقبل."),
                sentences("وأكد المصدر أن المحادثات\nستستأنف الأسبوع المقبل."));
    }

    @Test
    void spansAreTrimmedAndEmptyLinesGiveNoSentence() {
        String text = "  \u200Fأعلنت الحكومة خطة جديدة.  \n \n\t\n";
        List<TextSpan> spans = splitter.split(text);
        assertEquals(1, spans.size());
        assertEquals("أعلنت الحكومة خطة جديدة.", spans.get(0).textIn(text));
    }

    @Test
    void questionAndExclamationMarksEndSentences() {
        assertEquals(List.of("هل تنجح المفاوضات؟", "لا أحد يعرف!", "Is it over?", "وربما لا."),
                sentences("هل تنجح المفاوضات؟ لا أحد يعرف! Is it over? وربما لا."));
    }

    @Test
    void runOfEndersStaysWithItsSentence() {
        assertEquals(List.of("هل هذا معقول؟!", "نعم، قال المتحدث."),
                sentences("هل هذا معقول؟! نعم، قال المتحدث."));
    }

    @Test
    void semicolonDoesNotEndASentence() {
        assertEquals(1, sentences("أكد الوزير أن بلاده لن تتراجع؛ مشيرا إلى أن المفاوضات مستمرة.").size());
    }

    @Test
    void ellipsisFollowedBySpaceEndsASentenceOutsideQuotations() {
        assertEquals(List.of("ارتفعت الأسعار مجددا..", "والمواطن يدفع الثمن."),
                sentences("ارتفعت الأسعار مجددا.. والمواطن يدفع الثمن."));
        assertEquals(List.of("انتظرنا طويلا…", "ثم جاء الرد."), sentences("انتظرنا طويلا… ثم جاء الرد."));
    }

    @Test
    void ellipsisGluedToTheNextWordDoesNotEndASentence() {
        assertEquals(1, sentences("من يضيع الدرب القديم..هو من يصنع الدرب الجديد.").size());
    }

    @Test
    void ellipsisInsideAQuotationDoesNotEndTheSentence() {
        assertEquals(List.of("كتب الرئيس في برقية \"إنني مقتنع.. بأنه بإمكاننا المضي قدما\".", "وانتهى الاجتماع."),
                sentences("كتب الرئيس في برقية \"إنني مقتنع.. بأنه بإمكاننا المضي قدما\". وانتهى الاجتماع."));
    }

    @Test
    void leadingEllipsisBelongsToTheSentenceItOpens() {
        assertEquals(List.of(".. إذا كان على الإنسان أن يشكر."), sentences(".. إذا كان على الإنسان أن يشكر."));
    }

    @Test
    void strayFullStopAfterTitleBeforeFirstNameDoesNotEndSentence() {
        assertEquals(1, sentences("وحذر الرئيس. فلاديمير بوتين من مغبة فرض عقوبات جديدة على بلاده.").size());
    }

    @Test
    void strayFullStopAfterNisbaOfATitleBeforeFirstNameDoesNotEndSentence() {
        assertEquals(1, sentences("وتلقى اتصالا من نظيره الأمريكي. جو بايدن مساء الخميس الماضي.").size());
        assertEquals(1, sentences("وقال وزير الخارجية الروسي. سيرغي لافروف إن الرد سيكون حازما.").size());
    }

    @Test
    void fullStopAfterNisbaWithoutTitleBeforeANameStillEndsSentence() {
        assertEquals(List.of("ناقشت الندوة قضايا العدالة الاجتماعية.", "حسين الأحمد باحث في علم الاجتماع."),
                sentences("ناقشت الندوة قضايا العدالة الاجتماعية. حسين الأحمد باحث في علم الاجتماع."));
    }

    @Test
    void fullStopAfterTitleBeforeAnOrdinaryWordEndsSentence() {
        assertEquals(2, sentences("وصل إلى المطار الوفد المرافق للرئيس الأمريكي. وقال مسؤول إن الزيارة ستستغرق يومين.").size());
    }

    @Test
    void strayFullStopBeforeWeekdayDoesNotEndSentence() {
        assertEquals(List.of("جاء ذلك في الاتصال الذي جرى. الخميس، بين الزعيمين."),
                sentences("جاء ذلك في الاتصال الذي جرى. الخميس، بين الزعيمين."));
    }

    @Test
    void latinAbbreviationGluedToAnArabicConjunctionIsStillAnAbbreviation() {
        assertEquals(1, sentences("التقى الوفد Mr. Smith وDr. Jones في الرياض.").size());
    }

    @Test
    void strayFullStopInAVeryShortSentenceDoesNotEndIt() {
        assertEquals(1, sentences("الرياض. أعلنت وزارة الصحة تسجيل حالات جديدة.").size());
        assertEquals(1, sentences("1. تعزيز التعاون الاقتصادي بين البلدين.").size());
    }

    @Test
    void fullStopBeforeCommaOrLowerCaseLatinDoesNotEndSentence() {
        assertEquals(1, sentences("وقعت الحادثة قرب المطار. ، بحسب ما أفاد شهود.").size());
        assertEquals(1, sentences("Visit our site. then come back.").size());
    }

    @Test
    void abbreviatedTitlesAndInitialsDoNotEndSentences() {
        assertEquals(1, sentences("وقال د. محمد العلي إن م. سامر خليل أعد الدراسة.").size());
        assertEquals(1, sentences("أفادت وكالة (أ. ف. ب) أن أ.د. هاني يوسف استقال.").size());
        assertEquals(1, sentences("للتواصل: ص.ب 1006 الرياض، أو مع Mr. Smith وDr. Jones.").size());
        assertEquals(1, sentences("أعلنت U.S. Army عن مناورات جديدة في المنطقة.").size());
    }

    @Test
    void eraLetterAfterAYearEndsTheSentence() {
        assertEquals(2, sentences("تأسست الشركة عام 1995 م. وتوسعت أعمالها لاحقا.").size());
        assertEquals(2, sentences("تأسست الشركة عام 1995م. وتوسعت أعمالها لاحقا.").size());
    }

    @Test
    void decimalsDatesTimesAndUrlsDoNotEndSentences() {
        assertEquals(1, sentences("بلغ النمو 1.5% ووصلت نسبة المشاركة إلى 57.7 بالمئة منذ 1.1.2020 في الموقع www.spa.gov.sa والبريد info@spa.gov.sa اليوم.").size());
    }

    @Test
    void fullStopGluedToTheNextArabicWordEndsTheSentence() {
        assertEquals(List.of("انتهى الاجتماع بعد ساعتين.", "وقال المتحدث إنه كان مثمرا."),
                sentences("انتهى الاجتماع بعد ساعتين.وقال المتحدث إنه كان مثمرا."));
    }

    @Test
    void enderInsideAQuotationDoesNotEndTheSentence() {
        assertEquals(1, sentences("وقال الوزير: «لن نتراجع. هذا موقفنا الثابت» مشيرا إلى الاتفاق.").size());
        assertEquals(1, sentences("وأضاف: “لقد انتهى الأمر! لا عودة” ثم غادر القاعة.").size());
    }

    @Test
    void quotationClosingRightAfterAnEnderEndsTheSentenceAfterTheMark() {
        assertEquals(List.of("وقال الوزير: \"لن نتراجع. هذا موقفنا.\"", "وغادر الوفد مساء."),
                sentences("وقال الوزير: \"لن نتراجع. هذا موقفنا.\" وغادر الوفد مساء."));
        assertEquals(List.of("وأوضح أن \"الحوار هو الحل\".", "وتابع حديثه."),
                sentences("وأوضح أن \"الحوار هو الحل\". وتابع حديثه."));
    }

    @Test
    void quotationClosedBeforeACommaDoesNotEndTheSentence() {
        assertEquals(1, sentences("وقال: «انتهى الأمر.»، مضيفا أن الحكومة ستعلن التفاصيل.").size());
    }

    @Test
    void nestedQuotationKeepsTheOuterOneOpen() {
        assertEquals(1, sentences("وقال: «نقلت عن الوزير \"سنرد.\" ولم يوضح الطريقة» قبل أن يغادر.").size());
    }

    @Test
    void unclosedQuotationEndsAtTheLineBreak() {
        assertEquals(List.of("وقال المتحدث: \"لا تعليق. سننتظر النتائج.", "وفي سياق آخر، ارتفعت الأسعار.", "ثم تراجعت."),
                sentences("وقال المتحدث: \"لا تعليق. سننتظر النتائج.\nوفي سياق آخر، ارتفعت الأسعار. ثم تراجعت."));
    }

    @Test
    void strayClosingQuoteAtLineStartDoesNotOpenAQuotation() {
        assertEquals(List.of("..\".", "وانتهى اللقاء بعد الظهر.", "ثم غادر الوفد."),
                sentences("..\".\nوانتهى اللقاء بعد الظهر. ثم غادر الوفد."));
        assertEquals(List.of("وقال إن الأمر انتهى\".", "ثم غادر الوفد."), sentences("وقال إن الأمر انتهى\". ثم غادر الوفد."));
    }

    @Test
    void mirroredCurlyQuotesAreTracked() {
        assertEquals(1, sentences("وقال ”لن نتراجع. أبدا“ ثم غادر.").size());
    }

    @Test
    void closingBracketAfterAnEnderBelongsToTheSentence() {
        assertEquals(List.of("(التفاصيل في الصفحة الأولى.)", "وقال المتحدث إن الوضع هادئ."),
                sentences("(التفاصيل في الصفحة الأولى.) وقال المتحدث إن الوضع هادئ."));
    }

    @Test
    void longLineWithoutStopsIsCutAtWhiteSpaceIntoBoundedPieces() {
        StringBuilder b = new StringBuilder();
        while (b.length() < 1_000_000) {
            b.append("كلمة ");
        }
        String text = b.toString();
        List<TextSpan> spans = splitter.split(text);
        assertTrue(spans.size() >= 500, "pieces: " + spans.size());
        for (TextSpan s : spans) {
            assertTrue(s.length() <= SentenceSplitter.MAX_SENTENCE_CHARS);
            assertTrue(text.charAt(s.end() - 1) != ' ' && (s.end() == text.length() || text.charAt(s.end()) == ' '));
        }
    }

    @Test
    void longRunWithoutWhiteSpaceIsCutHard() {
        String text = "ا".repeat(100_000);
        List<TextSpan> spans = splitter.split(text);
        assertEquals(50, spans.size());
        assertEquals(text.length(), spans.get(spans.size() - 1).end());
    }

    @Test
    void longRunOfStopsAndQuotesDoesNotBlowUp() {
        String text = "كلمة".concat(". \"".repeat(100_000));
        List<TextSpan> spans = splitter.split(text);
        assertTrue(spans.stream().allMatch(s -> s.length() <= SentenceSplitter.MAX_SENTENCE_CHARS));
    }

    @Test
    void cutDoesNotSplitASurrogatePair() {
        String text = "\uD83D\uDE42".repeat(3_000);
        for (TextSpan s : splitter.split(text)) {
            assertTrue(Character.isHighSurrogate(text.charAt(s.start())));
        }
    }
}
