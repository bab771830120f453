package org.marsad.web.html.meta;

import java.net.URI;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

/**
 * Gathers a page's metadata from all the places pages put it, most trusted first: JSON-LD,
 * then OpenGraph and article tags, then plain {@code <meta name>} tags (Dublin Core, news
 * CMS conventions), then the markup itself ({@code <time datetime>}, {@code <html lang>},
 * {@code <h1>}, {@code <title>}), and for the date last the URL. Must run before the page is
 * cleaned for its text, as cleaning drops the head and the bylines.
 */
public final class MetadataReader {

    /** An author name longer than this is a sentence picked up by mistake. */
    static final int MAX_AUTHOR_LENGTH = 80;

    private MetadataReader() {
    }

    public static PageMetadata read(Document doc, String url) {
        PageMetadata ld = JsonLdReader.read(doc);
        MetaTags meta = new MetaTags(doc);

        String siteName = first(ld == null ? null : ld.siteName(),
                meta.first("og:site_name", "application-name", "publisher", "dc.publisher", "twitter:site"));
        if (siteName != null && siteName.startsWith("@")) {
            siteName = siteName.substring(1);
        }

        String title = first(ld == null ? null : ld.title(),
                meta.first("og:title", "twitter:title", "dc.title", "title", "headline"));
        if (title != null) {
            title = TitleCleaner.clean(JsonLdReader.clean(title), siteName);
        } else {
            title = titleFromMarkup(doc, siteName);
        }

        List<String> authors = ld == null ? new ArrayList<>() : new ArrayList<>(ld.authors());
        if (authors.isEmpty()) {
            authors = metaAuthors(meta, doc);
        }

        LocalDate published = ld == null ? null : ld.published();
        OffsetDateTime publishedAt = ld == null ? null : ld.publishedAt();
        if (published == null) {
            DateReader.Found found = DateReader.read(meta.first("article:published_time", "og:published_time",
                    "datepublished", "date", "pubdate", "publishdate", "publish-date", "publication_date",
                    "dc.date.issued", "dc.date", "dcterms.date", "dcterms.issued", "dcterms.created", "dc.date.created",
                    "sailthru.date", "parsely-pub-date", "article.published", "published-date", "release_date",
                    "citation_publication_date", "created", "og:updated_time"));
            if (found == null) {
                found = timeElement(doc);
            }
            if (found != null) {
                published = found.date();
                publishedAt = found.instant();
            } else {
                published = DateReader.fromUrl(url);
            }
        }
        LocalDate modified = ld == null ? null : ld.modified();
        if (modified == null) {
            DateReader.Found found = DateReader.read(meta.first("article:modified_time", "og:updated_time",
                    "datemodified", "dcterms.modified", "last-modified", "lastmod"));
            modified = found == null ? null : found.date();
        }

        String language = language(first(doc.selectFirst("html") == null ? null : doc.selectFirst("html").attr("lang"),
                meta.first("content-language", "og:locale", "dc.language", "language"),
                ld == null ? null : ld.language()));
        String canonical = first(attr(doc, "link[rel=canonical]", "href"), meta.first("og:url"),
                ld == null ? null : ld.canonicalUrl(), url);
        String description = first(ld == null ? null : ld.description(),
                meta.first("description", "og:description", "twitter:description", "dc.description"));
        if (siteName == null) {
            siteName = host(canonical);
        }
        return new PageMetadata(title, authors, published, publishedAt, modified, JsonLdReader.clean(siteName),
                language, canonical, JsonLdReader.clean(description));
    }

    private static String titleFromMarkup(Document doc, String siteName) {
        Elements h1 = doc.getElementsByTag("h1");
        if (h1.size() == 1 && !h1.first().text().isBlank()) {
            return JsonLdReader.clean(h1.first().text());
        }
        Element title = doc.selectFirst("title");
        return title == null ? null : TitleCleaner.clean(JsonLdReader.clean(title.text()), siteName);
    }

    private static List<String> metaAuthors(MetaTags meta, Document doc) {
        List<String> authors = new ArrayList<>();
        for (String key : new String[] {"author", "article:author", "dc.creator", "dcterms.creator", "byl",
                "parsely-author", "sailthru.author", "citation_author", "twitter:creator"}) {
            for (String v : meta.all(key)) {
                addAuthor(authors, v);
            }
            if (!authors.isEmpty()) {
                return authors;
            }
        }
        for (Element e : doc.select("[itemprop=author], [rel=author], .author-name, .byline-name")) {
            Element name = e.selectFirst("[itemprop=name]");
            addAuthor(authors, name != null ? name.text() : e.hasAttr("content") ? e.attr("content") : e.text());
            if (!authors.isEmpty()) {
                break;
            }
        }
        return authors;
    }

    private static void addAuthor(List<String> authors, String raw) {
        String name = JsonLdReader.clean(raw);
        if (name == null || name.startsWith("http") || name.startsWith("@") || name.length() > MAX_AUTHOR_LENGTH) {
            return;
        }
        name = name.replaceFirst("(?i)^(by|von|par|por|di|بقلم|كتب|كتبت)[:\\s]+", "").strip();
        if (!name.isEmpty() && !authors.contains(name)) {
            authors.add(name);
        }
    }

    private static DateReader.Found timeElement(Document doc) {
        Element time = doc.selectFirst("time[pubdate][datetime], [itemprop=datePublished][datetime], "
                + "[itemprop=datePublished][content]");
        if (time == null) {
            time = doc.selectFirst("time[datetime]");
        }
        if (time == null) {
            return null;
        }
        return DateReader.read(time.hasAttr("datetime") ? time.attr("datetime") : time.attr("content"));
    }

    /** The primary language subtag, lower case: "ar" for "ar-EG" or "ar_EG". */
    static String language(String tag) {
        if (tag == null || tag.isBlank()) {
            return null;
        }
        String t = tag.strip().toLowerCase(Locale.ROOT);
        int cut = t.indexOf('-') >= 0 ? t.indexOf('-') : t.indexOf('_');
        String primary = cut > 0 ? t.substring(0, cut) : t;
        return primary.matches("[a-z]{2,3}") ? primary : null;
    }

    private static String attr(Document doc, String css, String attr) {
        Element e = doc.selectFirst(css);
        return e == null || e.attr(attr).isBlank() ? null : e.absUrl(attr).isEmpty() ? e.attr(attr) : e.absUrl(attr);
    }

    private static String host(String url) {
        if (url == null) {
            return null;
        }
        try {
            String host = URI.create(url.strip()).getHost();
            return host == null ? null : host.startsWith("www.") ? host.substring(4) : host;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static String first(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v;
            }
        }
        return null;
    }
}
