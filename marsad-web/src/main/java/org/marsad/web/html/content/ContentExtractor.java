package org.marsad.web.html.content;

import java.util.List;
import java.util.Set;
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
        ElementNames names = new ElementNames();
        Set<Element> kept = PageCleaner.protectedAncestors(body, names);
        String strict = pass(body, names, kept, headline, true);
        if (strict.length() >= RETRY_BELOW) {
            return strict;
        }
        String mild = pass(body, names, kept, headline, false);
        return mild.length() > strict.length() ? mild : strict;
    }

    private static String pass(Element body, ElementNames names, Set<Element> kept, String headline, boolean byName) {
        TextStats stats = new TextStats(body, PageCleaner.removed(body, names, kept, byName));
        List<Element> parts = new BodyLocator(stats, names).locate();
        if (parts.isEmpty()) {
            parts = new ContentScorer(stats, names).best(body);
        }
        if (parts.isEmpty()) {
            parts = List.of(body);
        }
        parts = new BodyExtender(stats, names).extend(parts, body);
        return new BlockWriter(stats, names, headline).write(parts);
    }
}
