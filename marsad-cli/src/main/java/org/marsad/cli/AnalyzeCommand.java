package org.marsad.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.marsad.batch.RunSummary;
import org.marsad.export.ExportWriter;
import org.marsad.ingest.IngestOptions;
import org.marsad.web.feed.FeedFormat;
import org.marsad.web.fetch.FetchSettings;
import org.marsad.web.fetch.PoliteFetcher;
import org.marsad.web.input.WebAddressInput;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code marsad analyze INPUT... --out DIR}: the whole per-article pipeline, the export and the index. */
@Command(name = "analyze", mixinStandardHelpOptions = true,
        description = "Analyse articles and write the export (articles.jsonl, entities.jsonl, stories.json) "
                + "and the search index into DIR.")
final class AnalyzeCommand implements Callable<Integer> {
    @Mixin
    InputOptions input;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "marsad-out",
            description = "Where the export goes (default: ${DEFAULT-VALUE}).")
    Path out;

    @Option(names = "--index", paramLabel = "DIR", description = "Where the search index goes (default: DIR/index).")
    Path index;

    @Option(names = "--no-index", description = "Write the export only.")
    boolean noIndex;

    @Mixin
    ThreadOptions threading;

    @Option(names = "--commit-every", paramLabel = "N", defaultValue = "0", description = "Commit the index every N "
            + "articles as well as every 30 s (a killed run then loses at most N; a re-run puts them back).")
    int commitEvery;

    @Option(names = "--published", paramLabel = "DATE", description = "Publication date (YYYY-MM-DD) for "
            + "articles that carry none in their text or record, instead of inferring one.")
    LocalDate published;

    @Option(names = "--fetch", description = "Fetch inputs given as web addresses (pages and feeds) and the pages "
            + "of feed items that carry a summary only (politely: robots.txt, one request a second per site); "
            + "without it addresses are rejected and summary-only items skipped.")
    boolean fetch;

    @Option(names = "--strict", description = "Exit with status 3 when any input was rejected.")
    boolean strict;

    @Option(names = "--serve", negatable = true, description = "Then serve the results (marsad serve) on "
            + "127.0.0.1 until Ctrl-C. Default: on for the bare command on a terminal (the bundled sample), off "
            + "otherwise, so scripts never block.")
    Boolean serve;

    @Option(names = "--port", paramLabel = "N", defaultValue = "8080", description = "With --serve: the port "
            + "(default: ${DEFAULT-VALUE}).")
    int port;

    @Override
    public Integer call() throws Exception {
        List<String> inputs = input.inputsOrSample();
        PrintStream out = System.out;
        Path indexDir = index != null ? index : out().resolve("index");
        IngestOptions options = input.ingestOptions();
        if (fetch) {
            PoliteFetcher fetcher = new PoliteFetcher(FetchSettings.defaults().withMaxBytes(options.maxArticleBytes()));
            options = options.withFormats(FeedFormat.fetching(options.formats(), fetcher));
            options = options.withWebAddresses(new WebAddressInput(fetcher, options.formats()));
        }
        ConsoleProgress progress = new ConsoleProgress(out, System.err, System.console() != null,
                InputSizes.bytes(inputs));
        RunSummary summary = new ExportRun(options, out(), noIndex ? null : indexDir, threading.threads, commitEvery,
                published).run(inputs, progress);
        out.printf(Locale.ROOT, "marsad: analysed %,d articles in %.1f s (%.0f articles/s)%n", summary.analysed(),
                summary.seconds(), summary.analysed() / Math.max(summary.seconds(), 1e-3));
        out.println("marsad: " + summary.line());
        out.println("marsad: export in " + out().toAbsolutePath() + " (" + ExportWriter.ARTICLES + ", "
                + ExportWriter.ENTITIES + ", " + ExportWriter.STORIES + ")");
        if (!noIndex) {
            out.println("marsad: index in " + indexDir.toAbsolutePath() + "; search it with: marsad search "
                    + "QUERY --index " + indexDir);
        }
        int status = strict && summary.rejected() > 0 ? ExitCodes.REJECTED_INPUT : ExitCodes.OK;
        boolean serveNow = serve != null ? serve : input.inputs.isEmpty() && System.console() != null;
        if (serveNow && !noIndex) {
            ServeCommand.serve(out(), indexDir, org.marsad.server.ServeOptions.LOOPBACK, port, null);
        }
        return status;
    }

    private Path out() {
        return out;
    }
}
