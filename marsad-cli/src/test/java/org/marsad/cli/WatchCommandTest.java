package org.marsad.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
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

    private static final String BODY = "وصل نائب وزير الخارجية إلى جنيف اليوم الأحد لإجراء محادثات مع الوفد "
            + "الأمريكي حول الضمانات الأمنية، وقال المتحدث باسم الوزارة إن المحادثات ستستمر يومين.";

    @TempDir
    Path out;

    private HttpServer server;
    private final Map<String, String> pages = new ConcurrentHashMap<>();
    private final List<String> requested = new CopyOnWriteArrayList<>();

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            String path = exchange.getRequestURI().getPath();
            requested.add(path);
            String page = pages.get(path);
            try (exchange) {
                if (page == null) {
                    exchange.sendResponseHeaders(404, -1);
                    return;
                }
                byte[] bytes = page.getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().add("Content-Type", path.endsWith(".rss")
                        ? "application/rss+xml; charset=utf-8" : "text/html; charset=utf-8");
                exchange.sendResponseHeaders(200, bytes.length);
                try (OutputStream body = exchange.getResponseBody()) {
                    body.write(bytes);
                }
            }
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    private static String page(String headline, String city) {
        return "<!DOCTYPE html><html lang=\"ar\"><head><meta charset=\"utf-8\"><title>" + headline + "</title></head>"
                + "<body><article><h1>" + headline + "</h1><p>" + BODY.replace("جنيف", city) + "</p><p>"
                + BODY.replace("جنيف", city) + "</p></article></body></html>";
    }

    private String feed(String... slugs) {
        StringBuilder items = new StringBuilder();
        for (String slug : slugs) {
            items.append("<item><guid>").append(slug).append("</guid><title>خبر ").append(slug)
                    .append("</title><link>").append(url("/news/" + slug + ".html")).append("</link>")
                    .append("<pubDate>Sun, 09 Jan 2022 10:00:00 GMT</pubDate><description>ملخص</description></item>");
        }
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"2.0\"><channel><title>صحيفة المرصد</title>"
                + "<link>" + url("/") + "</link><description>أخبار</description>" + items + "</channel></rss>";
    }

    @Test
    void secondPollAfterTheFeedGainedAnItemAnalysesOnlyTheNewItem() throws IOException {
        pages.put("/news/one.html", page("الوزير في جنيف", "جنيف"));
        pages.put("/news/two.html", page("الوزير في فيينا", "فيينا"));
        pages.put("/feed.rss", feed("one"));

        CommandRun first = CommandRun.of("watch", url("/feed.rss"), "--once", "--out", out.toString(), "--threads", "1");
        assertEquals(0, first.exitCode(), first.err());
        assertTrue(first.err().contains("1 items, 1 new: 1 read, 0 rejected"), first.err());
        assertEquals(1, articles().size());

        pages.put("/feed.rss", feed("two", "one"));
        CommandRun second = CommandRun.of("watch", url("/feed.rss"), "--once", "--out", out.toString(), "--threads",
                "1");
        assertEquals(0, second.exitCode(), second.err());
        assertTrue(second.err().contains("2 items, 1 new: 1 read, 0 rejected"), second.err());
        assertTrue(second.err().contains("1 new articles"), second.err());
        assertEquals(1, requested.stream().filter("/news/one.html"::equals).count(), requested.toString());
        assertEquals(1, requested.stream().filter("/news/two.html"::equals).count(), requested.toString());

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
        Path file = Files.writeString(out.resolve("local.rss"), feed());
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
