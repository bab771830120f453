package org.marsad.web.html.content;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Element;

/**
 * Finds the article body by the names templates give it, as trafilatura's body expressions do
 * (ideas ported): {@code itemprop="articleBody"} first, then the class and id names of
 * body-containers.txt in their order, then the {@code <article>} element. Within one rank the
 * element with the most text wins, and its siblings of the same rank join it (bodies split
 * around an advert). A container must hold {@link #MIN_CHARS} characters of non-link text.
 */
final class BodyLocator {

    /** Shortest body believed: shorter matches are teasers or empty template slots. */
    static final int MIN_CHARS = 200;
    private static final int ITEMPROP_RANK = -1;
    private static final int ARTICLE_RANK = 10_000;
    private static final int MAIN_RANK = 10_001;

    private final TextStats stats;
    private final ElementNames names;

    BodyLocator(TextStats stats, ElementNames names) {
        this.stats = stats;
        this.names = names;
    }

    /** The body's elements in page order, or an empty list when no named container holds enough text. */
    List<Element> locate() {
        int bestRank = Integer.MAX_VALUE;
        Element best = null;
        int bestChars = 0;
        for (Element e : stats.elements()) {
            int rank = rank(e);
            if (rank == Hints.NONE || rank > bestRank) {
                continue;
            }
            TextStats.Stats s = stats.of(e);
            int text = s.chars - s.linkChars;
            if (text < MIN_CHARS) {
                continue;
            }
            if (rank < bestRank || text > bestChars) {
                bestRank = rank;
                best = e;
                bestChars = text;
            }
        }
        if (best == null) {
            return List.of();
        }
        List<Element> result = new ArrayList<>();
        Element parent = best.parent();
        if (parent == null) {
            result.add(best);
            return result;
        }
        for (Element sibling : parent.children()) {
            if (sibling == best || rank(sibling) == bestRank && stats.of(sibling).chars > 0) {
                result.add(sibling);
            }
        }
        return result;
    }

    private int rank(Element e) {
        if (e.hasAttr("itemprop") && e.attr("itemprop").equalsIgnoreCase("articlebody")) {
            return ITEMPROP_RANK;
        }
        int rank = names.of(e).bodyRank();
        if (rank != Hints.NONE) {
            return rank;
        }
        String tag = e.normalName();
        if (tag.equals("article")) {
            return ARTICLE_RANK;
        }
        if (tag.equals("main") || "main".equalsIgnoreCase(e.attr("role"))) {
            return MAIN_RANK;
        }
        return Hints.NONE;
    }
}
