package org.marsad.server.bench;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import org.marsad.entity.corpus.CorpusEntity;
import org.marsad.server.Observatory;
import org.marsad.story.StoryView;

/**
 * A closed-loop load test of a running observatory over the loopback address: {@code clients}
 * threads each send a request, wait for the answer and send the next, for a fixed time and at
 * most a fixed count. Half the requests are searches (the names of the corpus's entities and the
 * words of its story titles, with facets, the first page), half story pages (the HTML page of a
 * story, as a reader opens it). Latency is measured by the client, from sending to the last byte.
 */
public final class ServeBench {
    /** The kinds of request, each reported on its own. */
    public enum Kind { SEARCH, STORY_PAGE }

    /** What a run measured, per kind: latencies in ms, sorted, and the requests that failed. */
    public record Figures(Kind kind, double[] millis, long errors) {
        public double percentile(double p) {
            if (millis.length == 0) {
                return Double.NaN;
            }
            return millis[Math.min(millis.length - 1, (int) Math.ceil(p / 100 * millis.length) - 1)];
        }
    }

    private static final int QUERY_NAMES = 200;
    private final Observatory server;
    private final List<String> searches = new ArrayList<>();
    private final List<String> stories = new ArrayList<>();

    public ServeBench(Observatory server, long seed) {
        this.server = server;
        Random random = new Random(seed);
        List<CorpusEntity> entities = server.corpus().entities();
        for (CorpusEntity e : entities.subList(0, Math.min(QUERY_NAMES, entities.size()))) {
            searches.add("/api/search?q=" + encode(e.name()));
        }
        for (StoryView s : server.corpus().stories()) {
            stories.add("/stories/" + encode(s.id()));
            String[] words = s.title() == null ? new String[0] : s.title().split("\\s+");
            if (words.length > 1) {
                searches.add("/api/search?q=" + encode(words[random.nextInt(words.length)]));
            }
        }
        java.util.Collections.shuffle(searches, random);
        java.util.Collections.shuffle(stories, random);
        if (searches.isEmpty() || stories.isEmpty()) {
            throw new IllegalArgumentException("the corpus has no entities or stories to ask for");
        }
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    /** Runs for {@code seconds} or {@code maxRequests}, whichever comes first. */
    public List<Figures> run(int clients, int seconds, long maxRequests) throws InterruptedException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        long deadline = System.nanoTime() + seconds * 1_000_000_000L;
        AtomicLong sent = new AtomicLong();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<Future<List<long[]>>> results = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            int client = c;
            results.add(pool.submit(() -> {
                List<long[]> samples = new ArrayList<>();
                for (long n; System.nanoTime() < deadline && (n = sent.getAndIncrement()) < maxRequests; ) {
                    Kind kind = (n + client) % 2 == 0 ? Kind.SEARCH : Kind.STORY_PAGE;
                    List<String> paths = kind == Kind.SEARCH ? searches : stories;
                    String path = paths.get((int) (n / 2 % paths.size()));
                    samples.add(new long[] {kind.ordinal(), time(http, path)});
                }
                return samples;
            }));
        }
        pool.shutdown();
        List<List<Long>> byKind = List.of(new ArrayList<>(), new ArrayList<>());
        long[] errors = new long[Kind.values().length];
        for (Future<List<long[]>> f : results) {
            try {
                for (long[] sample : f.get()) {
                    if (sample[1] < 0) {
                        errors[(int) sample[0]]++;
                    } else {
                        byKind.get((int) sample[0]).add(sample[1]);
                    }
                }
            } catch (java.util.concurrent.ExecutionException e) {
                throw new IllegalStateException(e.getCause());
            }
        }
        List<Figures> out = new ArrayList<>();
        for (Kind kind : Kind.values()) {
            double[] ms = byKind.get(kind.ordinal()).stream().mapToDouble(nanos -> nanos / 1e6).toArray();
            Arrays.sort(ms);
            out.add(new Figures(kind, ms, errors[kind.ordinal()]));
        }
        return out;
    }

    /** Nanoseconds to the last byte of a 200 answer; -1 for any other outcome. */
    private long time(HttpClient http, String path) {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path))
                .timeout(Duration.ofSeconds(30)).GET().build();
        long start = System.nanoTime();
        try {
            HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
            long took = System.nanoTime() - start;
            return response.statusCode() == 200 ? took : -1;
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }
}
