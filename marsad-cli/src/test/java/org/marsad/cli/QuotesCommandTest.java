package org.marsad.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class QuotesCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    /** Three articles, written out of date order: Peskov in two spellings (one not linked), Lavrov, the Kremlin. */
    @BeforeEach
    void writeExport() throws Exception {
        String a1 = "الكرملين: لا خطط لاتصال بين بوتين وبايدن\n\nقال المتحدث باسم الكرملين دميتري بيسكوف للصحفيين: "
                + "«لا توجد خطط حاليا لاتصال هاتفي». وأضاف بيسكوف أن موسكو تنتظر ردا مكتوبا.";
        String a2 = "لافروف: الكرة في ملعب واشنطن\n\nقال وزير الخارجية سيرغي لافروف: «الكرة في ملعب واشنطن». "
                + "وصرح ديمتري بيسكوف بأن الرئيس مستعد للحوار.";
        String a3 = "الكرملين يرد على العقوبات\n\nقال الكرملين إن العقوبات لن تؤثر على الاقتصاد. "
                + "وقال دميتري بيسكوف: «سنرد بالمثل».";
        List<String> lines = new ArrayList<>();
        lines.add(article("a1", "2022-01-12", false, "سبوتنيك", a1,
                quote(a1, "لا توجد خطط حاليا لاتصال هاتفي", "direct", "دميتري بيسكوف", "e1", "قال"),
                quote(a1, "موسكو تنتظر ردا مكتوبا", "indirect", "دميتري بيسكوف", "e1", "أضاف")));
        lines.add(article("a2", "2021-12-30", true, "روسيا اليوم", a2,
                quote(a2, "الكرة في ملعب واشنطن", "direct", "سيرغي لافروف", "e2", "قال"),
                quote(a2, "الرئيس مستعد للحوار", "indirect", "ديمتري بيسكوف", null, "صرح")));
        lines.add(article("a3", "2022-02-05", false, "سبوتنيك", a3,
                quote(a3, "العقوبات لن تؤثر على الاقتصاد", "indirect", "الكرملين", "e3", "قال"),
                quote(a3, "سنرد بالمثل", "direct", "دميتري بيسكوف", "e1", "قال")));
        Files.write(dir.resolve("articles.jsonl"), lines);
        Files.writeString(dir.resolve("entities.jsonl"), """
                {"id":"e1","type":"PER","name":"دميتري بيسكوف","aliases":["دميتري بيسكوف","بيسكوف"],"latin":"Dmitry Peskov","roles":["المتحدث باسم الكرملين"],"articles":["a1","a3"]}
                {"id":"e2","type":"PER","name":"سيرغي لافروف","aliases":["سيرغي لافروف"],"latin":"Sergey Lavrov","roles":["وزير الخارجية"],"articles":["a2"]}
                {"id":"e3","type":"ORG","name":"الكرملين","aliases":["الكرملين"],"roles":[],"articles":["a1","a3"]}
                """);
    }

    private static String article(String id, String published, boolean inferred, String outlet, String text,
            ObjectNode... quotes) throws Exception {
        ObjectNode a = JSON.createObjectNode().put("id", id).put("source", "in/" + id + ".txt").put("language", "ar")
                .put("headline", text.substring(0, text.indexOf('\n'))).put("outlet", outlet)
                .put("published", published).put("published_inferred", inferred).put("text", text);
        a.putArray("entities");
        a.putArray("quotes").addAll(List.of(quotes));
        a.putArray("events");
        return JSON.writeValueAsString(a.put("story", "s-" + id));
    }

    private static ObjectNode quote(String text, String said, String kind, String speaker, String entity, String cue) {
        int start = text.lastIndexOf(said); // the body's, where a headline repeats it
        int cueStart = text.lastIndexOf(cue, start);
        ObjectNode q = JSON.createObjectNode().put("start", start).put("end", start + said.length()).put("kind", kind)
                .put("speaker", speaker);
        if (entity != null) {
            q.put("speaker_entity", entity);
        }
        q.putArray("cue").add(cueStart).add(cueStart + cue.length());
        return q;
    }

    private CommandRun quotes(String... args) {
        List<String> line = new ArrayList<>(List.of("quotes", "--out", dir.toString()));
        line.addAll(List.of(args));
        return CommandRun.of(line.toArray(String[]::new));
    }

    /** The quoted texts in the order printed, from --json output. */
    private static List<String> said(CommandRun run) throws Exception {
        List<String> out = new ArrayList<>();
        for (String line : run.out().lines().toList()) {
            out.add(JSON.readTree(line).get("quote").asText());
        }
        return out;
    }

    @Test
    void surnameListsThePersonsQuotesInEverySpellingOldestFirst() {
        CommandRun run = quotes("--speaker", "بيسكوف");
        assertEquals(0, run.exitCode(), run.err());
        List<String> lines = run.out().lines().toList();
        assertEquals("4 quotes by بيسكوف, oldest first; as written: دميتري بيسكوف (3), ديمتري بيسكوف (1)", lines.get(0));
        assertEquals(List.of("",
                "2021-12-30 (inferred)  روسيا اليوم  لافروف: الكرة في ملعب واشنطن",
                "  source: in/a2.txt  [a2]",
                "  ديمتري بيسكوف, indirect, صرح:",
                "    الرئيس مستعد للحوار",
                "",
                "2022-01-12  سبوتنيك  الكرملين: لا خطط لاتصال بين بوتين وبايدن",
                "  source: in/a1.txt  [a1]",
                "  دميتري بيسكوف, direct, قال:",
                "    «لا توجد خطط حاليا لاتصال هاتفي»",
                "  دميتري بيسكوف, indirect, أضاف:",
                "    موسكو تنتظر ردا مكتوبا",
                "",
                "2022-02-05  سبوتنيك  الكرملين يرد على العقوبات",
                "  source: in/a3.txt  [a3]",
                "  دميتري بيسكوف, direct, قال:",
                "    «سنرد بالمثل»"), lines.subList(1, lines.size()));
    }

    @Test
    void fullNameInOtherSpellingsFindsTheSameQuotes() throws Exception {
        List<String> expected = said(quotes("--speaker", "بيسكوف", "--json"));
        assertEquals(4, expected.size());
        for (String name : List.of("ديمتري بيسكوف", "دميتري بيسكوف", "دِيمِتْرِي بيسـكوف", "البيسكوف")) {
            assertEquals(expected, said(quotes("--speaker", name, "--json")), name);
        }
    }

    @Test
    void latinNameFindsThePersonThroughTheExportsEntities() throws Exception {
        List<String> expected = said(quotes("--speaker", "بيسكوف", "--json"));
        for (String name : List.of("Peskov", "peskov", "Dmitry Peskov")) {
            assertEquals(expected, said(quotes("--speaker", name, "--json")), name);
        }
        assertEquals(List.of("الكرة في ملعب واشنطن"), said(quotes("--speaker", "Lavrov", "--json")));
    }

    @Test
    void fromAndToKeepQuotesPublishedInTheRange() throws Exception {
        assertEquals(List.of("لا توجد خطط حاليا لاتصال هاتفي", "موسكو تنتظر ردا مكتوبا"),
                said(quotes("--speaker", "بيسكوف", "--from", "2022-01-01", "--to", "2022-01-31", "--json")));
        assertEquals(List.of("سنرد بالمثل"), said(quotes("--speaker", "بيسكوف", "--from", "2022-01-13", "--json")));
        assertEquals(List.of("الرئيس مستعد للحوار"), said(quotes("--speaker", "بيسكوف", "--to", "2021-12-31", "--json")));
    }

    @Test
    void jsonCarriesTheDateSourceKindSpeakerAndCue() throws Exception {
        CommandRun run = quotes("--speaker", "بيسكوف", "--json", "-n", "1");
        List<String> lines = run.out().lines().toList();
        assertEquals(1, lines.size(), run.out());
        JsonNode q = JSON.readTree(lines.get(0));
        assertEquals("2021-12-30", q.get("published").asText());
        assertTrue(q.get("published_inferred").asBoolean());
        assertEquals("روسيا اليوم", q.get("outlet").asText());
        assertEquals("in/a2.txt", q.get("source").asText());
        assertEquals("indirect", q.get("kind").asText());
        assertEquals("ديمتري بيسكوف", q.get("speaker").asText());
        assertEquals("صرح", q.get("cue").asText());
    }

    @Test
    void withoutASpeakerEverySpeakerIsCountedMostQuotedFirst() {
        CommandRun run = quotes();
        assertEquals(0, run.exitCode(), run.err());
        assertEquals(List.of(
                "6 quotes by 4 speakers, most quoted first",
                "quotes  direct  indirect  speaker",
                "     3       2         1  دميتري بيسكوف (Dmitry Peskov)",
                "     1       0         1  الكرملين",
                "     1       0         1  ديمتري بيسكوف",
                "     1       1         0  سيرغي لافروف (Sergey Lavrov)"), run.out().lines().toList());
        assertEquals(List.of("4 quotes by 2 speakers, most quoted first", "quotes  direct  indirect  speaker",
                "     3       2         1  دميتري بيسكوف (Dmitry Peskov)", "… 1 more speaker (-n 0 shows all)"),
                quotes("--from", "2022-01-01", "-n", "1").out().lines().toList());
    }

    @Test
    void aMissingExportIsOneClearMessage() {
        Path empty = dir.resolve("nothing-here");
        CommandRun run = CommandRun.of("quotes", "--speaker", "بيسكوف", "--out", empty.toString());
        assertEquals(ExitCodes.FAILED, run.exitCode());
        assertEquals("marsad: no export in " + empty + ": run `marsad analyze ... --out " + empty + "` first",
                run.err().strip());
        assertEquals("", run.out());
    }

    @Test
    void aMalformedLineIsReportedWithItsNumberAndSkipped() throws Exception {
        List<String> lines = new ArrayList<>(Files.readAllLines(dir.resolve("articles.jsonl")));
        lines.add(1, lines.get(1).substring(0, 80));
        Files.write(dir.resolve("articles.jsonl"), lines);
        CommandRun run = quotes("--speaker", "بيسكوف");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.err().startsWith("marsad: articles.jsonl line 2: "), run.err());
        assertEquals(1, run.err().lines().count(), run.err());
        assertTrue(run.out().startsWith("4 quotes by بيسكوف"), run.out());
    }
}
