package org.marsad.web.eval;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.marsad.web.html.HtmlArticleReader;

/**
 * Extraction speed on one thread: every page of both evaluation sets (decoding, parsing,
 * metadata and main text), a few warm-up rounds first for the JIT, then timed rounds.
 *
 * <p>Run: {@code java -cp ... org.marsad.web.eval.HtmlBench [rounds]} (default 5 timed rounds).
 * Both the wall-clock rate and the rate per second of the thread's own CPU time are printed:
 * on a machine shared with other work the second is the honest per-core figure, as time the
 * thread spends waiting for a core does not count.
 */
public final class HtmlBench {

    static final int WARM_UP_ROUNDS = 3;
    static final int DEFAULT_ROUNDS = 5;

    private HtmlBench() {
    }

    public static void main(String[] args) throws IOException {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : DEFAULT_ROUNDS;
        List<byte[]> pages = pages();
        if (pages.isEmpty()) {
            System.err.println("no evaluation pages found");
            System.exit(2);
        }
        long bytes = 0;
        for (byte[] p : pages) {
            bytes += p.length;
        }
        HtmlArticleReader reader = new HtmlArticleReader();
        for (int r = 0; r < WARM_UP_ROUNDS; r++) {
            round(reader, pages);
        }
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        double wallSeconds = 0;
        double cpuSeconds = 0;
        for (int r = 0; r < rounds; r++) {
            long start = System.nanoTime();
            long cpuStart = threads.getCurrentThreadCpuTime();
            long sink = round(reader, pages);
            double seconds = (System.nanoTime() - start) / 1e9;
            double cpu = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e9;
            wallSeconds += seconds;
            cpuSeconds += cpu;
            System.out.printf(Locale.ROOT, "round %d: %d pages (%.1f MB) in %.2f s wall, %.2f s CPU = %.0f pages/s wall,"
                    + " %.0f pages/s CPU (%d)%n", r + 1, pages.size(), bytes / 1e6, seconds, cpu, pages.size() / seconds,
                    pages.size() / cpu, sink % 10);
        }
        long total = (long) pages.size() * rounds;
        System.out.printf(Locale.ROOT, "one thread: %.0f pages/s wall clock, %.0f pages/s per CPU second, %.1f MB/s%n",
                total / wallSeconds, total / cpuSeconds, bytes * rounds / 1e6 / cpuSeconds);
    }

    /** Extracts every page once; returns a checksum so the work cannot be optimised away. */
    static long round(HtmlArticleReader reader, List<byte[]> pages) {
        long sink = 0;
        for (byte[] page : pages) {
            sink += reader.extract(page, null, null).body().length();
        }
        return sink;
    }

    static List<byte[]> pages() throws IOException {
        List<byte[]> pages = new ArrayList<>();
        Path traf = EvalData.set(TrafilaturaEval.SET);
        if (traf != null) {
            for (TrafilaturaEval.Item item : TrafilaturaEval.load(traf)) {
                pages.add(item.html());
            }
        }
        Path zyte = EvalData.set(ZyteEval.SET);
        if (zyte != null) {
            for (ZyteEval.Item item : ZyteEval.load(zyte)) {
                pages.add(item.html());
            }
        }
        return pages;
    }
}
