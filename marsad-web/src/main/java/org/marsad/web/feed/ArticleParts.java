package org.marsad.web.feed;

import java.time.LocalDate;
import org.marsad.doc.Provenance;
import org.marsad.doc.TextSpan;
import org.marsad.ingest.RawArticle;

/**
 * A composed article taken apart again (headline, byline, body and what the record said), so a
 * feed item can fill in what its page left out and an article can be stored and read back as the
 * very same text. {@link #article()} lays it out with {@link RawArticle#compose}, as it was.
 */
record ArticleParts(Provenance provenance, String title, String byline, String body, LocalDate published,
        LocalDate downloaded, String url, String outlet, String language) {

    /** The parts of an article laid out by {@link RawArticle#compose} (title, byline, body). */
    static ArticleParts of(RawArticle a) {
        String text = a.text();
        int bodyStart = 0;
        String title = null;
        String byline = null;
        if (a.title() != null) {
            title = slice(text, a.title());
            bodyStart = Math.max(bodyStart, a.title().end());
        }
        if (a.byline() != null) {
            byline = slice(text, a.byline());
            bodyStart = Math.max(bodyStart, a.byline().end());
        }
        String body = bodyStart == 0 ? text : text.substring(Math.min(text.length(), bodyStart + 2));
        return new ArticleParts(a.provenance(), title, byline, body, a.published(), a.downloaded(), a.url(),
                a.outlet(), a.language());
    }

    RawArticle article() {
        return RawArticle.compose(provenance, title, byline, body, published, downloaded, url, outlet, language);
    }

    /**
     * These parts, with the feed item's title, author, date and the feed's title where they lack
     * them. A page that names no site is given its host name by the HTML reader; the feed's
     * title names the outlet better.
     */
    ArticleParts filledFrom(FeedItem item, FeedDocument feed) {
        boolean outletKnown = outlet != null && !isHostOf(outlet, url);
        return new ArticleParts(provenance, title != null ? title : item.title(),
                byline != null ? byline : item.author(), body, published != null ? published : item.published(),
                downloaded, item.link() != null ? item.link() : url,
                outletKnown || feed.title() == null ? outlet : feed.title(),
                language != null ? language : feed.language());
    }

    private static boolean isHostOf(String name, String url) {
        if (url == null) {
            return false;
        }
        try {
            String host = java.net.URI.create(url).getHost();
            return host != null && (name.equalsIgnoreCase(host) || ("www." + name).equalsIgnoreCase(host));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static String slice(String text, TextSpan span) {
        return text.substring(span.start(), span.end());
    }
}
