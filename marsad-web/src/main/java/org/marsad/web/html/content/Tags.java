package org.marsad.web.html.content;

import java.util.Set;

/** Which HTML elements start a block of text, and which hold paragraph text directly. */
final class Tags {

    /** Elements that break the flow of text: their content starts and ends a line. */
    static final Set<String> BLOCKS = Set.of("address", "article", "aside", "blockquote", "body", "center", "dd",
            "details", "dialog", "dir", "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form",
            "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "hr", "html", "li", "main", "menu", "nav", "ol",
            "p", "pre", "section", "summary", "table", "tbody", "td", "tfoot", "th", "thead", "tr", "ul", "caption",
            "frameset", "noscript", "legend", "option", "select", "textarea", "iframe", "video", "audio");

    /** Blocks that are themselves the paragraph, so their score goes to their parent. */
    static final Set<String> PARAGRAPHS = Set.of("p", "pre", "td", "blockquote", "li", "dd", "h2", "h3", "h4",
            "h5", "h6");

    /** Headings, kept in the text as lines of their own. */
    static final Set<String> HEADINGS = Set.of("h1", "h2", "h3", "h4", "h5", "h6");

    private Tags() {
    }

    static boolean isBlock(String tag) {
        return BLOCKS.contains(tag);
    }
}
