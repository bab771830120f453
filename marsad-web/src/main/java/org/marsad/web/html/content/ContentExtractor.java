package org.marsad.web.html.content;

import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The main text of a page: cleans the page ({@link PageCleaner}), measures it
 * ({@link TextStats}), takes the body container a template names ({@link BodyLocator}) or
 * else the best-scoring block ({@link ContentScorer}), and writes it as lines
 * ({@link BlockWriter}). Leaves the document as it was.
 */
public final class ContentExtractor {

    /**
     * A text shorter than this after the strict pass is retried without removing parts for their
     * class names, as Readability.js retries with fewer rules; the longer result wins.
     */
    static final int RETRY_BELOW = 500;

    private ContentExtractor() {
    }

    /** The article text of the page, one paragraph per line; empty when the page has none. */
    public static String extract(Document doc, String headline) {
        Element body = doc.body();
        if (body == null) {
            return "";
        }
        String strict = pass(body, headline, true);
        if (strict.length() >= RETRY_BELOW) {
            return strict;
        }
        String mild = pass(body, headline, false);
        return mild.length() > strict.length() ? mild : strict;
    }

    private static String pass(Element body, String headline, boolean byName) {
        TextStats stats = new TextStats(body, PageCleaner.removed(body, byName));
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
