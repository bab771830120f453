package org.marsad.web.html.content;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;

/**
 * Widens the chosen body to the blocks beside it that continue the article, as trafilatura
 * recovers stray paragraphs and Readability.js joins siblings: templates often name only part
 * of the article as its body and leave the lead, an info box, a second section or the closing
 * paragraphs next to it. From the body's parent up to {@link #MAX_LEVELS} levels, never past an
 * {@code <article>} or {@code <main>} (nor beside one taken whole as the body), each block beside the body joins when it reads as prose:
 * enough text of its own, in sentences of at least {@link TextStats#MIN_UNIT} characters, with
 * little link text, and no boilerplate name. A heading joins when the block after it does.
 */
final class BodyExtender {

    /** How many levels above the body's parent are searched for continuing blocks. */
    static final int MAX_LEVELS = 4;
    /** A block with more link text than this share is navigation or a teaser list. */
    static final double MAX_LINK_DENSITY = 0.15;
    /** A block needs this many characters of non-link text to join. */
    static final int MIN_TEXT = 80;

    private final TextStats stats;
    private final ElementNames names;

    BodyExtender(TextStats stats, ElementNames names) {
        this.stats = stats;
        this.names = names;
    }

    /** The parts with the blocks that continue them, in page order. */
    List<Element> extend(List<Element> parts, Element body) {
        if (parts.isEmpty() || boundary(parts.get(0))) {
            return parts;
        }
        Set<Element> chosen = Collections.newSetFromMap(new IdentityHashMap<>());
        chosen.addAll(parts);
        Element container = parts.get(0).parent();
        List<Element> result = around(container, chosen, null, parts);
        for (int level = 0; level < MAX_LEVELS && container != body && container.parent() != null
                && !boundary(container); level++) {
            Element inner = container;
            container = container.parent();
            result = around(container, chosen, inner, result);
        }
        return result;
    }

    /** Whether the article ends at this element: the template says so. */
    private static boolean boundary(Element e) {
        String tag = e.normalName();
        return tag.equals("article") || tag.equals("main") || tag.equals("body");
    }

    /**
     * The children of {@code container} that are chosen or continue the article, with
     * {@code inner} (the container of the level below) replaced by what was found there.
     */
    private List<Element> around(Element container, Set<Element> chosen, Element inner, List<Element> found) {
        List<Element> result = new ArrayList<>();
        Element heading = null;
        for (Element child : container.children()) {
            if (child == inner) {
                heading = flushHeading(heading, result);
                result.addAll(found);
            } else if (chosen.contains(child)) {
                heading = flushHeading(heading, result);
                result.add(child);
            } else if (Tags.HEADINGS.contains(child.normalName()) && !stats.skipped(child)) {
                heading = child;
            } else if (continues(child)) {
                heading = flushHeading(heading, result);
                result.add(child);
            } else if (stats.of(child).chars > 0) {
                heading = null;
            }
        }
        return result;
    }

    private static Element flushHeading(Element heading, List<Element> result) {
        if (heading != null) {
            result.add(heading);
        }
        return null;
    }

    private boolean continues(Element e) {
        if (stats.skipped(e)) {
            return false;
        }
        TextStats.Stats s = stats.of(e);
        if (s.chars - s.linkChars < MIN_TEXT || s.linkDensity() > MAX_LINK_DENSITY) {
            return false;
        }
        if (Boilerplate.named(e, names.of(e), x -> s.chars - s.linkChars)) {
            return false;
        }
        return holdsProse(e);
    }

    /** Whether a unit of text long enough to score lies in the element (a sentence, not labels). */
    private boolean holdsProse(Element e) {
        if (stats.of(e).ownUnits > 0) {
            return true;
        }
        for (Element child : e.children()) {
            if (holdsProse(child)) {
                return true;
            }
        }
        return false;
    }
}
