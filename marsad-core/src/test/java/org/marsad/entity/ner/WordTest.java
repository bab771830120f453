package org.marsad.entity.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.marsad.text.Token;

class WordTest {
    @Test
    void aPretokenisedWordIsSegmentedLikeADocumentToken() {
        Word w = Word.of("وبالرياض");
        assertEquals("وبالرياض", w.surface());
        assertEquals("رياض", w.stem());
        assertEquals("وبال", w.prefix());
        assertEquals("الرياض", w.base());
        assertEquals(Token.Kind.WORD, w.kind());
    }

    @Test
    void baseKeepsTheArticleThatLamSwallowed() {
        assertEquals("الرئيس", Word.of("للرئيس").base());
        assertEquals("وزير", Word.of("ووزير").base());
    }

    @Test
    void aWordTheTokenizerWouldSplitKeepsItsFirstPartsAnalysis() {
        Word w = Word.of("10%");
        assertEquals(Token.Kind.NUMBER, w.kind());
        assertEquals("10%", w.norm());
        assertEquals("0", w.classKey());
    }

    @Test
    void invisibleMarksAroundAWordAreDropped() {
        assertEquals("مصر", Word.of("مصر\u200F").norm());
    }
}
