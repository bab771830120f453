package org.marsad.index;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class ArabicTextAnalyzerTest {
    private final ArabicTextAnalyzer analyzer = new ArabicTextAnalyzer();

    private List<String> terms(String text) {
        return AnalyzedTerms.of(analyzer, text);
    }

    @Test
    void governmentAndGovernmentsShareAStem() {
        assertEquals(terms("الحكومة"), terms("الحكومات"));
        assertEquals(terms("الحكومة"), terms("والحكومات"));
    }

    @Test
    void hamzaFormsOfAlefFoldToBareAlef() {
        assertEquals(terms("أحمد إبراهيم آمال"), terms("احمد ابراهيم امال"));
    }

    @Test
    void stopWordsDropInEitherSpelling() {
        assertEquals(List.of(), terms("إلى الى على في من"));
    }

    @Test
    void diacriticsTatweelAndJoinersAreIgnored() {
        assertEquals(terms("محمد"), terms("مُحَمَّـــد"));
        assertEquals(terms("محمد"), terms("مح\u200Cمد"));
    }

    @Test
    void persianAndUrduLettersFoldToArabic() {
        assertEquals(terms("إيران كابل"), terms("ایران کابل"));
    }

    @Test
    void easternDigitsBecomeAscii() {
        assertEquals(List.of("2015"), terms("٢٠١٥"));
        assertEquals(List.of("2015"), terms("۲۰۱۵"));
    }
}
