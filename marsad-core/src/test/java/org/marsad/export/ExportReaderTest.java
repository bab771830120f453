package org.marsad.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.entity.EntityType;
import org.marsad.entity.corpus.CorpusEntity;

class ExportReaderTest {
    private static final String TEXT = "بيسكوف: لا خطط لاتصال\n\nقال دميتري بيسكوف: «لا توجد خطط حاليا لاتصال هاتفي». "
            + "وأضاف أن موسكو تنتظر ردا مكتوبا.";

    @TempDir
    Path dir;

    private final List<MalformedLine> problems = new ArrayList<>();

    /** A quote of {@link #TEXT} as articles.jsonl writes it, its offsets found by searching the text. */
    private static String quote(String said, String kind, String cue) {
        int start = TEXT.indexOf(said);
        int cueStart = TEXT.indexOf(cue);
        return "{\"start\":" + start + ",\"end\":" + (start + said.length()) + ",\"kind\":\"" + kind
                + "\",\"speaker\":\"دميتري بيسكوف\",\"speaker_entity\":\"e1\",\"cue\":[" + cueStart + ","
                + (cueStart + cue.length()) + "]}";
    }

    private static String article(String id, String published, String quotes) {
        return "{\"id\":\"" + id + "\",\"source\":\"" + id + ".txt\",\"headline\":\"بيسكوف: لا خطط لاتصال\","
                + "\"outlet\":\"سبوتنيك\",\"published\":" + published + ",\"published_inferred\":false,"
                + "\"text\":\"" + TEXT.replace("\n", "\\n") + "\",\"entities\":[],\"quotes\":[" + quotes + "],"
                + "\"events\":[],\"story\":\"s-" + id + "\"}";
    }

    private List<QuoteRecord> quotes(String... lines) throws Exception {
        Files.writeString(dir.resolve("articles.jsonl"), String.join("\n", lines) + "\n");
        List<QuoteRecord> out = new ArrayList<>();
        new ExportReader(dir, problems::add).readQuotes(out::add);
        return out;
    }

    @Test
    void eachQuoteComesWithWhatWasSaidItsCueAndItsArticle() throws Exception {
        List<QuoteRecord> quotes = quotes(article("a1", "\"2022-01-12\"", quote("لا توجد خطط حاليا لاتصال هاتفي",
                "direct", "قال") + "," + quote("موسكو تنتظر ردا مكتوبا", "indirect", "أضاف")));
        assertEquals(List.of(), problems);
        assertEquals(2, quotes.size());
        QuoteRecord first = quotes.get(0);
        assertEquals("لا توجد خطط حاليا لاتصال هاتفي", first.said());
        assertEquals("قال", first.cue());
        assertTrue(first.direct());
        assertEquals("دميتري بيسكوف", first.speaker());
        assertEquals("e1", first.speakerEntity());
        assertEquals(new ArticleHeader("a1", "a1.txt", "سبوتنيك", "بيسكوف: لا خطط لاتصال", LocalDate.of(2022, 1, 12),
                false), first.article());
        assertEquals("موسكو تنتظر ردا مكتوبا", quotes.get(1).said());
        assertFalse(quotes.get(1).direct());
    }

    @Test
    void aMalformedLineIsReportedWithItsNumberAndTheOthersRead() throws Exception {
        String good = quote("موسكو تنتظر ردا مكتوبا", "indirect", "أضاف");
        List<QuoteRecord> quotes = quotes(article("a1", "null", good), "{\"id\":\"a2\",\"text\":\"قال",
                "", article("a3", "\"2022-02-01\"", good), "[1, 2]");
        assertEquals(List.of("a1", "a3"), quotes.stream().map(q -> q.article().id()).toList());
        assertNull(quotes.get(0).article().published());
        assertEquals(List.of(2, 5), problems.stream().map(MalformedLine::line).toList());
        assertTrue(problems.get(0).toString().startsWith("articles.jsonl line 2: "), problems.get(0).toString());
    }

    @Test
    void aQuoteOutsideTheTextIsReportedAndTheArticlesOtherQuotesKept() throws Exception {
        String outside = "{\"start\":5,\"end\":9999,\"kind\":\"direct\",\"speaker\":\"بيسكوف\"}";
        List<QuoteRecord> quotes = quotes(article("a1", "\"2022-01-12\"",
                outside + "," + quote("موسكو تنتظر ردا مكتوبا", "indirect", "أضاف")));
        assertEquals(1, quotes.size());
        assertEquals(1, problems.size());
        assertTrue(problems.get(0).reason().startsWith("quote 1 [5, 9999) lies outside the text"), problems.toString());
    }

    @Test
    void entitiesAreReadWithTheirLatinNamesAndAliases() throws Exception {
        Files.writeString(dir.resolve("articles.jsonl"), "");
        Files.writeString(dir.resolve("entities.jsonl"), """
                {"id":"e1","type":"PER","name":"دميتري بيسكوف","aliases":["دميتري بيسكوف","بيسكوف"],"latin":"Dmitry Peskov","roles":["المتحدث باسم الكرملين"],"articles":["a1"]}
                {"id":"e2","type":"ORG","name":"الكرملين","aliases":["الكرملين"],"roles":[],"articles":["a1"]}
                """);
        List<CorpusEntity> entities = new ArrayList<>();
        new ExportReader(dir, problems::add).readEntities(entities::add);
        assertEquals(List.of(new CorpusEntity("e1", EntityType.PER, "دميتري بيسكوف", List.of("دميتري بيسكوف", "بيسكوف"),
                "Dmitry Peskov", List.of("المتحدث باسم الكرملين"), List.of("a1")),
                new CorpusEntity("e2", EntityType.ORG, "الكرملين", List.of("الكرملين"), null, List.of(), List.of("a1"))),
                entities);
        assertEquals(List.of(), problems);
    }

    @Test
    void aFolderWithoutArticlesIsNoExport() {
        assertFalse(ExportReader.isExport(dir));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new ExportReader(dir, p -> { }));
        assertTrue(e.getMessage().startsWith("no export in "), e.getMessage());
    }
}
