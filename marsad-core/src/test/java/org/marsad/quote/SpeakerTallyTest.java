package org.marsad.quote;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.entity.EntityType;
import org.marsad.entity.corpus.CorpusEntity;

class SpeakerTallyTest {
    @Test
    void countsByEntityOrElseByNameInAnySpellingMostQuotedFirst() {
        SpeakerTally tally = new SpeakerTally();
        tally.add("دميتري بيسكوف", "e1", true);
        tally.add("بيسكوف", "e1", false);
        tally.add("دميتري بيسكوف", "e1", true);
        tally.add("أحمد أبو الغيط", null, true);
        tally.add("احمد ابو الغيط", null, false);
        tally.add("الكرملين", null, false);
        tally.learn(new CorpusEntity("e1", EntityType.PER, "دميتري بيسكوف", List.of(), "Dmitry Peskov", List.of(),
                List.of()));
        assertEquals(List.of(
                new SpeakerTally.Row("دميتري بيسكوف", "e1", "Dmitry Peskov", 3, 2, 1),
                new SpeakerTally.Row("أحمد أبو الغيط", null, null, 2, 1, 1),
                new SpeakerTally.Row("الكرملين", null, null, 1, 0, 1)), tally.rows());
    }
}
