package org.marsad.entity.latin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The n best spellings a search index keeps of each name word. */
class SpellingCandidatesTest {
    private final Transliterator t = Transliterator.standard();

    @Test
    void keepsTheSpellingAReaderTypesAmongTheFirstFew() {
        List<String> peskov = t.candidates("بيسكوف", Transliterator.REMEMBERED);
        assertTrue(peskov.size() <= Transliterator.REMEMBERED);
        assertTrue(peskov.contains("peskov"), peskov.toString());
        assertTrue(t.candidates("بوتين", Transliterator.REMEMBERED).contains("putin"));
        assertTrue(t.candidates("تروس", Transliterator.REMEMBERED).contains("truss"));
    }

    @Test
    void fewerCandidatesAreThePrefixOfMore() {
        List<String> eight = t.candidates("ريابكوف", 8);
        assertEquals(eight.subList(0, 3), t.candidates("ريابكوف", 3));
        assertEquals(eight.get(0), t.latin("ريابكوف").toLowerCase(java.util.Locale.ROOT));
        List<String> twelve = t.candidates("ريابكوف", 12);
        assertEquals(eight, twelve.subList(0, 8));
    }

    @Test
    void aWordWithoutLettersHasNoSpellings() {
        assertEquals(List.of(), t.candidates("123", 5));
    }
}
