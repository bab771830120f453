package org.marsad.entity.latin;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class TranslitScoreTest {
    @Test
    void topOneTopFiveAndEditDistanceIgnoreCase() {
        TranslitScore s = new TranslitScore();
        s.add("Peskov", List.of("peskov", "beskov"));
        s.add("Putin", List.of("botin", "butin", "putin"));
        s.add("Truss", List.of("trus", "a", "b", "c", "d", "truss"));
        s.add("Biden", List.of());
        assertEquals(0.25, s.top1());
        assertEquals(0.5, s.top5());
        assertEquals((0 + 2 + 1 + 5) / 4.0, s.meanEditDistance());
        assertEquals("4 pairs: top-1 25.00%, top-5 50.00%, mean edit distance 2.000", s.toString());
    }

    @Test
    void editDistanceCountsInsertionsDeletionsAndSubstitutions() {
        assertEquals(1, EditDistance.between("Dmitri Peskov", "Dmitry Peskov"));
        assertEquals(2, EditDistance.between("dimitri", "dmitry"));
        assertEquals(3, EditDistance.between("", "abc"));
        assertEquals(0, EditDistance.between("abc", "abc"));
    }
}
