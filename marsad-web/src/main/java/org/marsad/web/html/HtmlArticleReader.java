package org.marsad.web.html;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.marsad.web.html.content.ContentExtractor;
import org.marsad.web.html.meta.MetadataReader;
import org.marsad.web.html.meta.PageMetadata;

/**
 * Reads a news article from the bytes of its web page: decodes them ({@link PageDecoder}),
 * parses the HTML (jsoup), reads the metadata ({@link MetadataReader}) and then the main text
 * ({@link ContentExtractor}). Stateless and thread-safe.
 */
public final class HtmlArticleReader {

    /**
     * @param page            the page as fetched
     * @param url             where it was fetched from, or null; resolves relative links and is the
     *                        last resort for the date and the site name
     * @param httpContentType the HTTP Content-Type header, or null
     */
    public WebArticle extract(byte[] page, String url, String httpContentType) {
        PageDecoder.DecodedPage decoded = PageDecoder.decode(page, httpContentType);
        Document doc = Jsoup.parse(decoded.text(), url == null ? "" : url);
        PageMetadata meta = MetadataReader.read(doc, url);
        String body = ContentExtractor.extract(doc, meta.title());
        return new WebArticle(meta.title(), body, meta.authors(), meta.published(), meta.publishedAt(),
                meta.modified(), meta.siteName(), meta.language(), meta.canonicalUrl(), meta.description(),
                decoded.charset());
    }
}
