package org.marsad.entity.latin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class LatinSpellingsTest {
    @Test
    void keepsTheSpellingAReaderTypesAmongTheFirstFew() {
        List<String> peskov = LatinSpellings.standard().of("بيسكوف");
        assertTrue(peskov.size() <= LatinSpellings.STANDARD_COUNT);
        assertTrue(peskov.contains("peskov"), peskov.toString());
        assertTrue(LatinSpellings.standard().of("بوتين").contains("putin"));
        assertTrue(LatinSpellings.standard().of("تروس").contains("truss"));
    }

    @Test
    void spellsAWordOnceAndRemembersIt() {
        LatinSpellings spellings = new LatinSpellings(Transliterator.standard(), 3);
        List<String> first = spellings.of("ريابكوف");
        assertEquals(3, first.size());
        assertSame(first, spellings.of("ريابكوف"));
    }

    @Test
    void aWordWithoutLettersHasNoSpellings() {
        assertEquals(List.of(), LatinSpellings.standard().of("123"));
    }

    @Test
    void needsAtLeastOneSpellingAWord() {
        assertThrows(IllegalArgumentException.class, () -> new LatinSpellings(Transliterator.standard(), 0));
    }
}
