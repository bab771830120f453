package org.marsad.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class CliticsTest {
    private final Tokenizer tokenizer = new Tokenizer();

    private String stem(String word) {
        return tokenizer.tokenize(word).get(0).stem();
    }

    @Test
    void articleIsStrippedWhenTwoLettersRemain() {
        assertEquals("رئيس", stem("الرئيس"));
        assertEquals("دم", stem("الدم"));
        assertEquals("الم", stem("الم"));
    }

    @Test
    void articleCombinationsAreStripped() {
        assertEquals("مفاوضات", stem("والمفاوضات"));
        assertEquals("حكومه", stem("بالحكومة"));
        assertEquals("عاده", stem("كالعادة"));
        assertEquals("غايه", stem("للغاية"));
        assertEquals("امم", stem("وللأمم"));
        assertEquals("ملف", stem("وبالملف"));
        assertEquals("طبع", stem("فبالطبع"));
    }

    @Test
    void alefWithHamzaIsNotTheArticle() {
        assertEquals("المانيا", stem("ألمانيا"));
        assertEquals("المانيا", stem("بألمانيا"));
        assertEquals("الغاء", stem("إلغاء"));
    }

    @Test
    void wordsThatMerelyBeginWithTheArticleAreKept() {
        assertEquals("الذي", stem("الذي"));
        assertEquals("الذي", stem("والذي"));
        assertEquals("الله", stem("الله"));
        assertEquals("التزام", stem("التزام"));
        assertEquals("التزامات", stem("التزامات"));
    }

    @Test
    void conjunctionIsStrippedBeforeThreeLetters() {
        assertEquals("قال", stem("وقال"));
        assertEquals("اكد", stem("وأكد"));
        assertEquals("قالت", stem("فقالت"));
        assertEquals("ورد", stem("ورد"));
    }

    @Test
    void conjunctionIsStrippedBeforeAListedTwoLetterFunctionWord() {
        assertEquals("في", stem("وفي"));
        assertEquals("قد", stem("فقد"));
        assertEquals("هو", stem("وهو"));
        assertEquals("ولي", stem("ولي"));
    }

    @Test
    void wordsBeginningWithWawOrFaAsStemLettersAreKept() {
        assertEquals("وزير", stem("وزير"));
        assertEquals("وزاره", stem("وزارة"));
        assertEquals("وزارته", stem("وزارته"));
        assertEquals("وزاراتها", stem("وزاراتها"));
        assertEquals("واشنطن", stem("واشنطن"));
        assertEquals("فلسطينيين", stem("فلسطينيين"));
        assertEquals("وصلت", stem("وصلت"));
        assertEquals("فرنسا", stem("وفرنسا"));
    }

    @Test
    void prepositionWithoutArticleNeedsFourLettersAfterIt() {
        assertEquals("مناسبه", stem("بمناسبة"));
        assertEquals("تعزيز", stem("لتعزيز"));
        assertEquals("بسبب", stem("بسبب"));
        assertEquals("بعد", stem("بعد"));
    }

    @Test
    void namesAndWordsBeginningWithAPrepositionLetterAreKept() {
        assertEquals("بوتين", stem("بوتين"));
        assertEquals("بوتين", stem("وبوتين"));
        assertEquals("بريطانيا", stem("وبريطانيا"));
        assertEquals("فلاديمير", stem("فلاديمير"));
        assertEquals("كثيرا", stem("كثيرا"));
        assertEquals("لقائه", stem("لقائه"));
        assertEquals("لجنه", stem("للجنة"));
        assertEquals("بينما", stem("بينما"));
    }

    @Test
    void futurePrefixIsStrippedOnlyAfterAConjunctionBeforeAnImperfectVerb() {
        assertEquals("يكون", stem("وسيكون"));
        assertEquals("تعقد", stem("فستعقد"));
        assertEquals("سيكون", stem("سيكون"));
        assertEquals("سياسه", stem("وسياسة"));
        assertEquals("وسائل", stem("وسائل"));
    }

    @Test
    void shortWordsAreNeverSegmented() {
        Clitics clitics = Clitics.standard();
        assertEquals(0, clitics.prefixLength("وب"));
        assertEquals(0, clitics.prefixLength("ال"));
        assertEquals(0, clitics.prefixLength("كتب"));
    }

    @Test
    void hamzaMaskBitMarksTheArticleAlefAsStemLetter() {
        Clitics clitics = Clitics.standard();
        assertEquals(2, clitics.prefixLength("البرلمان"));
        assertEquals(0, clitics.prefixLength("البرلمان", 1));
        assertEquals(3, clitics.prefixLength("بالبرلمان"));
        assertEquals(1, clitics.prefixLength("بالبرلمان", 1 << 1));
    }

    @Test
    void attachablePrefixesExcludeTheFuture() {
        Clitics clitics = Clitics.standard();
        assertTrue(clitics.isAttachablePrefix("ال"));
        assertTrue(clitics.isAttachablePrefix("ب"));
        assertFalse(clitics.isAttachablePrefix("وس"));
        assertFalse(clitics.isAttachablePrefix("هـ"));
    }
}
