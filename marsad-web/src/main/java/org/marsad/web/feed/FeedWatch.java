package org.marsad.web.feed;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.marsad.doc.Provenance;
import org.marsad.ingest.ArticleSink;
import org.marsad.ingest.FormatContext;
import org.marsad.ingest.IngestOptions;
import org.marsad.ingest.RawArticle;
import org.marsad.ingest.Rejection;
import org.marsad.web.fetch.FetchException;
import org.marsad.web.fetch.FetchedPage;
import org.marsad.web.fetch.PoliteFetcher;

/**
 * Polls feeds (URLs or files) and reads the items not seen before, appending their articles to
 * an {@link ArticleArchive} in the state folder; what was seen is remembered there too, so a
 * restarted watcher reads only what is new. An item whose page failed for a reason that may pass
 * (a 5xx, a network error) is not remembered, and is tried again on the next poll.
 */
public final class FeedWatch {

    /** The archive's name in the state folder. */
    public static final String ARCHIVE = "articles" + ArticleArchive.SUFFIX;

    /**
     * One feed's poll: its items, the new ones among them and what became of those.
     *
     * @param failure why the feed itself could not be read, or null
     */
    public record FeedPoll(String feed, int items, int fresh, int read, int rejected, int skipped, boolean unchanged,
            String failure) {

        /** A line for the user. */
        public String describe() {
            if (failure != null) {
                return feed + ": " + failure;
            }
            if (unchanged) {
                return feed + ": not modified";
            }
            return String.format(Locale.ROOT, "%s: %d items, %d new: %d read, %d rejected, %d skipped", feed, items,
                    fresh, read, rejected, skipped);
        }
    }

    private final Path stateDir;
    private final FeedItemReader items;
    private final PoliteFetcher fetcher;
    private final IngestOptions options;
    private final Consumer<Rejection> rejections;
    private final WatchState state;

    /**
     * @param fetcher    fetches feed URLs (and, through {@code items}, pages)
     * @param rejections told of every item rejected, as it happens
     */
    public FeedWatch(Path stateDir, FeedItemReader items, PoliteFetcher fetcher, IngestOptions options,
            Consumer<Rejection> rejections) throws IOException {
        this.stateDir = stateDir;
        this.items = items;
        this.fetcher = fetcher;
        this.options = options;
        this.rejections = rejections;
        this.state = WatchState.load(stateDir);
    }

    public Path archive() {
        return stateDir.resolve(ARCHIVE);
    }

    /** Polls each feed once, in order. A feed that cannot be read is reported; the others go on. */
    public List<FeedPoll> poll(List<String> feeds) throws IOException, InterruptedException {
        List<FeedPoll> polls = new ArrayList<>();
        for (String feed : feeds) {
            polls.add(pollOne(feed));
        }
        return polls;
    }

    private FeedPoll pollOne(String feed) throws IOException, InterruptedException {
        byte[] bytes;
        try {
            bytes = isUrl(feed) ? fetchFeed(feed) : readFile(feed);
        } catch (FetchException e) {
            return failed(feed, e.getMessage());
        } catch (IllegalArgumentException e) {
            return failed(feed, "not a valid address");
        } catch (NoSuchFileException e) {
            return failed(feed, "no such file");
        } catch (IOException e) {
            return failed(feed, "cannot read it: " + e.getMessage());
        }
        if (bytes == null) {
            return new FeedPoll(feed, 0, 0, 0, 0, 0, true, null);
        }
        FeedDocument document;
        try {
            document = FeedParser.parse(bytes);
        } catch (FeedParser.Unreadable e) {
            return failed(feed, e.getMessage());
        }
        Outcomes outcomes = new Outcomes();
        FormatContext context = FormatContext.of(options, outcomes);
        int fresh = 0;
        for (FeedItem item : document.items()) {
            String key = item.key() != null ? item.key() : "untitled: " + item.title();
            if (state.seen(feed, key)) {
                continue;
            }
            fresh++;
            if (items.read(item, document, feed, context)) {
                state.markSeen(feed, key);
            }
        }
        // the archive first: a watcher killed between the two reads the items again, and the
        // analysis drops the second copy as a duplicate, where the other order would lose them
        ArticleArchive.append(archive(), outcomes.articles);
        state.save();
        return new FeedPoll(feed, document.items().size(), fresh, outcomes.articles.size(), outcomes.rejected,
                outcomes.skipped, false, null);
    }

    private byte[] fetchFeed(String feed) throws FetchException, InterruptedException {
        FetchedPage page = fetcher.fetch(URI.create(feed), state.validators(feed));
        state.setValidators(feed, page.validators());
        return page.notModified() ? null : page.body();
    }

    private byte[] readFile(String feed) throws IOException {
        Path path = Path.of(feed);
        long size = Files.size(path);
        if (size > options.maxArticleBytes()) {
            throw new IOException("it is " + size + " bytes, over the limit of " + options.maxArticleBytes()
                    + "; raise it with " + IngestOptions.MAX_ARTICLE_SIZE_OPTION);
        }
        return Files.readAllBytes(path);
    }

    private static FeedPoll failed(String feed, String why) {
        return new FeedPoll(feed, 0, 0, 0, 0, 0, false, why);
    }

    static boolean isUrl(String feed) {
        String lower = feed.toLowerCase(Locale.ROOT);
        return lower.startsWith("http://") || lower.startsWith("https://");
    }

    /** What became of one feed's new items. */
    private final class Outcomes implements ArticleSink {
        final List<RawArticle> articles = new ArrayList<>();
        int rejected;
        int skipped;

        @Override
        public void accept(RawArticle article) {
            articles.add(article);
        }

        @Override
        public void reject(Rejection rejection) {
            rejected++;
            rejections.accept(rejection);
        }

        @Override
        public void skip(Provenance record, String why) {
            skipped++;
        }
    }
}
