package org.marsad.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bundled sample through {@code analyze}, checked against the contract and, where the shared
 * gold is present, scored by the project's scorer for what the cleaner owns.
 */
class SeedExportTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path out;
    static CommandRun run;
    static Map<String, JsonNode> articles = new HashMap<>();

    @BeforeAll
    static void analyse() throws IOException {
        run = CommandRun.of("analyze", TestData.sample().toString(), "--out", out.toString());
        for (String line : Files.readAllLines(out.resolve("articles.jsonl"))) {
            JsonNode a = JSON.readTree(line);
            articles.put(Path.of(a.get("source").asText()).getFileName().toString(), a);
        }
    }

    @Test
    void analysesEverySampleArticleAndSaysWhereTheResultsAre() {
        assertEquals(0, run.exitCode(), run.err());
        assertEquals(5, articles.size());
        assertTrue(run.out().contains("read 5 = analysed 5 + duplicates skipped 0 + rejected 0"), run.out());
        assertTrue(run.out().contains(out.toAbsolutePath().toString()), run.out());
    }

    @Test
    void everyArticleCarriesTheContractFields() {
        for (JsonNode a : articles.values()) {
            for (String field : List.of("id", "source", "language", "headline", "outlet", "agencies", "dateline",
                    "published", "published_inferred", "text", "sentences", "entities", "timexes", "quotes", "events",
                    "story")) {
                assertTrue(a.has(field), field + " missing in " + a.get("source"));
            }
            String text = a.get("text").asText();
            for (JsonNode s : a.get("sentences")) {
                int start = s.get(0).asInt();
                int end = s.get(1).asInt();
                assertTrue(0 <= start && start < end && end <= text.length());
            }
            assertTrue(text.startsWith(a.get("headline").asText()));
        }
    }

    @Test
    void theSameInputGetsTheSameId() throws IOException {
        Path again = out.resolve("again");
        CommandRun.of("analyze", TestData.sample().toString(), "--out", again.toString(), "--no-index");
        assertEquals(Files.readString(out.resolve("articles.jsonl")), Files.readString(again.resolve("articles.jsonl")));
    }

    @Test
    void datedArticlesGetTheirDateAsWritten() throws IOException {
        JsonNode gold = JSON.readTree(TestData.shared().resolve("gold/seeds.json").toFile());
        int dated = 0;
        for (JsonNode g : gold.get("documents")) {
            if (!g.get("published").get("explicit").asBoolean()) {
                continue;
            }
            dated++;
            JsonNode a = articles.get(g.get("file").asText());
            assertNotNull(a);
            assertEquals(g.get("published").get("range").get(0).asText(), a.get("published").asText());
            assertFalse(a.get("published_inferred").asBoolean());
        }
        assertEquals(2, dated);
    }

    @Test
    void scorerGivesFullMarksForHeadlineOutletAgenciesDatelineAndCleaning() throws Exception {
        JsonNode m = score();
        for (String metric : List.of("headline exact %", "outlet %", "agencies %", "dateline %",
                "boilerplate removed %", "body kept %")) {
            assertEquals(100.0, m.get(metric).asDouble(), metric + " in " + m);
        }
        assertEquals("5/5", m.get("articles found").asText());
    }

    @Test
    void scorerFindsEveryPersonTheirRolesAndTheirMergesAcrossArticles() throws Exception {
        JsonNode m = score();
        assertEquals(100.0, m.get("person recall %").asDouble(), m.toString());
        assertTrue(m.get("entity recall % (typed)").asDouble() >= 95, m.toString());
        assertTrue(m.get("role accuracy % (of gold roles)").asDouble() >= 90, m.toString());
        assertEquals(100.0, m.get("cross-document merges %").asDouble(), m.toString());
    }

    @Test
    void everyMentionNamesAnEntityOfEntitiesJsonl() throws IOException {
        Map<String, JsonNode> entities = entities();
        int mentions = 0;
        for (JsonNode a : articles.values()) {
            String text = a.get("text").asText();
            for (JsonNode m : a.get("entities")) {
                mentions++;
                JsonNode e = entities.get(m.get("entity").asText());
                assertNotNull(e, m.toString());
                assertTrue(e.get("articles").toString().contains(a.get("id").asText()));
                assertTrue(m.get("end").asInt() <= text.length());
            }
        }
        assertTrue(mentions > 100, "mentions: " + mentions);
    }

    @Test
    void everyEventLiesInItsSentenceAndNamesEntitiesOfEntitiesJsonl() throws IOException {
        Map<String, JsonNode> entities = entities();
        int events = 0;
        for (JsonNode a : articles.values()) {
            for (JsonNode e : a.get("events")) {
                events++;
                JsonNode sentence = e.get("sentence");
                assertTrue(sentence.get(0).asInt() <= e.get("start").asInt(), e.toString());
                assertTrue(e.get("end").asInt() <= sentence.get(1).asInt(), e.toString());
                assertNotNull(e.get("status"), e.toString());
                for (JsonNode p : e.get("participants")) {
                    assertNotNull(entities.get(p.asText()), e.toString());
                }
                if (e.has("place")) {
                    assertEquals("LOC", entities.get(e.get("place").asText()).get("type").asText(), e.toString());
                }
            }
        }
        assertTrue(events >= 11, "events: " + events);
    }

    @Test
    void theFiveSeedArticlesAreOneStoryWhoseTimelineTheScorerAccepts() throws Exception {
        JsonNode stories = JSON.readTree(out.resolve("stories.json").toFile());
        assertEquals(1, stories.size(), stories.toString());
        JsonNode story = stories.get(0);
        assertEquals(5, story.get("articles").size());
        for (JsonNode a : articles.values()) {
            assertEquals(story.get("id").asText(), a.get("story").asText());
            assertFalse(a.has("duplicate_of"), "no seed article copies another: " + a.get("source"));
        }
        JsonNode m = score();
        assertEquals(100.0, m.get("timeline recall %").asDouble(), m.toString());
        assertTrue(m.get("timeline precision %").asDouble() >= 80, m.toString());
    }

    @Test
    void everyTimelineEntryCitesSentencesOfItsStorysArticles() throws IOException {
        Map<String, String> texts = new HashMap<>();
        articles.values().forEach(a -> texts.put(a.get("id").asText(), a.get("text").asText()));
        JsonNode story = JSON.readTree(out.resolve("stories.json").toFile()).get(0);
        String previous = "";
        for (JsonNode e : story.get("timeline")) {
            assertTrue(e.get("sources").size() >= 1, e.toString());
            for (JsonNode src : e.get("sources")) {
                String text = texts.get(src.get("article").asText());
                assertNotNull(text, src.toString());
                assertTrue(0 <= src.get("start").asInt() && src.get("end").asInt() <= text.length(), src.toString());
            }
            String first = e.get("date").asText().substring(0, 10);
            assertTrue(first.compareTo(previous) >= 0, "in date order: " + story.get("timeline"));
            previous = first;
        }
        JsonNode call = null;
        for (JsonNode e : story.get("timeline")) {
            if (e.get("date").asText().equals("2021-12-30") && e.get("type").asText().equals("CALL")) {
                call = e;
            }
        }
        assertNotNull(call, "the 30 December call: " + story.get("timeline"));
        assertEquals(2, call.get("sources").findValues("article").stream().map(JsonNode::asText).distinct().count(),
                "told by two articles, one entry: " + call);
        assertTrue(call.get("date_inferred").asBoolean(), "both articles that tell it have inferred dates");
    }

    @Test
    void storiesAndTimelineCommandsReadTheExport() throws IOException {
        String id = JSON.readTree(out.resolve("stories.json").toFile()).get(0).get("id").asText();
        CommandRun list = CommandRun.of("stories", "--out", out.toString());
        assertEquals(0, list.exitCode(), list.err());
        assertTrue(list.out().contains(id) && list.out().contains("5 articles"), list.out());
        CommandRun timeline = CommandRun.of("timeline", id, "--out", out.toString());
        assertEquals(0, timeline.exitCode(), timeline.err());
        assertTrue(timeline.out().contains("2022-02-12") && timeline.out().contains("CALL"), timeline.out());
        assertTrue(timeline.out().contains("بيسكوف"), "participants by name: " + timeline.out());
        CommandRun missing = CommandRun.of("timeline", "s-nothing", "--out", out.toString());
        assertEquals(ExitCodes.USAGE, missing.exitCode());
        assertTrue(missing.err().contains("no story s-nothing"), missing.err());
    }

    /** entities.jsonl by id. */
    private static Map<String, JsonNode> entities() throws IOException {
        Map<String, JsonNode> entities = new HashMap<>();
        for (String line : Files.readAllLines(out.resolve("entities.jsonl"))) {
            if (!line.isBlank()) {
                JsonNode e = JSON.readTree(line);
                entities.put(e.get("id").asText(), e);
            }
        }
        return entities;
    }

    private static JsonNode score() throws Exception {
        Path shared = TestData.shared();
        Process p;
        try {
            p = new ProcessBuilder("python3", shared.resolve("eval/score.py").toString(), "--gold",
                    shared.resolve("gold/seeds.json").toString(), "--out", out.toString(), "--json")
                    .redirectErrorStream(true).start();
        } catch (IOException e) {
            assumeTrue(false, "python3 is needed to run the shared scorer");
            return null;
        }
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        String output = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertEquals(0, p.exitValue(), output);
        return JSON.readTree(output);
    }
}
