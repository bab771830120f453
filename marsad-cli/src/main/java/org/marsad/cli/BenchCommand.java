package org.marsad.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.marsad.Marsad;
import org.marsad.batch.ArticleConsumer;
import org.marsad.batch.BatchRunner;
import org.marsad.batch.ProgressListener;
import org.marsad.batch.RunSettings;
import org.marsad.batch.RunSummary;
import org.marsad.index.IndexingConsumer;
import org.marsad.index.SearchBench;
import org.marsad.ingest.Ingestor;
import org.marsad.ingest.RawArticle;
import org.marsad.pipeline.Pipeline;
import org.marsad.pipeline.StageBench;
import org.marsad.time.TimexBench;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code marsad bench INPUT...}: the throughput of the per-article pipeline alone, then of the
 * pipeline with indexing, then search latency on the index just built, and the peak heap.
 * Figures are whole-run rates after an untimed warm-up pass of the same work.
 *
 * <p>{@code marsad bench --timex INPUT...} measures the temporal tagger alone instead (see
 * {@link TimexBench}): single-threaded MB/s over text read and split beforehand.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Measure articles/s and MB/s of analysis and of analysis plus indexing, search latency, "
                + "and peak heap, on the given corpus (e.g. SaudiNewsNet with --field downloaded=date_extracted). "
                + "'bench ner' measures the named-entity recogniser alone, 'bench translit' the name transliteration.",
        subcommands = {NerBenchCommand.class, TranslitBenchCommand.class, StoryBenchCommand.class,
                ServeBenchCommand.class, HtmlBenchCommand.class})
final class BenchCommand implements Callable<Integer> {
    @Mixin
    InputOptions input;

    @Option(names = "--repeat", paramLabel = "N", defaultValue = "1",
            description = "Read the corpus N times, as N times as many articles (default: ${DEFAULT-VALUE}).")
    int repeat;

    @Mixin
    ThreadOptions threading;

    @Option(names = "--skip-pipeline-only", description = "Measure only analysis plus indexing.")
    boolean skipPipelineOnly;

    @Option(names = "--keep-index", paramLabel = "DIR", description = "Build the index in DIR and keep it.")
    Path keepIndex;

    @Option(names = "--timex", description = "Measure only the time-expression tagger: single-threaded MB/s of "
            + "article text read, cleaned and split into sentences beforehand, and a digest of its output.")
    boolean timex;

    @Option(names = "--stages", description = "Measure the time each analysis stage takes, in ms per article on "
            + "one thread, and what quotes and events add to the rest.")
    boolean stages;

    @Option(names = "--runs", paramLabel = "N", defaultValue = "" + TimexBench.DEFAULT_RUNS,
            description = "With --timex or --stages: timed runs over the corpus, after " + TimexBench.DEFAULT_WARMUP_RUNS
                    + " warm-up runs; the median is reported (default: ${DEFAULT-VALUE}).")
    int runs;

    /** The stages issue 5 added, whose cost is reported against the rest. */
    private static final List<String> ATTRIBUTION_STAGES = List.of("quotes", "events");

    @Override
    public Integer call() throws Exception {
        PrintStream out = System.out;
        List<String> inputs = input.inputsOrSample();
        if (timex) {
            return timex(out, inputs);
        }
        if (stages) {
            return stages(out, inputs);
        }
        HeapWatcher heap = HeapWatcher.start();
        out.printf(Locale.ROOT, "bench: %d thread(s), %d pass(es) over %s, max heap %d MB%n", threading.threads, repeat, inputs,
                Runtime.getRuntime().maxMemory() >> 20);
        // warm-up: one untimed pass of the same work, indexing included, so the JIT has compiled
        // every hot path before anything is timed
        Path warmup = Files.createTempDirectory("marsad-bench-warmup");
        try (IndexingConsumer index = IndexingConsumer.open(warmup)) {
            run(inputs, List.of(index), 1);
        }
        deleteTree(warmup);
        if (!skipPipelineOnly) {
            report(out, "pipeline", run(inputs, List.of(), repeat));
        }
        Path dir = keepIndex != null ? keepIndex : Files.createTempDirectory("marsad-bench-index");
        RunSummary indexed;
        try (IndexingConsumer index = IndexingConsumer.open(dir)) {
            indexed = run(inputs, List.of(index), repeat);
        }
        report(out, "pipeline+index", indexed);
        SearchBench.Report search = SearchBench.run(dir);
        out.println("search: " + search);
        out.printf(Locale.ROOT, "heap: peak used %d MB (sampled every %d ms), limit %d MB%n", heap.stop() >> 20,
                HeapWatcher.SAMPLE_MILLIS, Runtime.getRuntime().maxMemory() >> 20);
        if (keepIndex == null) {
            deleteTree(dir);
        }
        return ExitCodes.OK;
    }

    private int timex(PrintStream out, List<String> inputs) {
        long start = System.nanoTime();
        TimexBench.Corpus corpus = TimexBench.load(new Ingestor(input.ingestOptions()), inputs);
        out.printf(Locale.ROOT, "bench timex: %,d articles, %,d sentences, %.1f MB of text read and split in %.1f s%n",
                corpus.size(), corpus.sentences().stream().mapToLong(List::size).sum(), corpus.utf8Bytes() / 1e6,
                (System.nanoTime() - start) / 1e9);
        out.println("timex (1 thread): " + TimexBench.run(corpus, TimexBench.DEFAULT_WARMUP_RUNS, runs));
        out.println("timex output digest (anchor " + TimexBench.DIGEST_ANCHOR + ", then none): "
                + TimexBench.digest(corpus));
        return ExitCodes.OK;
    }

    private int stages(PrintStream out, List<String> inputs) {
        List<RawArticle> articles = StageBench.load(new Ingestor(input.ingestOptions()), inputs);
        StageBench.Report report = StageBench.run(Marsad.pipeline(), articles, StageBench.DEFAULT_WARMUP_RUNS, runs);
        out.println("bench stages (median of " + runs + " runs after " + StageBench.DEFAULT_WARMUP_RUNS + " warm-up):");
        out.println(report);
        out.printf(Locale.ROOT, "quotes+events add %.1f%% to the rest of the per-article analysis%n",
                100 * report.shareOver(ATTRIBUTION_STAGES));
        return ExitCodes.OK;
    }

    private RunSummary run(List<String> inputs, List<ArticleConsumer> consumers, int passes) throws InterruptedException {
        Pipeline pipeline = Marsad.pipeline();
        BatchRunner runner = new BatchRunner(new Ingestor(input.ingestOptions()), pipeline,
                Marsad.corpusStage(pipeline, Marsad.entityLinker()), consumers,
                RunSettings.defaults().withThreads(threading.threads).withPasses(passes), ProgressListener.SILENT);
        return runner.run(inputs);
    }

    private static void report(PrintStream out, String what, RunSummary s) {
        double secs = s.seconds();
        out.printf(Locale.ROOT, "%s: %,d articles in %.2f s = %,.0f articles/s, %.1f MB/s of article text (UTF-8); %s%n",
                what, s.analysed(), secs, s.analysed() / secs, s.utf8Bytes() / 1e6 / secs, s.line());
    }

    private static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
