package org.marsad.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ArabicNameAnalyzerTest {
    private static List<String> indexed(String text) {
        return AnalyzedTerms.of(ArabicNameAnalyzer.forIndexing(), text);
    }

    private static List<String> queried(String text) {
        return AnalyzedTerms.of(ArabicNameAnalyzer.forQuerying(), text);
    }

    @Test
    void namesKeepEveryLetter() {
        assertEquals(List.of("سلمان"), queried("سلمان"));
        assertEquals(List.of("عيسي"), queried("عيسى"));
        // the stemmer would cut ديمتري to ديمتر, so the names field keeps it whole; بيسكوف is
        // already whole in the text field
        assertEquals(List.of("ديمتري"), indexed("ديمتري بيسكوف"));
        assertEquals(List.of("ديمتر", "بيسكوف"), AnalyzedTerms.of(new ArabicTextAnalyzer(), "ديمتري بيسكوف"));
    }

    @Test
    void particlesAreStrippedBesideTheWholeWord() {
        // a leading و is the stemmer's to take off, so these need no names entry
        assertEquals(List.of(), indexed("وقال وبيسكوف"));
        assertEquals(List.of("قال", "بيسكوف"), AnalyzedTerms.of(new ArabicTextAnalyzer(), "وقال وبيسكوف"));
        // ... but a و that belongs to a name is not
        assertEquals(List.of("وليد|ليد"), indexed("وليد"));
        assertEquals(List.of("لبيسكوف|بيسكوف"), indexed("لبيسكوف"));
        assertEquals(List.of("وبالرياض|بالرياض|رياض"), indexed("وبالرياض"));
    }

    @Test
    void queriesDropOnlyTheArticle() {
        assertEquals(List.of("رياض", "رياض", "رياض"), queried("الرياض بالرياض والرياض"));
        assertEquals(List.of("وليد", "فيصل"), queried("وليد فيصل"));
    }

    @Test
    void everyQueryFormIsIndexedInNamesOrInText() {
        for (String word : List.of("الرياض", "والرياض", "للرياض", "وليد", "فيصل", "بيسكوف", "موسكو", "سلمان", "علي")) {
            String query = queried(word).get(0);
            List<String> names = indexed(word);
            boolean inNames = !names.isEmpty() && List.of(names.get(0).split("\\|")).contains(query);
            boolean inText = AnalyzedTerms.of(new ArabicTextAnalyzer(), word).contains(query);
            assertTrue(inNames || inText, word + ": names " + names + ", query " + query);
        }
    }

    @Test
    void wordsTheTextFieldKeepsWholeAreNotIndexedTwice() {
        assertEquals(List.of(), indexed("موسكو"));
        assertEquals(List.of("موسكو"), AnalyzedTerms.of(new ArabicTextAnalyzer(), "موسكو"));
        // the stemmer cuts this name, so the names field keeps it whole
        assertEquals(List.of("سلمان"), indexed("سلمان"));
    }

    @Test
    void shortRemaindersAreNotStripped() {
        assertEquals(List.of("الله"), queried("الله"));
        assertEquals(List.of("الله"), indexed("الله"));
        assertEquals(List.of("وزير"), queried("وزير"));
    }
}
