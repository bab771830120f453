package org.marsad.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.marsad.server.Observatory;
import org.marsad.server.ServeOptions;
import org.marsad.server.bench.ServeBench;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code marsad bench serve --out DIR}: API latency under concurrent clients, on the loopback address only. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Serve an export on 127.0.0.1 and load it with concurrent clients (half searches, half story "
                + "pages) for a fixed time: requests, errors, and p50/p95/p99/max latency of each kind.")
final class ServeBenchCommand implements Callable<Integer> {
    /** No run may go on longer than this, whatever is asked. */
    private static final int MAX_SECONDS = 600;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "marsad-out",
            description = "The export to serve (default: ${DEFAULT-VALUE}).")
    Path out;

    @Option(names = "--clients", paramLabel = "N", defaultValue = "20", description = "Concurrent clients, each "
            + "sending its next request when the last is answered (default: ${DEFAULT-VALUE}).")
    int clients;

    @Option(names = "--seconds", paramLabel = "S", defaultValue = "60",
            description = "How long the timed run lasts, at most " + MAX_SECONDS + " (default: ${DEFAULT-VALUE}).")
    int seconds;

    @Option(names = "--warmup", paramLabel = "S", defaultValue = "10",
            description = "An untimed run first, for the JIT and caches (default: ${DEFAULT-VALUE}).")
    int warmup;

    @Option(names = "--max-requests", paramLabel = "N", defaultValue = "1000000",
            description = "Stop after this many requests even before the time is up (default: ${DEFAULT-VALUE}).")
    long maxRequests;

    @Override
    public Integer call() throws Exception {
        if (clients < 1 || clients > 200 || seconds < 1 || seconds > MAX_SECONDS || warmup < 0
                || warmup > MAX_SECONDS || maxRequests < 1) {
            throw new IllegalArgumentException("--clients must be 1 to 200, --seconds 1 to " + MAX_SECONDS
                    + ", --warmup 0 to " + MAX_SECONDS + " and --max-requests at least 1");
        }
        PrintStream o = System.out;
        long opening = System.nanoTime();
        try (Observatory server = Observatory.start(ServeOptions.of(out).withPort(0), new ExportProblems(System.err))) {
            o.printf(Locale.ROOT, "serving %,d articles, %,d stories at %s (opened in %.1f s)%n",
                    server.corpus().articles().size(), server.corpus().stories().size(), server.url(),
                    (System.nanoTime() - opening) / 1e9);
            ServeBench bench = new ServeBench(server, 2030);
            if (warmup > 0) {
                bench.run(clients, warmup, maxRequests);
            }
            List<ServeBench.Figures> figures = bench.run(clients, seconds, maxRequests);
            long errors = 0;
            for (ServeBench.Figures f : figures) {
                errors += f.errors();
                o.printf(Locale.ROOT, "%-10s %,8d requests (%.0f/s), %d errors; ms p50 %.1f  p95 %.1f  p99 %.1f  max %.1f%n",
                        f.kind().name().toLowerCase(Locale.ROOT), f.millis().length, f.millis().length / (double) seconds,
                        f.errors(), f.percentile(50), f.percentile(95), f.percentile(99), f.percentile(100));
            }
            o.printf(Locale.ROOT, "%d clients on 127.0.0.1 for %d s after a %d s warm-up; %d errors%n", clients, seconds,
                    warmup, errors);
            return errors == 0 ? ExitCodes.OK : ExitCodes.FAILED;
        }
    }
}
