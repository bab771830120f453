package org.marsad.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code watch --once} against a feed served on the loopback address: a second poll after the
 * feed gained an item reads only that item, fetches only its page, and the export then holds both.
 */
@Timeout(120)
class WatchCommandTest {

    @TempDir
    Path out;

    private LoopbackSite site;

    @BeforeEach
    void start() throws IOException {
        site = new LoopbackSite();
    }

    @AfterEach
    void stop() {
        site.close();
    }

    private String url(String path) {
        return site.url(path);
    }

    @Test
    void secondPollAfterTheFeedGainedAnItemAnalysesOnlyTheNewItem() throws IOException {
        site.pages.put("/news/one.html", LoopbackSite.page("الوزير في جنيف", "جنيف"));
        site.pages.put("/news/two.html", LoopbackSite.page("الوزير في فيينا", "فيينا"));
        site.pages.put("/feed.rss", site.feed("one"));

        CommandRun first = CommandRun.of("watch", url("/feed.rss"), "--once", "--out", out.toString(), "--threads", "1");
        assertEquals(0, first.exitCode(), first.err());
        assertTrue(first.err().contains("1 items, 1 new: 1 read, 0 rejected"), first.err());
        assertEquals(1, articles().size());

        site.pages.put("/feed.rss", site.feed("two", "one"));
        CommandRun second = CommandRun.of("watch", url("/feed.rss"), "--once", "--out", out.toString(), "--threads",
                "1");
        assertEquals(0, second.exitCode(), second.err());
        assertTrue(second.err().contains("2 items, 1 new: 1 read, 0 rejected"), second.err());
        assertTrue(second.err().contains("1 new articles"), second.err());
        assertEquals(1, site.requests("/news/one.html"), site.requested.toString());
        assertEquals(1, site.requests("/news/two.html"), site.requested.toString());

        List<JsonNode> articles = articles();
        assertEquals(2, articles.size());
        assertEquals(url("/feed.rss") + "#one", articles.get(0).get("source").asText());
        assertEquals(url("/feed.rss") + "#two", articles.get(1).get("source").asText());
        assertEquals("صحيفة المرصد", articles.get(1).get("outlet").asText());
        assertTrue(Files.isDirectory(out.resolve("index")));

        CommandRun third = CommandRun.of("watch", url("/feed.rss"), "--once", "--out", out.toString());
        assertTrue(third.err().contains("2 items, 0 new") && third.err().contains("nothing new"), third.err());
    }

    @Test
    void unreachableFeedIsReportedByNameAndTheOthersArePolled() throws IOException {
        Path file = Files.writeString(out.resolve("local.rss"), site.feed());
        CommandRun run = CommandRun.of("watch", url("/missing.rss"), file.toString(), "--once", "--out",
                out.resolve("export").toString());
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.err().contains(url("/missing.rss") + ": " + url("/missing.rss") + ": HTTP 404"), run.err());
        assertTrue(run.err().contains(file + ": 0 items, 0 new"), run.err());
    }

    private List<JsonNode> articles() throws IOException {
        ObjectMapper json = new ObjectMapper();
        return Files.readAllLines(out.resolve("articles.jsonl")).stream().filter(l -> !l.isBlank()).map(l -> {
            try {
                return json.readTree(l);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }
}
