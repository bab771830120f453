package org.marsad.web.fetch;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * An HTTP server on 127.0.0.1 and an ephemeral port that answers scripted replies and records
 * every request (path, and the test clock's time when it came). Paths without a script get 404.
 */
public final class LoopbackServer implements AutoCloseable {

    /** One scripted answer. {@code hang} keeps the request waiting until the server closes. */
    public record Reply(int status, String body, Map<String, String> headers, boolean chunked, boolean hang) {
        public static Reply ok(String contentType, String body) {
            return new Reply(200, body, Map.of("Content-Type", contentType), false, false);
        }

        public static Reply status(int status, Map<String, String> headers) {
            return new Reply(status, "", headers, false, false);
        }

        public static Reply hanging() {
            return new Reply(200, "", Map.of(), false, true);
        }

        public Reply chunkedBody() {
            return new Reply(status, body, headers, true, hang);
        }
    }

    /** A request as it arrived. */
    public record Hit(String path, long tickerNanos, Map<String, List<String>> headers) {
        public String header(String name) {
            for (Map.Entry<String, List<String>> e : headers.entrySet()) {
                if (e.getKey().equalsIgnoreCase(name)) {
                    return e.getValue().get(0);
                }
            }
            return null;
        }
    }

    private final HttpServer server;
    private final Ticker ticker;
    private final Map<String, List<Reply>> scripts = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> served = new ConcurrentHashMap<>();
    private final List<Hit> hits = new CopyOnWriteArrayList<>();
    private final CountDownLatch closing = new CountDownLatch(1);
    private final ExecutorService pool = Executors.newCachedThreadPool();

    public LoopbackServer(Ticker ticker) throws IOException {
        this.ticker = ticker;
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::handle);
        server.setExecutor(pool);
        server.start();
    }

    /** Successive requests to {@code path} get successive replies; the last one repeats. */
    public LoopbackServer route(String path, Reply... replies) {
        scripts.put(path, List.of(replies));
        served.put(path, new AtomicInteger());
        return this;
    }

    public String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    public List<Hit> hits() {
        return new ArrayList<>(hits);
    }

    public List<String> paths() {
        return hits.stream().map(Hit::path).toList();
    }

    private void handle(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getRawPath()
                + (exchange.getRequestURI().getRawQuery() == null ? "" : "?" + exchange.getRequestURI().getRawQuery());
        hits.add(new Hit(path, ticker.nanos(), Map.copyOf(exchange.getRequestHeaders())));
        List<Reply> script = scripts.get(path);
        Reply reply = script == null ? Reply.status(404, Map.of())
                : script.get(Math.min(served.get(path).getAndIncrement(), script.size() - 1));
        try (exchange) {
            if (reply.hang()) {
                try {
                    closing.await(10, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return;
            }
            reply.headers().forEach((k, v) -> exchange.getResponseHeaders().add(k, v));
            byte[] body = reply.body().getBytes(StandardCharsets.UTF_8);
            boolean empty = body.length == 0 || reply.status() == 304;
            exchange.sendResponseHeaders(reply.status(), empty ? -1 : reply.chunked() ? 0 : body.length);
            if (!empty) {
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(body);
                }
            }
        } catch (IOException e) {
            // the client went away (a size cap, a timeout): nothing to answer
        }
    }

    @Override
    public void close() {
        closing.countDown();
        server.stop(0);
        pool.shutdownNow();
    }
}
