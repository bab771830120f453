package org.marsad.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** JSON arrays, objects and JSON Lines: records, their composition, and their failures. */
class JsonInputTest {

    @TempDir
    Path dir;

    private static RecordingSink read(IngestOptions options, Path... inputs) {
        return RecordingSink.read(options, inputs);
    }

    private static RecordingSink read(Path... inputs) {
        return RecordingSink.read(IngestOptions.defaults(), inputs);
    }

    private static final String NEWS_PLEASE = """
            {"authors": ["محمد العلي", "سارة الأحمد"], "date_download": "2017-02-16 15:48:09",
             "date_modify": "2017-02-16 15:48:09", "date_publish": "2017-02-15T23:30:00+03:00",
             "description": "ملخص", "language": "ar", "title": "  عنوان الخبر  ",
             "maintext": "\\n الفقرة الأولى.\\n\\nالفقرة الثانية. ", "source_domain": "www.spa.gov.sa",
             "url": "https://www.spa.gov.sa/1", "image_url": null, "localpath": null}
            """;

    @Test
    void newsPleaseRecordIsComposedLikeAScrapedPageWithSpansOnTitleAndByline() {
        Path file = Corpus.write(dir.resolve("np.json"), NEWS_PLEASE);
        RawArticle a = read(file).onlyArticle();
        assertEquals("عنوان الخبر\n\nمحمد العلي، سارة الأحمد\n\nالفقرة الأولى.\n\nالفقرة الثانية.", a.text());
        assertEquals("عنوان الخبر", a.title().textIn(a.text()));
        assertEquals("محمد العلي، سارة الأحمد", a.byline().textIn(a.text()));
        assertEquals(LocalDate.of(2017, 2, 15), a.published());
        assertEquals(LocalDate.of(2017, 2, 16), a.downloaded());
        assertEquals("https://www.spa.gov.sa/1", a.url());
        assertEquals("www.spa.gov.sa", a.outlet());
        assertEquals("ar", a.language());
        assertEquals(file + "#1", a.provenance().label());
    }

    @Test
    void recordWithoutTitleOrBylineStartsWithItsBody() {
        Path file = Corpus.write(dir.resolve("x.jsonl"), "{\"content\": \"النص\", \"author\": \"\", \"title\": null}\n");
        RawArticle a = read(file).onlyArticle();
        assertEquals("النص", a.text());
        assertNull(a.title());
        assertNull(a.byline());
        assertNull(a.published());
    }

    @Test
    void downloadDateNeverBecomesThePublicationDate() {
        Path file = Corpus.write(dir.resolve("x.jsonl"), "{\"content\": \"نص\", \"date_extracted\": \"2015-07-21 02:51:32\"}\n");
        RawArticle a = read(file).onlyArticle();
        assertNull(a.published());
        assertEquals(LocalDate.of(2015, 7, 21), a.downloaded());
    }

    @Test
    void unreadableDateIsIgnoredWithAWarning() {
        Path file = Corpus.write(dir.resolve("x.jsonl"), "{\"content\": \"نص\", \"date_publish\": \"منذ ساعتين\"}\n");
        RecordingSink sink = read(file);
        assertNull(sink.onlyArticle().published());
        sink.assertWarned(file + "#1: ignored the unreadable date in \"date_publish\"");
    }

    @Test
    void recordWithNoTextFieldIsMalformedAndSaysWhereItLooked() {
        Path file = Corpus.write(dir.resolve("x.jsonl"), "{\"title\": \"عنوان\", \"summary\": \"...\"}\n");
        Rejection r = read(file).onlyRejection();
        assertEquals(Rejection.Kind.MALFORMED, r.kind());
        assertTrue(r.toString().startsWith(file + "#1: malformed record: no text field (looked for maintext, content, text, "),
                r::toString);
    }

    @Test
    void recordWithBlankTextIsEmpty() {
        Path file = Corpus.write(dir.resolve("x.json"), "[{\"content\": \"\\u00a0\\u00a0 \\n \"}, {\"maintext\": null}]");
        RecordingSink sink = read(file);
        sink.assertCounts(2, 0, 2);
        assertEquals(List.of(Rejection.Kind.EMPTY, Rejection.Kind.EMPTY), sink.kinds());
        assertEquals(file + "#2: empty input: the text field \"maintext\" is empty", sink.rejected.get(1).toString());
    }

    @Test
    void malformedLinesAreRejectedOneByOneAndTheGoodLinesAllAccepted() {
        StringBuilder jsonl = new StringBuilder();
        for (int line = 1; line <= 20; line++) {
            jsonl.append(line == 17 ? "{\"ti x\": 1}" : line == 5 ? "not json at all"
                    : line == 9 ? "" : Corpus.newsPlease("عنوان " + line, "نص " + line)).append('\n');
        }
        Path file = Corpus.write(dir.resolve("file.jsonl"), jsonl.toString().replace("{\"ti x\": 1}", "{\"ti\" x: 1}"));
        RecordingSink sink = read(file);
        sink.assertCounts(19, 17, 2); // line 9 is blank: not a record
        assertEquals(file + "#5", sink.rejected.get(0).record().label());
        Rejection r17 = sink.rejected.get(1);
        assertEquals(Rejection.Kind.MALFORMED, r17.kind());
        assertTrue(r17.toString().startsWith(file + "#17: malformed record: Unexpected character ('x'"), r17::toString);
        assertTrue(r17.message().endsWith("at column 7"), r17::message);
        assertEquals(file + "#18", sink.accepted.get(14).provenance().label());
    }

    @Test
    void malformedArrayKeepsTheRecordsBeforeTheErrorAndRejectsTheRestOnce() {
        String array = "[\n" + Corpus.newsPlease("أ", "نص") + ",\n" + Corpus.newsPlease("ب", "نص") + ",\n"
                + "{\"title\": \"ج\", \"maintext\": \"نص\" \"url\": 1},\n" + Corpus.newsPlease("د", "نص") + "\n]";
        Path file = Corpus.write(dir.resolve("day.json"), array);
        RecordingSink sink = read(file);
        sink.assertCounts(3, 2, 1);
        Rejection r = sink.onlyRejection();
        assertEquals(Rejection.Kind.MALFORMED, r.kind());
        assertTrue(r.toString().startsWith(file + "#3: malformed record: Unexpected character"), r::toString);
        assertTrue(r.message().contains("at line 4, column"), r::message);
        assertTrue(r.message().endsWith("the rest of the file was not read (2 records before it were)"), r::message);
    }

    @Test
    void arrayCutShortIsTruncated() {
        Path file = Corpus.write(dir.resolve("cut.json"), "[" + Corpus.newsPlease("أ", "نص") + ", {\"maintext\": \"ن");
        RecordingSink sink = read(file);
        sink.assertCounts(2, 1, 1);
        assertEquals(Rejection.Kind.TRUNCATED, sink.onlyRejection().kind());
        assertEquals(file + "#2", sink.onlyRejection().record().label());
    }

    @Test
    void truncatedGzipKeepsCompleteLinesAndRejectsTheRest() {
        StringBuilder jsonl = new StringBuilder();
        for (int i = 1; i <= 300; i++) {
            jsonl.append(Corpus.newsPlease("عنوان " + i, Corpus.ARABIC + i)).append('\n');
        }
        Path gz = Corpus.write(dir.resolve("crawl.jsonl.gz"), Corpus.truncatedGzip(jsonl.toString().getBytes(StandardCharsets.UTF_8), 0.6));
        RecordingSink sink = read(gz);
        int kept = sink.accepted.size();
        assertTrue(kept > 100 && kept < 300, "kept " + kept);
        sink.assertCounts(kept + 1, kept, 1);
        for (int i = 0; i < kept; i++) {
            assertEquals(gz + "#" + (i + 1), sink.accepted.get(i).provenance().label());
            assertTrue(sink.accepted.get(i).text().endsWith("؟\n" + (i + 1)));
        }
        Rejection r = sink.onlyRejection();
        assertEquals(Rejection.Kind.TRUNCATED, r.kind());
        assertTrue(r.toString().startsWith(gz + "#" + (kept + 1) + ": truncated input: the gzip data ends early"), r::toString);
    }

    @Test
    void truncatedGzipOfAnArrayKeepsTheRecordsBeforeTheCut() {
        StringBuilder json = new StringBuilder("[");
        for (int i = 1; i <= 300; i++) {
            json.append(i > 1 ? ",\n" : "").append(Corpus.newsPlease("عنوان " + i, Corpus.ARABIC));
        }
        Path gz = Corpus.write(dir.resolve("day.json.gz"), Corpus.truncatedGzip(json.append("]").toString().getBytes(StandardCharsets.UTF_8), 0.5));
        RecordingSink sink = read(gz);
        int kept = sink.accepted.size();
        assertTrue(kept > 50 && kept < 300, "kept " + kept);
        sink.assertCounts(kept + 1, kept, 1);
        assertEquals(Rejection.Kind.TRUNCATED, sink.onlyRejection().kind());
    }

    @Test
    void zipEntriesAreInputsNamedAfterTheArchive() {
        Path zip = Corpus.write(dir.resolve("pack.zip"), Corpus.zip(
                "2015-07-21.json", "[" + Corpus.newsPlease("أ", "نص") + "," + Corpus.newsPlease("ب", "نص") + "]",
                "sub/2015-07-22.jsonl", Corpus.newsPlease("ج", "نص") + "\n",
                "__MACOSX/._2015-07-21.json", "junk",
                "notes.txt", "ملاحظة"));
        RecordingSink sink = read(zip);
        assertEquals(List.of(zip + "!/2015-07-21.json#1", zip + "!/2015-07-21.json#2", zip + "!/sub/2015-07-22.jsonl#1",
                zip + "!/notes.txt"), sink.labels());
        sink.assertCounts(4, 4, 0);
    }

    @Test
    void singlePrettyObjectAndJsonLinesInADotJsonFileAreBothRead() {
        Path pretty = Corpus.write(dir.resolve("one.json"), "{\n  \"title\": \"عنوان\",\n  \"maintext\": \"نص\"\n}\n");
        Path lines = Corpus.write(dir.resolve("lines.json"), Corpus.newsPlease("أ", "نص") + "\n{bad\n" + Corpus.newsPlease("ب", "نص") + "\n");
        RecordingSink sink = read(pretty, lines);
        assertEquals(List.of(pretty + "#1", lines + "#1", lines + "#3"), sink.labels());
        assertEquals(lines + "#2", sink.onlyRejection().record().label());
    }

    @Test
    void jsonWithAByteOrderMarkIsRead() {
        byte[] json = ("[" + Corpus.newsPlease("أ", "نص") + "]").getBytes(StandardCharsets.UTF_8);
        Path array = Corpus.write(dir.resolve("bom.json"), Corpus.concat(Corpus.bytes(0xEF, 0xBB, 0xBF), json));
        Path lines = Corpus.write(dir.resolve("bom.jsonl"), Corpus.concat(Corpus.bytes(0xEF, 0xBB, 0xBF),
                (Corpus.newsPlease("أ", "نص") + "\n").getBytes(StandardCharsets.UTF_8)));
        read(array, lines).assertCounts(2, 2, 0);
    }

    @Test
    void jsonThatIsNotUtf8IsAnEncodingRejectionPointingAtTheOption() {
        Path file = Corpus.write(dir.resolve("legacy.jsonl"), Corpus.encode(Corpus.newsPlease("عنوان", "نص") + "\n", "windows-1256"));
        Rejection r = read(file).onlyRejection();
        assertEquals(Rejection.Kind.ENCODING, r.kind());
        assertTrue(r.message().contains(IngestOptions.ENCODING_OPTION), r::message);
        RawArticle forced = read(IngestOptions.defaults().withForcedEncoding("windows-1256"), file).onlyArticle();
        assertEquals("عنوان", forced.title().textIn(forced.text()));
    }

    @Test
    void oversizedRecordIsTooLargeAndTheNextLineStillRead() {
        String big = Corpus.newsPlease("أ", Corpus.ARABIC.repeat(10));
        Path file = Corpus.write(dir.resolve("x.jsonl"), big + "\n" + Corpus.newsPlease("ب", "نص") + "\n");
        RecordingSink sink = read(IngestOptions.defaults().withMaxArticleBytes(1000), file);
        sink.assertCounts(2, 1, 1);
        assertEquals(Rejection.Kind.TOO_LARGE, sink.onlyRejection().kind());
        assertTrue(sink.onlyRejection().message().contains(IngestOptions.MAX_ARTICLE_SIZE_OPTION));
    }

    @Test
    void nonObjectRecordsAndEmptyArraysAreRejected() {
        Path mixed = Corpus.write(dir.resolve("mixed.json"), "[" + Corpus.newsPlease("أ", "نص") + ", \"just a string\", [1, 2]]");
        Path empty = Corpus.write(dir.resolve("none.json"), " [ ] ");
        Path notJson = Corpus.write(dir.resolve("article.json"), "هذا ليس JSON");
        RecordingSink sink = read(mixed, empty, notJson);
        sink.assertCounts(5, 1, 4);
        assertEquals(List.of(Rejection.Kind.MALFORMED, Rejection.Kind.MALFORMED, Rejection.Kind.EMPTY, Rejection.Kind.MALFORMED),
                sink.kinds());
        assertEquals(mixed + "#2: malformed record: the record is a JSON string, not an object", sink.rejected.get(0).toString());
    }

    @Test
    void fieldMappingReadsAnyLayout() {
        Path file = Corpus.write(dir.resolve("other.jsonl"),
                "{\"headline_ar\": \"عنوان\", \"story\": [\"فقرة أولى\", \"فقرة ثانية\"], \"when\": \"21/07/2015\", \"maintext\": \"لا\"}\n");
        IngestOptions options = IngestOptions.defaults().withFields(FieldMapping.parse("text=story,title=headline_ar,published=when"));
        RawArticle a = read(options, file).onlyArticle();
        assertEquals("عنوان\n\nفقرة أولى\n\nفقرة ثانية", a.text());
        assertEquals(LocalDate.of(2015, 7, 21), a.published());
    }

    @Test
    void largeFieldsNoRoleReadsAreSkippedWithoutCountingAgainstTheLimit() {
        String html = "<p>" + "x".repeat(5000) + "</p>";
        Path file = Corpus.write(dir.resolve("raw.json"), "[{\"html\": \"" + html + "\", \"maintext\": \"نص\"},"
                + Corpus.newsPlease("ب", "نص") + "]");
        read(IngestOptions.defaults().withMaxArticleBytes(1024), file).assertCounts(2, 2, 0);
    }

    @Test
    void oversizedTextInsideAnArrayIsTooLargeAndTheArrayReadsOn() {
        Path file = Corpus.write(dir.resolve("big.json"), "[" + Corpus.newsPlease("أ", "نص") + ","
                + Corpus.newsPlease("ب", "ن".repeat(5000)) + "," + Corpus.newsPlease("ج", "نص") + "]");
        RecordingSink sink = read(IngestOptions.defaults().withMaxArticleBytes(1024), file);
        sink.assertCounts(3, 2, 1);
        Rejection r = sink.onlyRejection();
        assertEquals(Rejection.Kind.TOO_LARGE, r.kind());
        // the title, a blank line, 5000 two-byte letters
        assertEquals(file + "#2: too large: the article is 10004 bytes (9.8 KiB), over the limit of 1024 bytes (1.0 KiB); "
                + "raise it with --max-article-size", r.toString());
    }

    @Test
    void fieldFarOverTheLimitInsideAnArrayIsTooLargeAndStopsTheFile() {
        Path file = Corpus.write(dir.resolve("huge.json"), "[" + Corpus.newsPlease("أ", "نص") + ","
                + Corpus.newsPlease("ب", "ن".repeat(70_000)) + "," + Corpus.newsPlease("ج", "نص") + "]");
        RecordingSink sink = read(IngestOptions.defaults().withMaxArticleBytes(1024), file);
        sink.assertCounts(2, 1, 1);
        Rejection r = sink.onlyRejection();
        assertEquals(Rejection.Kind.TOO_LARGE, r.kind());
        assertTrue(r.toString().startsWith(file + "#2: too large: a field value is far over the article size limit"), r::toString);
        assertTrue(r.message().endsWith("the rest of the file was not read (1 record before it was)"), r::message);
    }

    @Test
    void truncatedZipKeepsItsWholeEntriesAndRejectsTheCutOneOnce() {
        StringBuilder second = new StringBuilder();
        for (int i = 1; i <= 200; i++) {
            second.append(Corpus.newsPlease("عنوان " + i, Corpus.ARABIC + i)).append('\n');
        }
        byte[] zip = Corpus.zip("a.json", "[" + Corpus.newsPlease("أ", "نص") + "]", "b.jsonl", second.toString());
        Path cut = Corpus.write(dir.resolve("cut.zip"), java.util.Arrays.copyOf(zip, zip.length * 2 / 3));
        RecordingSink sink = read(cut);
        int kept = sink.accepted.size();
        assertTrue(kept > 2 && kept < 201, "kept " + kept);
        sink.assertCounts(kept + 1, kept, 1);
        assertEquals(cut + "!/a.json#1", sink.accepted.get(0).provenance().label());
        Rejection r = sink.onlyRejection();
        assertEquals(Rejection.Kind.TRUNCATED, r.kind());
        assertTrue(r.toString().startsWith(cut + "!/b.jsonl#" + kept + ": truncated input: the zip data ends early"), r::toString);
    }
}
