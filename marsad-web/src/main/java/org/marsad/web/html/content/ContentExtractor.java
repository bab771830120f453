package org.marsad.web.html.content;

import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The main text of a page: cleans the page ({@link PageCleaner}), measures it
 * ({@link TextStats}), takes the body container a template names ({@link BodyLocator}) or
 * else the best-scoring block ({@link ContentScorer}), and writes it as lines
 * ({@link BlockWriter}). Modifies the document, so metadata must be read before.
 */
public final class ContentExtractor {

    private ContentExtractor() {
    }

    /** The article text of the page, one paragraph per line; empty when the page has none. */
    public static String extract(Document doc, String headline) {
        Element body = doc.body();
        if (body == null) {
            return "";
        }
        PageCleaner.clean(body);
        TextStats stats = new TextStats(body);
        List<Element> parts = new BodyLocator(stats).locate();
        if (parts.isEmpty()) {
            parts = new ContentScorer(stats).best(body);
        }
        if (parts.isEmpty()) {
            parts = List.of(body);
        }
        return new BlockWriter(stats, headline).write(parts);
    }
}
