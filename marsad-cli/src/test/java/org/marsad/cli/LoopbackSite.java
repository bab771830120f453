package org.marsad.cli;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A news site on the loopback address for tests that fetch: pages and feeds by path (feeds end
 * in {@code .rss}), 404 for anything else, and every requested path remembered in order.
 */
final class LoopbackSite implements AutoCloseable {

    private static final String BODY = "وصل نائب وزير الخارجية إلى جنيف اليوم الأحد لإجراء محادثات مع الوفد "
            + "الأمريكي حول الضمانات الأمنية، وقال المتحدث باسم الوزارة إن المحادثات ستستمر يومين.";

    final Map<String, String> pages = new ConcurrentHashMap<>();
    final List<String> requested = new CopyOnWriteArrayList<>();
    private final HttpServer server;

    LoopbackSite() throws IOException {
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

    String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    long requests(String path) {
        return requested.stream().filter(path::equals).count();
    }

    /** An Arabic article page whose two paragraphs tell of a minister's arrival in {@code city}. */
    static String page(String headline, String city) {
        return "<!DOCTYPE html><html lang=\"ar\"><head><meta charset=\"utf-8\"><title>" + headline + "</title></head>"
                + "<body><article><h1>" + headline + "</h1><p>" + BODY.replace("جنيف", city) + "</p><p>"
                + BODY.replace("جنيف", city) + "</p></article></body></html>";
    }

    /** An RSS feed of summary-only items, each linking to {@code /news/SLUG.html}. */
    String feed(String... slugs) {
        StringBuilder items = new StringBuilder();
        for (String slug : slugs) {
            items.append("<item><guid>").append(slug).append("</guid><title>خبر ").append(slug)
                    .append("</title><link>").append(url("/news/" + slug + ".html")).append("</link>")
                    .append("<pubDate>Sun, 09 Jan 2022 10:00:00 GMT</pubDate><description>ملخص</description></item>");
        }
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"2.0\"><channel><title>صحيفة المرصد</title>"
                + "<link>" + url("/") + "</link><description>أخبار</description>" + items + "</channel></rss>";
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
