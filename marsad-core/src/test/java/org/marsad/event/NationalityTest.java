package org.marsad.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class NationalityTest {
    @Test
    void anAdjectiveAndItsCountryShareABase() {
        for (String[] pair : new String[][] {{"روسيه", "روسيا"}, {"ايراني", "ايران"}, {"سعودي", "سعوديه"},
            {"صيني", "صين"}, {"تركيه", "تركيا"}, {"سوري", "سوريه"}, {"امريكيه", "ولايات متحده"},
            {"اميركي", "امريكا"}, {"بريطانيه", "مملكه متحده"}}) {
            assertEquals(Nationality.nameBase(pair[1]), Nationality.adjectiveBase(pair[0]), pair[0] + " / " + pair[1]);
        }
    }

    @Test
    void nounsAndShortWordsHaveNoBase() {
        assertNull(Nationality.adjectiveBase("محادثات"));
        assertNull(Nationality.adjectiveBase("ري"));
        assertNull(Nationality.nameBase("بحر احمر"));
    }
}
