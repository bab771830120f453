package org.marsad.entity.latin;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * People in the news around the 2022 Russia-NATO talks: each Arabic name must come out within
 * two edits of its usual English spelling. None of these names is written into the model or the
 * code; they check that what was learnt carries over.
 */
class KnownPeopleTest {
    private static final String[][] PEOPLE = {
        {"دميتري بيسكوف", "Dmitry Peskov"}, {"ديمتري بيسكوف", "Dmitry Peskov"}, {"جو بايدن", "Joe Biden"},
        {"فلاديمير بوتين", "Vladimir Putin"}, {"يوري أوشاكوف", "Yuri Ushakov"}, {"كارين دونفريد", "Karen Donfried"},
        {"سيرغي ريابكوف", "Sergei Ryabkov"}, {"جون سوليفان", "John Sullivan"}, {"ديمتري كوزاك", "Dmitry Kozak"},
        {"فياتشيسلاف فولودين", "Vyacheslav Volodin"}, {"ماريا زاخاروفا", "Maria Zakharova"},
        {"ألكسندر غروشكو", "Alexander Grushko"}, {"ينس ستولتنبرغ", "Jens Stoltenberg"},
        {"جوليان سميث", "Julianne Smith"}, {"ليز تروس", "Liz Truss"},
    };

    @Test
    void everyPersonIsWithinTwoEditsOfTheEnglishSpelling() {
        Transliterator t = Transliterator.standard();
        List<String> far = new ArrayList<>();
        for (String[] p : PEOPLE) {
            String latin = t.latin(p[0]);
            int d = EditDistance.between(latin.toLowerCase(Locale.ROOT), p[1].toLowerCase(Locale.ROOT));
            if (d > 2) {
                far.add(p[0] + " -> " + latin + " (" + p[1] + ", " + d + " edits)");
            }
        }
        assertTrue(far.isEmpty(), String.join("\n", far));
    }
}
