package org.marsad.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** {@code analyze URL... --fetch}: pages and feeds given by address, served on the loopback address. */
@Timeout(120)
class AnalyzeAddressTest {

    @TempDir
    Path out;

    private LoopbackSite site;

    @BeforeEach
    void start() throws IOException {
        site = new LoopbackSite();
        site.pages.put("/news/one.html", LoopbackSite.page("الوزير في جنيف", "جنيف"));
        site.pages.put("/news/two.html", LoopbackSite.page("الوزير في فيينا", "فيينا"));
        site.pages.put("/feed.rss", site.feed("two"));
    }

    @AfterEach
    void stop() {
        site.close();
    }

    @Test
    void aPageAndAFeedGivenByAddressAreFetchedAndAnalysed() throws IOException {
        CommandRun run = CommandRun.of("analyze", site.url("/news/one.html"), site.url("/feed.rss"), "--fetch",
                "--no-index", "--threads", "1", "--out", out.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("read 2 = analysed 2"), run.out());
        List<JsonNode> articles = articles();
        assertEquals(site.url("/news/one.html"), articles.get(0).get("source").asText());
        assertEquals(site.url("/news/one.html"), articles.get(0).get("url").asText());
        assertEquals("الوزير في جنيف", articles.get(0).get("headline").asText());
        assertEquals(site.url("/feed.rss") + "#two", articles.get(1).get("source").asText());
        assertEquals("صحيفة المرصد", articles.get(1).get("outlet").asText());
        assertEquals(1, site.requests("/robots.txt"), "robots.txt is read once for the site: " + site.requested);
    }

    @Test
    void anAddressWithoutFetchIsRejectedSayingHowToAllowIt() {
        CommandRun run = CommandRun.of("analyze", site.url("/news/one.html"), "--no-index", "--out", out.toString());
        assertTrue(run.err().contains(site.url("/news/one.html") + ": unreadable input: a web address; "
                + "marsad fetches only when told to (--fetch)"), run.err());
        assertTrue(site.requested.isEmpty(), site.requested.toString());
    }

    @Test
    void aMissingPageIsRejectedByAddressAndTheRunGoesOn() {
        CommandRun run = CommandRun.of("analyze", site.url("/news/gone.html"), site.url("/news/two.html"), "--fetch",
                "--no-index", "--threads", "1", "--out", out.toString());
        assertTrue(run.err().contains(site.url("/news/gone.html") + ": unreadable input: could not be fetched"),
                run.err());
        assertTrue(run.out().contains("read 2 = analysed 1 + duplicates skipped 0 + rejected 1"), run.out());
    }

    private List<JsonNode> articles() throws IOException {
        ObjectMapper json = new ObjectMapper();
        List<JsonNode> lines = new ArrayList<>();
        for (String line : Files.readAllLines(out.resolve("articles.jsonl"))) {
            if (!line.isBlank()) {
                lines.add(json.readTree(line));
            }
        }
        return lines;
    }
}
