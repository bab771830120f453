package org.marsad.web.html.content;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Writes the article's elements as plain text, one paragraph per line, leaving out what sits
 * inside the article but is not part of it: boilerplate-named parts (share bars, bylines,
 * related lists, captions), link lists, the repeated headline, and lines that are mostly link
 * text. A boilerplate-named part is kept when it also has a content name and holds most of the
 * article's text, since some templates name the body wrapper "entry-content share-enabled".
 * A heading is kept only when text follows it: a heading over a dropped list ("Related
 * articles", "Mehr zum Thema") or at the very end goes with what it introduced.
 */
final class BlockWriter {

    /** A part holding at least this share of the article's text is never dropped for its name. */
    static final double GUARD_SHARE = 0.5;
    /** A list with more link text than this share is navigation or related links. */
    static final double LIST_LINK_DENSITY = 0.5;
    /** A line with more link text than this share is a link, not a paragraph... */
    static final double LINE_LINK_DENSITY = 0.5;
    /** ...unless it is at least this long. */
    static final int LONG_LINE = 400;

    private final TextStats stats;
    private final ElementNames names;
    private final String headline;
    private final LineCues cues = LineCues.DEFAULT;
    private int guardChars;
    private final List<String> lines = new ArrayList<>();
    private final StringBuilder line = new StringBuilder();
    private int lineChars;
    private int lineLinkChars;
    private int linkDepth;
    private boolean preformatted;
    private boolean inHeading;
    /** A heading line waiting for text to follow it, or null. */
    private String pendingHeading;

    BlockWriter(TextStats stats, ElementNames names, String headline) {
        this.stats = stats;
        this.names = names;
        this.headline = headline == null ? null : squash(headline);
    }

    /** The text of the given elements, lines joined by "\n". */
    String write(List<Element> parts) {
        int total = 0;
        for (Element e : parts) {
            total += stats.of(e).chars;
        }
        guardChars = (int) (total * GUARD_SHARE);
        for (Element e : parts) {
            element(e);
            flush();
        }
        pendingHeading = null;
        return String.join("\n", lines);
    }

    private void walk(Node node) {
        if (node instanceof TextNode t) {
            text(t.getWholeText());
        } else if (node instanceof Element e) {
            element(e);
        }
    }

    private void element(Element e) {
        String tag = e.normalName();
        if (skipped(e, tag)) {
            if (stats.of(e).chars > 0) {
                pendingHeading = null;
            }
            return;
        }
        if (tag.equals("br")) {
            flush();
            return;
        }
        boolean block = Tags.isBlock(tag);
        boolean link = tag.equals("a");
        boolean pre = tag.equals("pre");
        boolean heading = Tags.HEADINGS.contains(tag);
        if (block) {
            flush();
        }
        if (heading) {
            inHeading = true;
        }
        if (link) {
            linkDepth++;
        }
        if (pre) {
            preformatted = true;
        }
        for (Node child : e.childNodes()) {
            walk(child);
        }
        if (pre) {
            preformatted = false;
        }
        if (heading) {
            flush();
            inHeading = false;
        }
        if (link) {
            linkDepth--;
        }
        if (block) {
            flush();
        } else if (tag.equals("img") || tag.equals("td") || tag.equals("th")) {
            space();
        }
    }

    private boolean skipped(Element e, String tag) {
        if (stats.skipped(e)) {
            return true;
        }
        if (tag.equals("figcaption")) {
            return true;
        }
        TextStats.Stats s = stats.of(e);
        if ((tag.equals("ul") || tag.equals("ol") || tag.equals("dl")) && s.linkDensity() > LIST_LINK_DENSITY) {
            return true;
        }
        if (tag.equals("h1") && headline != null && squash(e.text()).equals(headline)) {
            return true;
        }
        ElementNames.Names n = names.of(e);
        if (n.content()) {
            // "entry-content share-enabled": a content name with a strong boilerplate one goes only
            // when small against the article; with a weak one ("content_body" with id "toc_1"),
            // only when small outright, as a weak name alone would
            return n.boilerplate() ? s.chars < guardChars
                    : n.weakBoilerplate() && s.chars - s.linkChars < Boilerplate.WEAK_MAX_CHARS;
        }
        // a part holding most of the article is its frame ("l-section for_sidebar"), whatever its name
        return s.chars < guardChars && Boilerplate.named(e, n, x -> s.chars - s.linkChars);
    }

    private void text(String text) {
        if (preformatted) {
            String[] parts = text.split("\n", -1);
            for (int i = 0; i < parts.length; i++) {
                if (i > 0) {
                    flush();
                }
                append(parts[i]);
            }
            return;
        }
        append(text);
    }

    /** Adds text with its white space collapsed, keeping one space where the source had any. */
    private void append(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || c == '\u00A0' || Character.isSpaceChar(c)) {
                space();
            } else {
                line.append(c);
                lineChars++;
                if (linkDepth > 0) {
                    lineLinkChars++;
                }
            }
        }
    }

    private void space() {
        if (line.length() > 0 && line.charAt(line.length() - 1) != ' ') {
            line.append(' ');
        }
    }

    private void flush() {
        if (lineChars > 0) {
            boolean linky = lineLinkChars > LINE_LINK_DENSITY * lineChars && lineChars < LONG_LINE;
            String text = line.toString().strip();
            // "Mehr zum Thema", "Foto: dpa": furniture by its words, dropped like a link line
            boolean furniture = linky || cues.matches(text);
            if (furniture && !inHeading) {
                pendingHeading = null; // "More on this": the heading introduced links, not text
            }
            if (!furniture && !text.isEmpty()) {
                if (inHeading) {
                    if (pendingHeading != null) {
                        lines.add(pendingHeading); // a heading over a sub-heading keeps its place
                    }
                    pendingHeading = text;
                } else {
                    if (pendingHeading != null) {
                        lines.add(pendingHeading);
                        pendingHeading = null;
                    }
                    lines.add(text);
                }
            }
        }
        line.setLength(0);
        lineChars = 0;
        lineLinkChars = 0;
    }

    private static String squash(String s) {
        return s.replaceAll("\\s+", " ").strip().toLowerCase(java.util.Locale.ROOT);
    }
}
