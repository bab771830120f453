package org.marsad.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.marsad.export.ExportWriter;
import org.marsad.export.StoryBench;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code marsad bench stories --out DIR}: the cost of the story layer over an analysed corpus. */
@Command(name = "stories", mixinStandardHelpOptions = true,
        description = "Time copy detection, story clustering, timelines and summaries over the articles of an "
                + "export (after per-article analysis), and the time to add one article to the built corpus.")
final class StoryBenchCommand implements Callable<Integer> {
    @Mixin
    ExportDir export;

    @Option(names = "--runs", paramLabel = "N", defaultValue = "3",
            description = "Timed runs after one warm-up run; the median run is reported (default: ${DEFAULT-VALUE}).")
    int runs;

    @Override
    public Integer call() throws Exception {
        PrintStream o = System.out;
        Path out = export.existing();
        StoryBench bench = new StoryBench(out.resolve(ExportWriter.ARTICLES),
                p -> System.err.println("marsad: " + p.file() + " line " + p.line() + ": " + p.reason()));
        o.printf(Locale.ROOT, "read %,d articles in %.1f s (not counted below)%n", bench.size(), bench.readSeconds());
        bench.run();
        StoryBench.Figures[] figures = new StoryBench.Figures[Math.max(1, runs)];
        for (int i = 0; i < figures.length; i++) {
            figures[i] = bench.run();
            o.printf(Locale.ROOT, "run %d: %.1f s (add %.1f s, stories %.1f s)%n", i + 1, figures[i].totalSeconds(),
                    figures[i].addSeconds(), figures[i].storiesSeconds());
        }
        java.util.Arrays.sort(figures, java.util.Comparator.comparingDouble(StoryBench.Figures::totalSeconds));
        StoryBench.Figures f = figures[figures.length / 2];
        o.printf(Locale.ROOT, "stories: %,d articles -> %,d stories, %,d copies of earlier articles%n", f.articles(),
                f.stories(), f.copies());
        o.printf(Locale.ROOT, "whole corpus: %.1f s (copies and clustering %.1f s, timelines and summaries %.1f s)%n",
                f.totalSeconds(), f.addSeconds(), f.storiesSeconds());
        o.printf(Locale.ROOT, "one article added to the built corpus (last %d): median %.2f ms, p99 %.2f ms, max %.2f ms%n",
                Math.min(1000, f.articles()), f.addMedianMs(), f.addP99Ms(), f.addMaxMs());
        return ExitCodes.OK;
    }
}
