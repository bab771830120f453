package org.marsad.web.html;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** The hand-written pages under src/test/resources/org/marsad/web/html. */
final class Fixtures {

    private Fixtures() {
    }

    static byte[] bytes(String name) {
        try (InputStream in = Fixtures.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static WebArticle read(String name) {
        return new HtmlArticleReader().extract(bytes(name), "https://news.example/2024/03/05/story", null);
    }
}
