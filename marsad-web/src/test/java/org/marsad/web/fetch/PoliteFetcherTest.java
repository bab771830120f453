package org.marsad.web.fetch;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.marsad.web.fetch.LoopbackServer.Reply;

@Timeout(30)
class PoliteFetcherTest {

    private static final String HTML = "text/html; charset=utf-8";

    private final ManualTicker ticker = new ManualTicker();
    private LoopbackServer server;

    @BeforeEach
    void start() throws Exception {
        server = new LoopbackServer(ticker);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private PoliteFetcher fetcher(FetchSettings settings) {
        return new PoliteFetcher(settings, ticker, new Random(7));
    }

    private static FetchSettings settings() {
        return FetchSettings.defaults().withTimeouts(Duration.ofSeconds(5), Duration.ofSeconds(5));
    }

    private URI uri(String path) {
        return URI.create(server.url(path));
    }

    @Test
    void pageDisallowedByRobotsTxtIsNeverRequested() {
        server.route("/robots.txt", Reply.ok("text/plain", "User-agent: *\nDisallow: /private/\n"))
                .route("/private/a.html", Reply.ok(HTML, "<p>secret</p>"));
        FetchException e = assertThrows(FetchException.class, () -> fetcher(settings()).fetch(uri("/private/a.html")));
        assertTrue(e.getMessage().contains("/private/a.html") && e.getMessage().contains("robots.txt"), e.getMessage());
        assertEquals(List.of("/robots.txt"), server.paths());
    }

    @Test
    void robotsTxtIsReadOncePerSiteAndMissingOneAllowsAll() throws Exception {
        server.route("/a", Reply.ok(HTML, "a")).route("/b", Reply.ok(HTML, "b"));
        PoliteFetcher fetcher = fetcher(settings());
        fetcher.fetch(uri("/a"));
        fetcher.fetch(uri("/b"));
        assertEquals(List.of("/robots.txt", "/a", "/b"), server.paths());
    }

    @Test
    void robotsTxtAnswering5xxDisallowsTheSite() {
        server.route("/robots.txt", Reply.status(503, Map.of())).route("/a", Reply.ok(HTML, "a"));
        FetchException e = assertThrows(FetchException.class, () -> fetcher(settings()).fetch(uri("/a")));
        assertTrue(e.getMessage().contains("robots.txt could not be read (HTTP 503)"), e.getMessage());
        assertTrue(e.isTransient());
        assertFalse(server.paths().contains("/a"));
    }

    @Test
    void requestsToOneHostAreSpacedByTheMinimumInterval() throws Exception {
        server.route("/a", Reply.ok(HTML, "a")).route("/b", Reply.ok(HTML, "b")).route("/c", Reply.ok(HTML, "c"));
        PoliteFetcher fetcher = fetcher(settings().withMinInterval(Duration.ofSeconds(2)));
        for (String path : List.of("/a", "/b", "/c")) {
            fetcher.fetch(uri(path));
        }
        List<Long> seconds = server.hits().stream().map(h -> h.tickerNanos() / 1_000_000_000L).toList();
        assertEquals(List.of(0L, 2L, 4L, 6L), seconds); // robots.txt, then the pages two seconds apart
    }

    @Test
    void crawlDelayLongerThanTheIntervalIsHonoured() throws Exception {
        server.route("/robots.txt", Reply.ok("text/plain", "User-agent: *\nCrawl-delay: 5\n"))
                .route("/a", Reply.ok(HTML, "a")).route("/b", Reply.ok(HTML, "b"));
        PoliteFetcher fetcher = fetcher(settings());
        fetcher.fetch(uri("/a"));
        fetcher.fetch(uri("/b"));
        List<LoopbackServer.Hit> hits = server.hits();
        assertEquals(Duration.ofSeconds(5).toNanos(), hits.get(2).tickerNanos() - hits.get(1).tickerNanos());
    }

    @Test
    void serviceUnavailableIsRetriedWithBackoffThenSucceeds() throws Exception {
        server.route("/a", Reply.status(503, Map.of()), Reply.status(503, Map.of()), Reply.ok(HTML, "fine"));
        FetchedPage page = fetcher(settings()).fetch(uri("/a"));
        assertArrayEquals("fine".getBytes(StandardCharsets.UTF_8), page.body());
        assertEquals(List.of("/robots.txt", "/a", "/a", "/a"), server.paths());
        // equal jitter: the first back-off lies in [0.5 s, 1 s], the second in [1 s, 2 s]; the
        // rate limit's own one-second waits come between them
        List<Duration> sleeps = ticker.sleeps();
        assertTrue(sleeps.stream().anyMatch(d -> d.toMillis() >= 500 && d.toMillis() <= 1000), sleeps.toString());
        assertTrue(sleeps.stream().anyMatch(d -> d.toMillis() > 1000 && d.toMillis() <= 2000), sleeps.toString());
    }

    @Test
    void retryAfterIsHonoured() throws Exception {
        server.route("/a", Reply.status(429, Map.of("Retry-After", "7")), Reply.ok(HTML, "fine"));
        fetcher(settings()).fetch(uri("/a"));
        assertTrue(ticker.sleeps().contains(Duration.ofSeconds(7)), ticker.sleeps().toString());
    }

    @Test
    void retryAfterBeyondTheBoundGivesUpNamingTheUrl() {
        server.route("/a", Reply.status(503, Map.of("Retry-After", "86400")));
        FetchException e = assertThrows(FetchException.class, () -> fetcher(settings()).fetch(uri("/a")));
        assertTrue(e.getMessage().startsWith(server.url("/a")) && e.getMessage().contains("86400"), e.getMessage());
        assertTrue(e.isTransient());
    }

    @Test
    void persistentServerErrorFailsAfterTheLastRetry() {
        server.route("/a", Reply.status(500, Map.of()));
        FetchException e = assertThrows(FetchException.class,
                () -> fetcher(settings().withMaxRetries(2)).fetch(uri("/a")));
        assertTrue(e.getMessage().contains("HTTP 500 after 3 tries"), e.getMessage());
        assertEquals(3, server.paths().stream().filter("/a"::equals).count());
    }

    @Test
    void bodyPastTheSizeCapIsCutOffWithAClearMessage() {
        server.route("/big", Reply.ok(HTML, "x".repeat(50_000)).chunkedBody())
                .route("/declared", Reply.ok(HTML, "y".repeat(50_000)));
        PoliteFetcher fetcher = fetcher(settings().withMaxBytes(10_000));
        FetchException chunked = assertThrows(FetchException.class, () -> fetcher.fetch(uri("/big")));
        assertTrue(chunked.getMessage().contains("larger than the limit of 10000 bytes"), chunked.getMessage());
        FetchException declared = assertThrows(FetchException.class, () -> fetcher.fetch(uri("/declared")));
        assertTrue(declared.getMessage().contains("announces 50000 bytes"), declared.getMessage());
    }

    @Test
    void serverThatNeverAnswersTimesOut() {
        server.route("/slow", Reply.hanging());
        PoliteFetcher fetcher = fetcher(settings().withTimeouts(Duration.ofSeconds(2), Duration.ofMillis(300))
                .withMaxRetries(0));
        FetchException e = assertThrows(FetchException.class, () -> fetcher.fetch(uri("/slow")));
        assertTrue(e.getMessage().startsWith(server.url("/slow")) && e.getMessage().contains("timed out"),
                e.getMessage());
    }

    @Test
    void redirectsAreFollowedAndTheFinalAddressKept() throws Exception {
        server.route("/old", Reply.status(301, Map.of("Location", "/new"))).route("/new", Reply.ok(HTML, "here"));
        FetchedPage page = fetcher(settings()).fetch(uri("/old"));
        assertEquals(uri("/new"), page.uri());
    }

    @Test
    void conditionalGetSendsValidatorsAndReportsNotModified() throws Exception {
        server.route("/feed", new Reply(200, "<rss/>", Map.of("ETag", "\"v1\"", "Last-Modified",
                "Mon, 07 Dec 2026 10:00:00 GMT"), false, false), Reply.status(304, Map.of()));
        PoliteFetcher fetcher = fetcher(settings());
        FetchedPage first = fetcher.fetch(uri("/feed"));
        FetchedPage second = fetcher.fetch(uri("/feed"), first.validators());
        assertTrue(second.notModified());
        LoopbackServer.Hit last = server.hits().get(server.hits().size() - 1);
        assertEquals("\"v1\"", last.header("If-None-Match"));
        assertEquals("Mon, 07 Dec 2026 10:00:00 GMT", last.header("If-Modified-Since"));
        assertTrue(last.header("User-Agent").startsWith("marsad/"));
    }
}
