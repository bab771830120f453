package org.marsad.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * One day of the real SaudiNewsNet corpus: a zip holding one JSON array of 2972 articles.
 * Skipped where the shared folder is absent.
 */
class SaudiNewsNetTest {

    /** SaudiNewsNet's layout spelled out; the defaults happen to read it too. */
    static final String MAPPING = "text=content,title=title,byline=author,downloaded=date_extracted,"
            + "outlet=source,url=url,published=";

    private Path zip;

    @BeforeEach
    void findCorpus() {
        Path shared = Path.of(System.getProperty("marsad.shared", "../shared"));
        zip = shared.resolve("corpus/saudinewsnet/2015-07-21.zip");
        Assumptions.assumeTrue(Files.isRegularFile(zip), () -> "no SaudiNewsNet at " + zip.toAbsolutePath());
    }

    private RecordingSink read(FieldMapping fields) {
        RecordingSink sink = new RecordingSink();
        new Ingestor(IngestOptions.defaults().withFields(fields)).read(List.of(zip.toString()), sink);
        return sink;
    }

    @Test
    void oneCrawlDayReadsAllItsRecordsWithTheSaudiNewsNetMapping() {
        RecordingSink sink = read(FieldMapping.parse(MAPPING));
        // 84 records of that day have no content (blank, or only no-break spaces): each is one EMPTY rejection, nothing else fails
        sink.assertCounts(2972, 2888, 84);
        assertTrue(sink.rejected.stream().allMatch(r -> r.kind() == Rejection.Kind.EMPTY));
        assertEquals(List.of(), sink.warnings);

        RawArticle first = sink.accepted.get(0);
        assertEquals(zip + "!/2015-07-21.json#1", first.provenance().label());
        assertEquals("بريطانيا: أربعة محاور لاستراتيجية جديدة تتصدى للتطرف على مدى خمس سنوات",
                first.title().textIn(first.text()));
        assertEquals("لندن: رنيم حنوش", first.byline().textIn(first.text()));
        assertEquals(first.title().end() + 2, first.byline().start());
        assertTrue(first.text().startsWith("حدد رئيس الوزراء البريطاني", first.byline().end() + 2));
        assertEquals("aawsat", first.outlet());
        assertEquals(LocalDate.of(2015, 7, 21), first.downloaded());
        assertNull(first.published(), "a crawl date is not a publication date");
        assertTrue(first.url().startsWith("http://aawsat.com/home/article/410826/"));

        for (RawArticle a : sink.accepted) {
            if (a.title() != null) {
                assertEquals(0, a.title().start());
                assertEquals("\n\n", a.text().substring(a.title().end(), a.title().end() + 2));
            }
            if (a.byline() != null) {
                assertEquals("\n\n", a.text().substring(a.byline().end(), a.byline().end() + 2));
                assertTrue(a.byline().length() > 0);
            }
        }
    }

    @Test
    void theDefaultMappingReadsSaudiNewsNetAlike() {
        RecordingSink sink = read(FieldMapping.defaults());
        sink.assertCounts(2972, 2888, 84);
        assertEquals("aawsat", sink.accepted.get(0).outlet());
    }
}
