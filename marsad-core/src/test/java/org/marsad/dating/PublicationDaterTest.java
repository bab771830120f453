package org.marsad.dating;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.Marsad;
import org.marsad.doc.Doc;
import org.marsad.doc.Provenance;
import org.marsad.ingest.RawArticle;
import org.marsad.time.Timex;
import org.marsad.time.TimexTagger;

class PublicationDaterTest {
    static Doc analyse(String text, LocalDate published, LocalDate downloaded) {
        RawArticle raw = new RawArticle(Provenance.ofFile("test.txt"), text, null, null, published, downloaded,
                null, null, "ar");
        return Marsad.pipeline().analyze(raw);
    }

    @Test
    void aWrittenDateAndTheLeadWeekdayDateTheArticle() {
        // 14 September 2023 was a Thursday: the lead's Tuesday is the one five days after
        Doc doc = analyse("محادثات المياه\n\nقال وزير الخارجية، الثلاثاء، إن المحادثات التي بدأت في 14 سبتمبر 2023 "
                + "ستستأنف الأسبوع المقبل في القاهرة.", null, null);
        assertEquals(LocalDate.of(2023, 9, 19), doc.meta().published());
        assertTrue(doc.meta().publishedInferred());
        Timex lead = doc.get(TimexTagger.LAYER).get(0);
        assertEquals("الثلاثاء", doc.textOf(lead));
        assertEquals("2023-09-19", lead.value());
    }

    @Test
    void aDownloadDateBoundsTheWeekdayOfToday() {
        // downloaded Monday 20 May 2024: the latest Thursday before it
        Doc doc = analyse("افتتاح المعرض\n\nافتتح أمير المنطقة اليوم الخميس معرض الكتاب في دورته الجديدة.", null,
                LocalDate.of(2024, 5, 20));
        assertEquals(LocalDate.of(2024, 5, 16), doc.meta().published());
        assertTrue(doc.meta().publishedInferred());
        assertEquals("2024-05-16", doc.get(TimexTagger.LAYER).get(0).value());
    }

    @Test
    void withNothingOnTheCalendarTheDateStaysUnknown() {
        Doc doc = analyse("زيارة\n\nوصل الوزير أمس إلى جدة في زيارة رسمية يلتقي خلالها المسؤولين.", null, null);
        assertNull(doc.meta().published());
        assertEquals("PAST_REF", doc.get(TimexTagger.LAYER).get(0).value());
    }

    @Test
    void withOnlyADownloadDateThatIsTheDateAndNotASureOne() {
        Doc doc = analyse("زيارة\n\nوصل الوزير إلى جدة في زيارة رسمية يلتقي خلالها المسؤولين.", null,
                LocalDate.of(2015, 8, 2));
        assertEquals(LocalDate.of(2015, 8, 2), doc.meta().published());
        assertTrue(doc.meta().publishedInferred());
        assertTrue(doc.meta().publishedConfidence() < 0.5, "confidence " + doc.meta().publishedConfidence());
    }

    @Test
    void aDateLongBeforeTheDownloadIsBackground() {
        // an anniversary piece: the invasion's date is what it is about, not when it was written
        Doc doc = analyse("ذكرى الغزو\n\nفي الثاني من أغسطس 1990 اجتاحت القوات العراقية الكويت، ويستذكر المواطنون تلك الأيام.",
                null, LocalDate.of(2015, 8, 2));
        assertEquals(LocalDate.of(2015, 8, 2), doc.meta().published());
        assertEquals("1990-08-02", doc.get(TimexTagger.LAYER).get(0).value());
    }

    @Test
    void aWrittenPublicationDateIsNeverReplaced() {
        Doc doc = analyse("زيارة\n\nوصل الوزير الخميس إلى جدة بعد محادثات في 14 سبتمبر 2023.",
                LocalDate.of(2023, 10, 2), null);
        assertEquals(LocalDate.of(2023, 10, 2), doc.meta().published());
        assertEquals(false, doc.meta().publishedInferred());
    }

    @Test
    void confidenceIsLowWhenOtherDaysFitAsWell() {
        // nothing tells which week: only the weekday, bounded by the download date
        Doc doc = analyse("بيان\n\nأصدرت الوزارة بيانا الأحد حول الأوضاع.", null, LocalDate.of(2024, 5, 20));
        assertEquals(LocalDate.of(2024, 5, 19), doc.meta().published());
        assertTrue(doc.meta().publishedConfidence() < 0.9, "confidence " + doc.meta().publishedConfidence());
        List<Timex> t = doc.get(TimexTagger.LAYER);
        assertEquals("2024-05-19", t.get(0).value());
    }
}
