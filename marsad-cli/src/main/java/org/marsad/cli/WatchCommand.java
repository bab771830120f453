package org.marsad.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.marsad.batch.RunSummary;
import org.marsad.export.ExportWriter;
import org.marsad.ingest.IngestOptions;
import org.marsad.web.feed.FeedItemReader;
import org.marsad.web.feed.FeedWatch;
import org.marsad.web.fetch.FetchSettings;
import org.marsad.web.fetch.PoliteFetcher;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code marsad watch FEED... --out DIR}: polls feeds and analyses their new items into one export.
 *
 * <p>New items are read once (their pages fetched once) and kept, as read, in an archive under
 * {@code DIR/watch}, with the list of items seen. After a poll that read something new the whole
 * archive is analysed again into {@code DIR}: entities are numbered and merged, and stories
 * clustered, across the whole corpus, so an export cannot be appended to article by article
 * without its ids going wrong; the index keeps its documents, replaced in place by id.
 */
@Command(name = "watch", mixinStandardHelpOptions = true,
        description = "Poll RSS or Atom feeds (URLs or files) and analyse their new items into the export in DIR.")
final class WatchCommand implements Callable<Integer> {

    @Parameters(paramLabel = "FEED", arity = "1..*", description = "Feed URLs (http, https) or feed files.")
    List<String> feeds;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "marsad-out",
            description = "Where the export, the index and the watch state go (default: ${DEFAULT-VALUE}).")
    Path out;

    @Option(names = "--interval", paramLabel = "DURATION", defaultValue = "5m",
            description = "Time between polls: 90s, 5m, 1h (default: ${DEFAULT-VALUE}).")
    String interval;

    @Option(names = "--once", description = "Poll once, analyse what is new, and exit.")
    boolean once;

    @Option(names = "--no-index", description = "Write the export only.")
    boolean noIndex;

    @Option(names = "--max-article-size", paramLabel = "SIZE", defaultValue = "10MiB",
            description = "Largest feed or page read, e.g. 500k, 20MiB (default: ${DEFAULT-VALUE}).")
    String maxArticleSize;

    @Mixin
    ThreadOptions threading;

    @Override
    public Integer call() throws Exception {
        Duration every = parseInterval(interval);
        PrintStream err = System.err;
        IngestOptions options = IngestOptions.defaults().withMaxArticleSize(maxArticleSize);
        PoliteFetcher fetcher = new PoliteFetcher(FetchSettings.defaults().withMaxBytes(options.maxArticleBytes()));
        FeedWatch watch = new FeedWatch(out.resolve("watch"), new FeedItemReader(fetcher, Clock.systemUTC()),
                fetcher, options, r -> err.println("marsad: rejected " + r));
        ExportRun analysis = new ExportRun(options, out, noIndex ? null : out.resolve("index"), threading.threads, 0,
                null);
        for (int poll = 1; ; poll++) {
            int read = 0;
            for (FeedWatch.FeedPoll feed : watch.poll(feeds)) {
                err.println("marsad: poll " + poll + ": " + feed.describe());
                read += feed.read();
            }
            boolean exported = Files.exists(out.resolve(ExportWriter.ARTICLES));
            if (Files.exists(watch.archive()) && (read > 0 || !exported)) {
                RunSummary summary = analysis.run(List.of(watch.archive().toString()),
                        new ConsoleProgress(err, err, false, 0));
                err.printf(Locale.ROOT, "marsad: poll %d: %d new articles; the export in %s holds %d (%s)%n", poll,
                        read, out, summary.analysed(), summary.line());
            } else {
                err.printf(Locale.ROOT, "marsad: poll %d: nothing new%n", poll);
            }
            if (once) {
                return ExitCodes.OK;
            }
            Thread.sleep(every.toMillis());
        }
    }

    /** {@code 90s}, {@code 5m}, {@code 1h}, or an ISO-8601 duration ({@code PT5M}). */
    static Duration parseInterval(String text) {
        String t = text.strip().toLowerCase(Locale.ROOT);
        try {
            Duration d;
            if (t.startsWith("pt")) {
                d = Duration.parse(t);
            } else {
                long n = Long.parseLong(t.substring(0, t.length() - 1));
                d = switch (t.charAt(t.length() - 1)) {
                    case 's' -> Duration.ofSeconds(n);
                    case 'm' -> Duration.ofMinutes(n);
                    case 'h' -> Duration.ofHours(n);
                    default -> throw new NumberFormatException();
                };
            }
            if (d.isNegative() || d.isZero()) {
                throw new NumberFormatException();
            }
            return d;
        } catch (NumberFormatException | DateTimeParseException | StringIndexOutOfBoundsException e) {
            throw new IllegalArgumentException("--interval: not a duration: \"" + text + "\" (e.g. 90s, 5m, 1h)");
        }
    }
}
