package org.marsad.server.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.server.Http;
import org.marsad.server.Observatory;
import org.marsad.server.SampleCorpus;
import org.marsad.server.ServeOptions;

class SecurityTest {
    private static final String TOKEN = "a-test-token-of-32-characters!!!";

    private static String hostileArticle() throws Exception {
        JsonNode hits = Http.json(Http.get("/api/search?q=" + Http.encode("اضغط"))).path("hits");
        assertEquals(1, hits.size(), "the hostile article is in the sample");
        return hits.get(0).path("id").asText();
    }

    @Test
    void hostileArticleRendersAsTextNotMarkup() throws Exception {
        HttpResponse<String> page = Http.get("/articles/" + hostileArticle());
        assertEquals(200, page.statusCode());
        String html = page.body();
        assertFalse(html.contains("<script>document"), "script from the text");
        assertFalse(html.contains("<script>alert"), "script from the headline");
        assertFalse(html.contains("<img"), "image from the text");
        assertFalse(html.contains("onerror=\""), "handler from the text");
        assertFalse(html.contains("href=\"javascript:"), "link to script");
        assertFalse(html.contains("<b>evil</b>"), "markup from the outlet");
        assertTrue(html.contains("&lt;script&gt;document.title="), "the text is shown, escaped");
    }

    @Test
    void hostileArticleIsEscapedInSearchAndStoryPagesToo() throws Exception {
        String html = Http.get("/search?q=" + Http.encode("اضغط")).body();
        assertFalse(html.contains("<script>alert"));
        assertFalse(html.contains("<img"));
        assertTrue(html.contains("<mark>"), "the page's own marks survive");
    }

    @Test
    void everyResponseCarriesTheContentSecurityPolicy() throws Exception {
        for (String path : List.of("/", "/api/stories", "/static/marsad.css", "/no-such-page", "/api/no-such")) {
            HttpResponse<String> response = Http.get(path);
            assertEquals(SecurityHeaders.CONTENT_SECURITY_POLICY,
                    response.headers().firstValue("Content-Security-Policy").orElse(null), path);
            assertEquals("nosniff", response.headers().firstValue("X-Content-Type-Options").orElse(null), path);
        }
    }

    @Test
    void theServerListensOnTheLoopbackAddressByDefault() {
        assertEquals("127.0.0.1", ServeOptions.of(Path.of("x")).host());
        assertTrue(SampleCorpus.server().url().startsWith("http://127.0.0.1:"));
    }

    @Test
    void aReadOnlyServerRefusesWrites() throws Exception {
        HttpResponse<String> response = Http.send(HttpRequest.newBuilder(Http.uri("/api/articles"))
                .header("Content-Type", "text/plain").POST(HttpRequest.BodyPublishers.ofString("نص")));
        assertEquals(403, response.statusCode());
    }

    @Test
    void writesNeedTheTokenAndStayWithinTheSizeLimit(@TempDir Path dir) throws Exception {
        Path export = copy(SampleCorpus.export(), dir.resolve("export"));
        try (Observatory server = Observatory.start(ServeOptions.of(export).withPort(0).withWriteToken(TOKEN),
                line -> { })) {
            String url = "http://127.0.0.1:" + server.port() + "/api/articles";
            String article = "{\"title\": \"خبر جديد\", \"maintext\": \"أعلن وزير المالية الزيلندي مارتن فلوكس اليوم "
                    + "عن خطة جديدة.\", \"date_publish\": \"2022-03-01\"}";
            assertEquals(401, post(url, null, article).statusCode());
            assertEquals(401, post(url, "wrong-token-wrong-token", article).statusCode());
            byte[] large = new byte[(int) ServeOptions.DEFAULT_MAX_REQUEST_BYTES + 1];
            java.util.Arrays.fill(large, (byte) 'a');
            HttpResponse<String> tooLarge = Http.send(HttpRequest.newBuilder(java.net.URI.create(url))
                    .header("Content-Type", "text/plain").header("Authorization", "Bearer " + TOKEN)
                    .POST(HttpRequest.BodyPublishers.ofByteArray(large)));
            assertEquals(413, tooLarge.statusCode());
            HttpResponse<String> added = post(url, TOKEN, article);
            assertEquals(201, added.statusCode(), added.body());
            String id = Http.json(added).path("ids").get(0).asText();
            HttpResponse<String> found = Http.send(HttpRequest.newBuilder(java.net.URI.create(
                    "http://127.0.0.1:" + server.port() + "/api/search?q=" + Http.encode("فلوكس"))).GET());
            assertEquals(id, Http.json(found).path("hits").get(0).path("id").asText());
        }
    }

    private static HttpResponse<String> post(String url, String token, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(java.net.URI.create(url))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return Http.send(request);
    }

    private static Path copy(Path from, Path to) throws Exception {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path f : files.toList()) {
                Path target = to.resolve(from.relativize(f).toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(target);
                } else if (!f.getFileName().toString().equals("write.lock")) {
                    Files.copy(f, target);
                }
            }
        }
        return to;
    }
}
