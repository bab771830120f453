package org.marsad.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.doc.ArticleMeta;
import org.marsad.doc.Doc;
import org.marsad.doc.Provenance;
import org.marsad.doc.SourceMap;
import org.marsad.text.SentenceSplitter;
import org.marsad.text.SentenceStage;

class TimexStageTest {
    private static Doc doc(String text, LocalDate published) {
        ArticleMeta meta = new ArticleMeta(null, null, List.of(), null, null, null, published, false, null, null, "ar");
        return new Doc("t", Provenance.ofFile("t.txt"), text, SourceMap.identity(text.length()), meta);
    }

    @Test
    void stageAnchorsOnThePublicationDate() {
        Doc d = doc("وصل الوزير أمس إلى جدة.\n\nوتعقد القمة الأسبوع المقبل.", LocalDate.of(2023, 3, 15));
        new SentenceStage().process(d);
        TimexStage stage = new TimexStage();
        assertTrue(stage.needs().contains(SentenceSplitter.LAYER));
        assertTrue(stage.adds().contains(TimexTagger.LAYER));
        stage.process(d);
        List<Timex> t = d.get(TimexTagger.LAYER);
        assertEquals(2, t.size());
        assertEquals("أمس", d.textOf(t.get(0)));
        assertEquals("2023-03-14", t.get(0).value());
        assertEquals("2023-W12", t.get(1).value());
    }

    @Test
    void stageWithoutAPublicationDateKeepsSpansWithoutPretendingValues() {
        Doc d = doc("وصل الوزير أمس إلى جدة.", null);
        new SentenceStage().process(d);
        new TimexStage().process(d);
        assertEquals("PAST_REF", d.get(TimexTagger.LAYER).get(0).value());
    }
}
