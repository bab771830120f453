package org.marsad.web.feed;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Whether a feed item carries its article's full text, and that text as paragraphs.
 *
 * <p>An item's HTML is taken as the full text when it holds at least {@link #MIN_CHARS}
 * characters of text once the markup is stripped. News feeds that give only a teaser give a lede
 * of one or two sentences (a few dozen words, well under 400 characters of Arabic), while the
 * shortest wire items worth analysing run to a few paragraphs; 500 sits between the two, so a
 * teaser sends marsad to the page and a full text saves the request.
 */
public final class FullText {

    /** Characters of text, markup stripped, from which an item's HTML is its full text. */
    public static final int MIN_CHARS = 500;

    private static final String BLOCKS = "p, div, h1, h2, h3, h4, h5, h6, li, blockquote, pre, tr, section, article";

    private FullText() {
    }

    /** The item's full text as paragraphs separated by blank lines, or null when it has none. */
    public static String of(FeedItem item) {
        for (String html : new String[] {item.content(), item.summary()}) {
            if (html != null) {
                String text = paragraphs(html);
                if (text.length() >= MIN_CHARS) {
                    return text;
                }
            }
        }
        return null;
    }

    /**
     * The text of an HTML fragment, one paragraph per block element or line break, without
     * scripts, styles and embedded frames.
     */
    static String paragraphs(String html) {
        Document doc = Jsoup.parseBodyFragment(html);
        doc.select("script, style, iframe, noscript, object, embed").remove();
        for (Element br : doc.select("br")) {
            br.after("\n\n");
        }
        for (Element block : doc.select(BLOCKS)) {
            block.prependText("\n\n");
            block.appendText("\n\n");
        }
        List<String> paragraphs = new ArrayList<>();
        for (String part : doc.body().wholeText().split("\\n\\s*\\n")) {
            // markup's white space is layout, not text: a run of it reads as one space, as a browser shows it
            String line = part.strip().replaceAll("\\s+", " ");
            if (!line.isEmpty()) {
                paragraphs.add(line);
            }
        }
        return String.join("\n\n", paragraphs);
    }
}
