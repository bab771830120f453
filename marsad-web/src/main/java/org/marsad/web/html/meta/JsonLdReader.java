package org.marsad.web.html.meta;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Reads the article metadata of JSON-LD blocks ({@code <script type="application/ld+json">}):
 * the first object typed as an article ({@code NewsArticle}, {@code Article},
 * {@code ReportageNewsArticle}, {@code BlogPosting}...) wherever it sits, at the top, in an
 * array or in an {@code @graph}; the site name may also come from a {@code WebSite} or
 * {@code Organization} object beside it.
 */
final class JsonLdReader {

    /** schema.org types whose object describes the article of the page. */
    private static final Set<String> ARTICLE_TYPES = Set.of("article", "newsarticle", "reportagenewsarticle",
            "analysisnewsarticle", "opinionnewsarticle", "reviewnewsarticle", "backgroundnewsarticle",
            "askpublicnewsarticle", "blogposting", "liveblogposting", "socialmediaposting", "report",
            "scholarlyarticle", "techarticle", "medicalscholarlyarticle", "satiricalarticle", "advertisercontentarticle");
    /** How deep nested objects are searched: real pages nest two or three levels. */
    private static final int MAX_DEPTH = 6;

    private JsonLdReader() {
    }

    /** What the JSON-LD of a page says; null fields where it says nothing. */
    static PageMetadata read(Document doc) {
        List<Map<?, ?>> objects = new ArrayList<>();
        for (Element script : doc.getElementsByTag("script")) {
            if (script.attr("type").toLowerCase(Locale.ROOT).contains("ld+json")) {
                collect(JsonTree.parse(script.data()), objects, 0);
            }
        }
        if (objects.isEmpty()) {
            return null;
        }
        Map<?, ?> article = null;
        String siteName = null;
        for (Map<?, ?> o : objects) {
            if (article == null && isArticle(o)) {
                article = o;
            }
            if (siteName == null && hasType(o, "website")) {
                siteName = JsonTree.string(o, "name");
            }
        }
        if (article == null) {
            return siteName == null ? null : new PageMetadata(null, List.of(), null, null, null, siteName, null, null, null);
        }
        String title = firstNonBlank(JsonTree.string(article, "headline"), JsonTree.string(article, "name"));
        DateReader.Found published = DateReader.read(JsonTree.string(article, "datePublished"));
        if (published == null) {
            published = DateReader.read(JsonTree.string(article, "dateCreated"));
        }
        DateReader.Found modified = DateReader.read(JsonTree.string(article, "dateModified"));
        // the article's own publisher names the outlet better than a WebSite object beside it
        for (Object publisher : JsonTree.list(article, "publisher")) {
            String name = publisher instanceof String s ? s : JsonTree.string(publisher, "name");
            if (name != null && !name.isBlank()) {
                siteName = name;
                break;
            }
        }
        String language = JsonTree.string(article, "inLanguage");
        String url = JsonTree.string(article, "url");
        if (url == null) {
            Object main = article.get("mainEntityOfPage");
            url = main instanceof String s ? s : JsonTree.string(main, "@id");
        }
        return new PageMetadata(clean(title), authors(article), published == null ? null : published.date(),
                published == null ? null : published.instant(), modified == null ? null : modified.date(),
                clean(siteName), language, url, clean(JsonTree.string(article, "description")));
    }

    private static List<String> authors(Map<?, ?> article) {
        List<String> names = new ArrayList<>();
        List<Object> values = JsonTree.list(article, "author");
        if (values.isEmpty()) {
            values = JsonTree.list(article, "creator");
        }
        for (Object a : values) {
            String name = a instanceof String s ? s : JsonTree.string(a, "name");
            name = clean(name);
            if (name != null && !name.startsWith("http") && !names.contains(name)) {
                names.add(name);
            }
        }
        return names;
    }

    private static void collect(Object value, List<Map<?, ?>> into, int depth) {
        if (depth > MAX_DEPTH || value == null) {
            return;
        }
        if (value instanceof List<?> list) {
            for (Object item : list) {
                collect(item, into, depth + 1);
            }
        } else if (value instanceof Map<?, ?> map) {
            into.add(map);
            collect(map.get("@graph"), into, depth + 1);
            // a WebPage often carries the article as mainEntity
            Object main = map.get("mainEntity");
            if (main instanceof Map<?, ?> || main instanceof List<?>) {
                collect(main, into, depth + 1);
            }
        }
    }

    private static boolean isArticle(Map<?, ?> o) {
        for (Object t : types(o)) {
            if (ARTICLE_TYPES.contains(t)) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasType(Map<?, ?> o, String type) {
        return types(o).contains(type);
    }

    private static List<String> types(Map<?, ?> o) {
        List<String> types = new ArrayList<>();
        for (Object t : JsonTree.list(o, "@type")) {
            if (t instanceof String s) {
                String name = s.substring(s.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT);
                types.add(name.substring(name.lastIndexOf(':') + 1));
            }
        }
        return types;
    }

    private static String firstNonBlank(String a, String b) {
        return a != null && !a.isBlank() ? a : b;
    }

    /** Trims and unescapes the stray HTML entities some sites leave in JSON strings. */
    static String clean(String s) {
        if (s == null) {
            return null;
        }
        String t = s.indexOf('&') >= 0 ? org.jsoup.parser.Parser.unescapeEntities(s, false) : s;
        t = t.replaceAll("\\s+", " ").strip();
        return t.isEmpty() ? null : t;
    }
}
