package org.marsad.web.feed;

import java.io.InputStream;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.marsad.doc.Provenance;
import org.marsad.ingest.FormatContext;
import org.marsad.ingest.InputFormat;
import org.marsad.ingest.Rejection;
import org.marsad.web.fetch.PoliteFetcher;
import org.marsad.web.input.MarkupFormat;

/**
 * An RSS or Atom feed file ({@code .rss}, {@code .atom}, or any file or standard input that opens
 * with {@code <rss}, {@code <feed} or {@code <rdf:RDF}): each item is a record, read by
 * {@link FeedItemReader}. Installed through the service loader, it does not fetch: an item with a
 * summary only is skipped (and counted) unless the run fetches ({@link #fetching}).
 */
public final class FeedFormat extends MarkupFormat {

    private static final List<String> EXTENSIONS = List.of(".rss", ".atom");
    private static final String[] OPENINGS = {"<rss", "<feed", "<rdf:rdf", "<!doctype rss"};

    private final FeedItemReader items;

    /** Reads feeds without fetching their links. */
    public FeedFormat() {
        this(new FeedItemReader(null, Clock.systemUTC()));
    }

    public FeedFormat(FeedItemReader items) {
        super(EXTENSIONS, OPENINGS);
        this.items = items;
    }

    /** The formats, with the feed format replaced by one that fetches items' links with {@code fetcher}. */
    public static List<InputFormat> fetching(List<InputFormat> formats, PoliteFetcher fetcher) {
        List<InputFormat> out = new ArrayList<>();
        for (InputFormat format : formats) {
            out.add(format instanceof FeedFormat ? new FeedFormat(new FeedItemReader(fetcher, Clock.systemUTC()))
                    : format);
        }
        return out;
    }

    @Override
    public void read(InputStream in, String input, long knownSize, FormatContext context) {
        Provenance whole = Provenance.ofFile(input);
        byte[] bytes = context.readWhole(in, whole, knownSize);
        if (bytes == null) {
            return;
        }
        FeedDocument feed;
        try {
            feed = FeedParser.parse(bytes);
        } catch (FeedParser.Unreadable e) {
            context.reject(whole, Rejection.Kind.MALFORMED, e.getMessage());
            return;
        }
        try {
            for (FeedItem item : feed.items()) {
                items.read(item, feed, input, context);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while fetching the items of " + input, e);
        }
    }
}
