package org.marsad.web.html.content;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.Element;

/**
 * First pass over a page, before its main part is looked for: removes what is never article
 * text (scripts, styles, forms, media, navigation, page headers and footers, asides, figures
 * and their captions, hidden elements) and the parts Readability.js calls "unlikely
 * candidates", whose class or id names boilerplate (comments, sidebars, menus, share bars)
 * without also naming content. Removing them first keeps a long comment thread or a link-rich
 * sidebar from outscoring the article.
 *
 * <p>The page is not changed: the parts are returned as a set the later steps skip, so a
 * second, milder pass costs no new parse. The ancestors of an element that names itself the
 * article body ({@code itemprop="articleBody"}, or a class of body-containers.txt with enough
 * text) are never removed, whatever their tag or name: some templates put the article in an
 * {@code <aside>} or a "container-sidebar".
 */
final class PageCleaner {

    /** Elements removed with all they hold. */
    private static final Set<String> DROPPED = Set.of("script", "style", "noscript", "template", "iframe", "svg",
            "canvas", "object", "embed", "applet", "audio", "video", "map", "area", "button", "select", "option",
            "input", "textarea", "label", "nav", "aside", "footer", "figcaption", "dialog", "menu", "link", "meta",
            "head", "math", "picture", "source", "track", "fieldset", "legend", "datalist", "output", "progress");

    /** ARIA roles of page furniture. */
    private static final Set<String> FURNITURE_ROLES = Set.of("navigation", "banner", "contentinfo", "complementary",
            "menu", "menubar", "dialog", "alertdialog", "search", "alert", "toolbar", "tablist");

    /** A form holding less text than this is a search box, a login or a comment form. */
    static final int MAX_FORM_CHARS = 1000;
    /** A page header (not an article's) holding less text than this is a masthead, not the article. */
    static final int MAX_HEADER_CHARS = 1500;

    private PageCleaner() {
    }

    /**
     * The never-content parts of the tree under {@code body}.
     *
     * @param byName whether parts are also removed for a boilerplate class or id (the first,
     *               strict pass), or only for their tag and for being hidden (the retry)
     */
    static Set<Element> removed(Element body, ElementNames names, Set<Element> kept, boolean byName) {
        Set<Element> removed = Collections.newSetFromMap(new IdentityHashMap<>());
        collect(body, names, kept, removed, byName);
        return removed;
    }

    private static void collect(Element parent, ElementNames names, Set<Element> kept, Set<Element> removed,
            boolean byName) {
        for (Element child : parent.children()) {
            if (!kept.contains(child) && dropped(child, names, byName)) {
                removed.add(child);
            } else {
                collect(child, names, kept, removed, byName);
            }
        }
    }

    /** The elements naming themselves the article body, with all their ancestors: never removed. */
    static Set<Element> protectedAncestors(Element body, ElementNames names) {
        Set<Element> kept = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Element e : body.getAllElements()) {
            boolean anchor = e.hasAttr("itemprop") && e.attr("itemprop").equalsIgnoreCase("articleBody")
                    || names.of(e).bodyRank() != Hints.NONE && chars(e) >= BodyLocator.MIN_CHARS;
            if (anchor) {
                for (Element a = e; a != null && kept.add(a); a = a.parent()) {
                    // marks the anchor and every ancestor not yet marked
                }
            }
        }
        return kept;
    }

    private static boolean dropped(Element e, ElementNames names, boolean byName) {
        String tag = e.normalName();
        if (DROPPED.contains(tag) || isHidden(e)) {
            return true;
        }
        if (tag.equals("figure")) {
            // figures also wrap tables and quotations in block editors; only pictures go
            return e.selectFirst("table, blockquote, p") == null;
        }
        if (tag.equals("form")) {
            return chars(e) < MAX_FORM_CHARS;
        }
        if (tag.equals("header")) {
            // an article's own header holds its lead; the page's header is the masthead
            return e.selectFirst("p") == null || !inArticle(e) && chars(e) < MAX_HEADER_CHARS;
        }
        String role = e.attr("role");
        if (!role.isEmpty() && FURNITURE_ROLES.contains(role.toLowerCase(Locale.ROOT))) {
            return true;
        }
        if (tag.equals("body") || tag.equals("article") || tag.equals("main") || tag.equals("a")
                || tag.equals("table") || tag.equals("tbody") || tag.equals("tr") || tag.equals("td")
                || e.hasAttr("itemprop") && e.attr("itemprop").equalsIgnoreCase("articleBody")) {
            return false;
        }
        if (!byName) {
            return false;
        }
        return Boilerplate.named(e, names.of(e), PageCleaner::chars);
    }

    private static boolean inArticle(Element e) {
        for (Element a = e.parent(); a != null; a = a.parent()) {
            if (a.normalName().equals("article")) {
                return true;
            }
        }
        return false;
    }

    static boolean isHidden(Element e) {
        if (e.hasAttr("hidden") || "true".equalsIgnoreCase(e.attr("aria-hidden")) && !e.normalName().equals("i")) {
            return true;
        }
        String style = e.attr("style");
        if (style.isEmpty()) {
            return false;
        }
        String s = style.toLowerCase(Locale.ROOT).replace(" ", "");
        return s.contains("display:none") || s.contains("visibility:hidden");
    }

    /** Visible characters under an element, white space not counted. */
    static int chars(Element e) {
        int n = 0;
        for (org.jsoup.nodes.TextNode t : e.textNodes()) {
            n += count(t.getWholeText());
        }
        for (Element child : e.getAllElements()) {
            if (child != e) {
                for (org.jsoup.nodes.TextNode t : child.textNodes()) {
                    n += count(t.getWholeText());
                }
            }
        }
        return n;
    }

    private static int count(String text) {
        int n = 0;
        for (int i = 0; i < text.length(); i++) {
            if (!Character.isWhitespace(text.charAt(i))) {
                n++;
            }
        }
        return n;
    }
}
