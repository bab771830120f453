package org.marsad.web.html.content;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeFilter;

/**
 * Text measures of every element of a (cleaned) page, taken in one walk: how many visible
 * characters it holds, how many of them are link text, and the readability score of the text
 * it holds directly (not inside a child block). Characters are counted without white space, so
 * markup indentation does not count.
 *
 * <p>Direct text is cut into units at {@code <br>} as Readability.js does when it turns
 * "div with br" layouts into paragraphs; each unit of at least {@link #MIN_UNIT} characters
 * scores 1, plus one per comma (Latin or Arabic), plus one per {@link #CHARS_PER_POINT}
 * characters up to {@link #MAX_LENGTH_POINTS}.
 */
final class TextStats {

    /** Shortest text unit that scores: shorter ones are labels, buttons and dates. */
    static final int MIN_UNIT = 25;
    static final int CHARS_PER_POINT = 100;
    static final int MAX_LENGTH_POINTS = 3;

    /** Measures of one element. */
    static final class Stats {
        int chars;
        int linkChars;
        double ownScore;
        int ownUnits;
        // the unit being read: characters and commas since the last block edge or <br>
        int unitChars;
        int unitCommas;

        double linkDensity() {
            return chars == 0 ? 0 : (double) linkChars / chars;
        }
    }

    private static final Stats EMPTY = new Stats();

    private final Map<Element, Stats> stats = new IdentityHashMap<>();
    /** The elements in page order, so that everything computed from them is deterministic. */
    private final List<Element> order = new ArrayList<>();

    TextStats(Element root, Set<Element> removed) {
        Deque<Stats> all = new ArrayDeque<>();
        Deque<Stats> blocks = new ArrayDeque<>();
        int[] linkDepth = {0};
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (node instanceof Element e) {
                    if (removed.contains(e)) {
                        return FilterResult.SKIP_ENTIRELY;
                    }
                    Stats s = new Stats();
                    stats.put(e, s);
                    order.add(e);
                    all.push(s);
                    String tag = e.normalName();
                    if (tag.equals("a")) {
                        linkDepth[0]++;
                    }
                    if (Tags.isBlock(tag)) {
                        if (!blocks.isEmpty()) {
                            closeUnit(blocks.peek());
                        }
                        blocks.push(s);
                    } else if (tag.equals("br") && !blocks.isEmpty()) {
                        closeUnit(blocks.peek());
                    }
                } else if (node instanceof TextNode t && !all.isEmpty()) {
                    String text = t.getWholeText();
                    int chars = 0;
                    int commas = 0;
                    for (int i = 0; i < text.length(); i++) {
                        char c = text.charAt(i);
                        if (!Character.isWhitespace(c) && c != '\u00A0') {
                            chars++;
                            if (c == ',' || c == '\u060C') {
                                commas++;
                            }
                        }
                    }
                    Stats top = all.peek();
                    top.chars += chars;
                    if (linkDepth[0] > 0) {
                        top.linkChars += chars;
                    }
                    if (!blocks.isEmpty()) {
                        Stats block = blocks.peek();
                        block.unitChars += chars;
                        block.unitCommas += commas;
                    }
                }
                return FilterResult.CONTINUE;
            }

            @Override
            public FilterResult tail(Node node, int depth) {
                if (node instanceof Element e) {
                    Stats s = all.pop();
                    String tag = e.normalName();
                    if (tag.equals("a")) {
                        linkDepth[0]--;
                    }
                    if (Tags.isBlock(tag)) {
                        closeUnit(s);
                        blocks.pop();
                    }
                    if (!all.isEmpty()) {
                        Stats parent = all.peek();
                        parent.chars += s.chars;
                        parent.linkChars += s.linkChars;
                    }
                }
                return FilterResult.CONTINUE;
            }
        }, root);
    }

    private static void closeUnit(Stats block) {
        if (block.unitChars >= MIN_UNIT) {
            block.ownScore += 1 + block.unitCommas + Math.min(block.unitChars / CHARS_PER_POINT, MAX_LENGTH_POINTS);
            block.ownUnits++;
        }
        block.unitChars = 0;
        block.unitCommas = 0;
    }

    /** Whether the element was skipped as removed (or lies outside the measured tree). */
    boolean skipped(Element e) {
        return !stats.containsKey(e);
    }

    Stats of(Element e) {
        Stats s = stats.get(e);
        return s == null ? EMPTY : s;
    }

    /** Every measured element, in page order. */
    List<Element> elements() {
        return order;
    }
}
