package org.marsad.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.marsad.doc.TextSpan;

class ArabicNormalizerTest {

    @Test
    void alefWithHamzaMaddaOrWaslaFoldsToBareAlef() {
        assertEquals("احمد اسلام امال الله", ArabicNormalizer.normalize("أحمد إسلام آمال ٱلله"));
    }

    @Test
    void alefMaqsuraFoldsToYa() {
        assertEquals("مصطفي علي الي", ArabicNormalizer.normalize("مصطفى على إلى"));
    }

    @Test
    void taMarbutaFoldsToHa() {
        assertEquals("وزاره الخارجيه", ArabicNormalizer.normalize("وزارة الخارجية"));
    }

    @Test
    void harakatTanwinShaddaAndSukunAreRemoved() {
        assertEquals("محمد كتب درسا", ArabicNormalizer.normalize("مُحَمَّدٌ كَتَبَ دَرْسًا"));
    }

    @Test
    void superscriptAlefAndQuranicMarksAreRemoved() {
        assertEquals("هذا", ArabicNormalizer.normalize("هٰذا"));
        assertEquals("صلي", ArabicNormalizer.normalize("صلى\u0615"));
    }

    @Test
    void tatweelIsRemoved() {
        assertEquals("الرئيس", ArabicNormalizer.normalize("الـــرئيس"));
    }

    @Test
    void arabicIndicDigitsBecomeAsciiDigits() {
        assertEquals("2022 0123456789", ArabicNormalizer.normalize("٢٠٢٢ ٠١٢٣٤٥٦٧٨٩"));
    }

    @Test
    void persianDigitsBecomeAsciiDigits() {
        assertEquals("1401 0123456789", ArabicNormalizer.normalize("۱۴۰۱ ۰۱۲۳۴۵۶۷۸۹"));
    }

    @Test
    void arabicDecimalThousandsAndPercentSignsBecomeAscii() {
        assertEquals("1.5 1,000 20%", ArabicNormalizer.normalize("١٫٥ ١٬٠٠٠ ٢٠٪"));
    }

    @Test
    void persianKafYaAndHaBecomeArabic() {
        assertEquals("كيف", ArabicNormalizer.normalize("کیف"));
        assertEquals("ه", ArabicNormalizer.normalize("ہ"));
    }

    @Test
    void presentationFormsFoldToLettersAndLamAlefBecomesTwoLetters() {
        assertEquals("قال مصدر", ArabicNormalizer.normalize("ﻗﺎﻝ ﻣﺼﺪﺭ"));
        assertEquals("لا", ArabicNormalizer.normalize("ﻻ"));
        assertEquals("لا", ArabicNormalizer.normalize("ﻷ"));
    }

    @Test
    void invisibleFormatCharactersAreRemoved() {
        assertEquals("بيان رسمي", ArabicNormalizer.normalize("\u200Fبيان\u200C \u202Bرسمي\u202C\uFEFF"));
    }

    @Test
    void latinTextAndPunctuationAreLeftAlone() {
        assertEquals("CNN: «خبر»، 1.5!", ArabicNormalizer.normalize("CNN: «خبر»، 1.5!"));
    }

    @Test
    void foldReportsDroppedCharactersAsZero() {
        assertEquals(0, ArabicNormalizer.fold('\u064E'));
        assertEquals(0, ArabicNormalizer.fold('\u0640'));
        assertEquals('ا', ArabicNormalizer.fold('أ'));
        assertEquals('x', ArabicNormalizer.fold('x'));
    }

    @Test
    void tatweelAndSuperscriptAlefAreNotLetters() {
        assertTrue(ArabicNormalizer.isArabicLetter('ب'));
        assertFalse(ArabicNormalizer.isArabicLetter('\u0640'));
        assertFalse(ArabicNormalizer.isArabicLetter('\u0670'));
        assertFalse(ArabicNormalizer.isArabicLetter('b'));
    }

    @Test
    void normalizedTextMapsEveryCharacterBackToItsSource() {
        String source = "قالَ أحمدُ";
        NormalizedText n = ArabicNormalizer.normalizeWithOffsets(source);
        assertEquals("قال احمد", n.text());
        assertEquals(0, n.toOriginal(0));
        assertEquals(2, n.toOriginal(2));
        assertEquals(4, n.toOriginal(3)); // the space, after the dropped fatha
        assertEquals(5, n.toOriginal(4)); // أ
        assertEquals(source.length(), n.toOriginal(n.length()));
    }

    @Test
    void matchEndInNormalizedTextTakesInTheWordsTrailingDiacritics() {
        String source = "زار مُحَمَّدٌ الرياض";
        NormalizedText n = ArabicNormalizer.normalizeWithOffsets(source);
        int start = n.text().indexOf("محمد");
        TextSpan span = n.toOriginalSpan(start, start + 4);
        assertEquals("مُحَمَّدٌ", span.textIn(source));
    }

    @Test
    void normalizedRangeReportsOffsetsInTheWholeText() {
        String source = "العنوان\n\nوزارةُ الخارجية";
        int from = source.indexOf("وزارة");
        NormalizedText n = ArabicNormalizer.normalizeWithOffsets(source, from, source.length());
        assertEquals("وزاره الخارجيه", n.text());
        assertEquals(from, n.toOriginal(0));
        assertEquals(source.length(), n.toOriginal(n.length()));
        assertEquals("الخارجية", n.toOriginalSpan(6, 14).textIn(source));
    }

    @Test
    void bothLettersOfAnExpandedLamAlefMapToTheLigature() {
        NormalizedText n = ArabicNormalizer.normalizeWithOffsets("ﻻ بد");
        assertEquals("لا بد", n.text());
        assertEquals(0, n.toOriginal(0));
        assertEquals(0, n.toOriginal(1));
        assertEquals(1, n.toOriginal(2));
    }

    @Test
    void normalizedTextAgreesWithNormalize() {
        String source = "وَقالَ الـرئيسُ: «ﻻ ٢٠٢٢» U.S.";
        assertEquals(ArabicNormalizer.normalize(source), ArabicNormalizer.normalizeWithOffsets(source).text());
    }

    @Test
    void lowerCasingKeepsTheOffsetMap() {
        NormalizedText n = ArabicNormalizer.normalizeWithOffsets("قالت CNN");
        NormalizedText lower = n.toLowerCase();
        assertEquals("قالت cnn", lower.text());
        assertEquals(n.toOriginal(5), lower.toOriginal(5));
        NormalizedText arabicOnly = ArabicNormalizer.normalizeWithOffsets("قالت");
        assertSame(arabicOnly, arabicOnly.toLowerCase());
    }

    @Test
    void offsetOutsideTheCopyIsRejected() {
        NormalizedText n = ArabicNormalizer.normalizeWithOffsets("نص");
        assertThrows(IndexOutOfBoundsException.class, () -> n.toOriginal(3));
        assertThrows(IndexOutOfBoundsException.class, () -> n.toOriginal(-1));
    }
}
