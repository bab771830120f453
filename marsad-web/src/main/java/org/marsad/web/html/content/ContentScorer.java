package org.marsad.web.html.content;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Element;

/**
 * Finds the element that holds the article by scoring, as Mozilla Readability.js does (ideas
 * ported, not its code): every paragraph-like unit of text gives points to the blocks above
 * it, fewer the further up; a block starts with points for its tag and its class or id
 * (content words up, boilerplate words down) and ends multiplied by its share of non-link
 * text. The best block, possibly its parent, and those of its siblings that look like article
 * text too, form the article.
 */
final class ContentScorer {

    /** How many levels above a paragraph receive its points, and the divisor at each. */
    private static final int[] LEVEL_DIVISORS = {1, 2, 6, 9, 12};
    static final double CLASS_WEIGHT = 25;
    /** A sibling joins when its score reaches this share of the best score... */
    static final double SIBLING_SHARE = 0.2;
    /** ...and at least this much. */
    static final double MIN_SIBLING_SCORE = 10;
    /** A sibling paragraph joins if at least this long with little link text. */
    static final int LONG_PARAGRAPH = 80;
    static final double SIBLING_MAX_LINK_DENSITY = 0.25;

    private final TextStats stats;
    private final ElementNames names;
    private final Map<Element, double[]> scores = new IdentityHashMap<>();

    ContentScorer(TextStats stats, ElementNames names) {
        this.stats = stats;
        this.names = names;
    }

    /** The article's blocks in page order: the best candidate and its joining siblings; empty when no text scored. */
    List<Element> best(Element body) {
        for (Element e : stats.elements()) {
            TextStats.Stats s = stats.of(e);
            if (s.ownUnits == 0) {
                continue;
            }
            Element target = Tags.PARAGRAPHS.contains(e.normalName()) ? e.parent() : e;
            for (int level = 0; level < LEVEL_DIVISORS.length && target != null; level++) {
                add(target, s.ownScore / LEVEL_DIVISORS[level]);
                if (target == body) {
                    break;
                }
                target = target.parent();
            }
        }
        Element top = null;
        double topScore = 0;
        for (Element e : stats.elements()) {
            double score = finalScore(e);
            if (score > topScore) {
                topScore = score;
                top = e;
            }
        }
        if (top == null) {
            return List.of();
        }
        top = climb(top, body);
        return withSiblings(top);
    }

    private void add(Element e, double points) {
        double[] s = scores.get(e);
        if (s == null) {
            s = new double[] {initial(e)};
            scores.put(e, s);
        }
        s[0] += points;
    }

    double finalScore(Element e) {
        double[] s = scores.get(e);
        return s == null ? 0 : s[0] * (1 - stats.of(e).linkDensity());
    }

    /** Readability's move to the parent when the parent scores higher still (the article split in parts). */
    private Element climb(Element top, Element body) {
        double last = finalScore(top);
        double threshold = last / 3;
        Element parent = top.parent();
        while (parent != null && parent != body && !parent.normalName().equals("html")) {
            if (!scores.containsKey(parent)) {
                parent = parent.parent();
                continue;
            }
            double score = finalScore(parent);
            if (score < threshold) {
                break;
            }
            if (score > last) {
                return parent;
            }
            last = score;
            parent = parent.parent();
        }
        return top;
    }

    private List<Element> withSiblings(Element top) {
        Element parent = top.parent();
        List<Element> result = new ArrayList<>();
        if (parent == null) {
            result.add(top);
            return result;
        }
        double topScore = finalScore(top);
        double threshold = Math.max(MIN_SIBLING_SCORE, topScore * SIBLING_SHARE);
        String topClass = top.className();
        for (Element sibling : parent.children()) {
            if (sibling == top) {
                result.add(sibling);
                continue;
            }
            double bonus = !topClass.isEmpty() && topClass.equals(sibling.className()) ? topScore * SIBLING_SHARE : 0;
            if (scores.containsKey(sibling) && finalScore(sibling) + bonus >= threshold) {
                result.add(sibling);
            } else if (sibling.normalName().equals("p")) {
                TextStats.Stats s = stats.of(sibling);
                if (s.chars >= LONG_PARAGRAPH && s.linkDensity() < SIBLING_MAX_LINK_DENSITY
                        || s.chars > 0 && s.linkChars == 0 && endsSentence(sibling.text())) {
                    result.add(sibling);
                }
            }
        }
        return result;
    }

    private static boolean endsSentence(String text) {
        String t = text.strip();
        return t.endsWith(".") || t.contains(". ");
    }

    private double initial(Element e) {
        double score;
        switch (e.normalName()) {
            case "div", "article", "main", "section" -> score = 5;
            case "pre", "td", "blockquote" -> score = 3;
            case "address", "ol", "ul", "dl", "dd", "dt", "li", "form" -> score = -3;
            case "h1", "h2", "h3", "h4", "h5", "h6", "th" -> score = -5;
            default -> score = 0;
        }
        ElementNames.Names n = names.of(e);
        if (n.anyBoilerplate()) {
            score -= CLASS_WEIGHT;
        }
        if (n.content() || n.bodyRank() != Hints.NONE) {
            score += CLASS_WEIGHT;
        }
        return score;
    }
}
