package org.marsad.web.feed;

import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import org.marsad.doc.Provenance;
import org.marsad.ingest.ArticleSink;
import org.marsad.ingest.FormatContext;
import org.marsad.ingest.RawArticle;
import org.marsad.ingest.Rejection;
import org.marsad.web.fetch.FetchException;
import org.marsad.web.fetch.FetchedPage;
import org.marsad.web.fetch.PoliteFetcher;
import org.marsad.web.input.HtmlFormat;

/**
 * Makes one feed item an article: its own HTML when it carries the full text ({@link FullText}),
 * else the page its link points to, fetched politely and read as any web page. Either way the
 * item's title, author and date, and the feed's title as the outlet, fill what the text lacks.
 * The record is {@code feed#guid} (or {@code feed#link}); the article's url is the item's link.
 */
public final class FeedItemReader {

    /** Why a summary-only item is skipped when links are not fetched; one reason, counted. */
    public static final String SUMMARY_ONLY = "a feed item with a summary only (--fetch fetches its page)";

    private final PoliteFetcher fetcher;
    private final HtmlFormat html = new HtmlFormat();
    private final Clock clock;

    /** @param fetcher fetches the links of items without their full text; null to skip those items */
    public FeedItemReader(PoliteFetcher fetcher, Clock clock) {
        this.fetcher = fetcher;
        this.clock = clock;
    }

    public boolean fetches() {
        return fetcher != null;
    }

    /**
     * Reads one item of the feed read from {@code feedInput}; the item ends in one accept,
     * reject or skip on the context.
     *
     * @return false when its page could not be fetched for a reason that may pass (a 5xx, a
     *         network error), so a watcher tries it again on its next poll; true otherwise
     */
    public boolean read(FeedItem item, FeedDocument feed, String feedInput, FormatContext context)
            throws InterruptedException {
        if (item.key() == null) {
            context.reject(new Provenance(feedInput, "item without guid or link: " + item.title()),
                    Rejection.Kind.MALFORMED, "the feed item has neither a guid nor a link");
            return true;
        }
        Provenance record = new Provenance(feedInput, item.key());
        String fullText = FullText.of(item);
        if (fullText != null) {
            ArticleParts parts = new ArticleParts(record, null, null, fullText, null, null, null, null, null);
            context.accept(parts.filledFrom(item, feed).article());
            return true;
        }
        if (item.link() == null) {
            context.reject(record, Rejection.Kind.EMPTY, "the feed item has no full text and no link to fetch");
            return true;
        }
        if (fetcher == null) {
            context.skip(record, SUMMARY_ONLY);
            return true;
        }
        URI uri;
        try {
            uri = URI.create(item.link());
        } catch (IllegalArgumentException e) {
            context.reject(record, Rejection.Kind.MALFORMED, "its link is not a valid address: " + item.link());
            return true;
        }
        FetchedPage page;
        try {
            page = fetcher.fetch(uri);
        } catch (FetchException e) {
            context.reject(record, Rejection.Kind.UNREADABLE, "its page could not be fetched: " + e.getMessage());
            return !e.isTransient();
        }
        html.read(page.body(), record, page.uri().toString(), page.contentType(), LocalDate.now(clock),
                FormatContext.of(context.options(), filling(item, feed, context)));
        return true;
    }

    /** Passes the page's outcome on, the article filled from the item first. */
    private static ArticleSink filling(FeedItem item, FeedDocument feed, FormatContext context) {
        return new ArticleSink() {
            @Override
            public void accept(RawArticle article) {
                context.accept(ArticleParts.of(article).filledFrom(item, feed).article());
            }

            @Override
            public void reject(Rejection rejection) {
                context.reject(rejection.record(), rejection.kind(), rejection.message());
            }

            @Override
            public void warn(Provenance record, String message) {
                context.warn(record, message);
            }

            @Override
            public void skip(Provenance record, String why) {
                context.skip(record, why);
            }
        };
    }
}
