package org.marsad.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class NamesTest {
    @Test
    void keysFoldSpellingAndTheArticle() {
        assertEquals(Names.key("الولايات المتحدة"), Names.key("ولايات المتحدة"));
        assertEquals(Names.key("الأمريكية"), Names.key("الامريكيه"));
        assertEquals(List.of("ولايات", "متحده"), Names.words("الولايات المتحدة"));
        assertEquals(Names.key("عبدالله بن عبد العزيز"), Names.key("عبد الله بن عبدالعزيز"));
    }

    @Test
    void theFatherOfANameWrittenWithItsLineage() {
        assertEquals("نايف", Names.father(Names.words("محمد بن نايف بن عبدالعزيز")));
        assertEquals(null, Names.father(Names.words("بن والاس")));
        assertEquals(null, Names.father(Names.words("دميتري بيسكوف")));
    }

    @Test
    void closeSpellingsOfOneForeignName() {
        assertTrue(Names.closeSpellings("دميتري", "ديمتري"));
        assertTrue(Names.closeSpellings("تروس", "تراس"));
        assertTrue(Names.closeSpellings("غروشكو", "جروشكو"));
        assertTrue(Names.closeSpellings("ستولتنبرغ", "ستولتنبيرغ"));
        assertTrue(Names.closeSpellings("شولتس", "شولتز"));
        assertTrue(Names.closeSpellings("سانشيز", "سانشيس"));
    }

    @Test
    void differentNamesStayApart() {
        assertFalse(Names.closeSpellings("بوتين", "بايدن"));
        assertFalse(Names.closeSpellings("مرسي", "ماريسا"), "three edits");
        assertFalse(Names.closeSpellings("علي", "عالي"), "too short to tell");
        assertFalse(Names.closeSpellings("عصام", "عزام"), "s and z inside a word tell Arabic names apart");
        assertFalse(Names.closeSpellings("عيسى", "عويس"), "two consonants are too few to tell");
    }

    @Test
    void genericWordsAreNounsOfKindAndNisbaAdjectives() {
        assertTrue(Names.isGeneric("حلف"));
        assertTrue(Names.isGeneric(Names.key("الروسية")));
        assertFalse(Names.isGeneric("ناتو"));
    }

    @Test
    void editDistanceStopsAtItsLimit() {
        assertEquals(2, Names.editDistance("دميتري", "ديمتري", 5));
        assertEquals(2, Names.editDistance("abcdef", "uvwxyz", 1));
    }
}
