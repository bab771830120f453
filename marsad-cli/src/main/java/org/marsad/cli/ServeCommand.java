package org.marsad.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.marsad.server.Observatory;
import org.marsad.server.ServeOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code marsad serve --out DIR}: the web UI and REST API over an analysed corpus, until interrupted. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Serve an analysed corpus (the export and index of analyze --out DIR): a web UI and a REST API "
                + "(described at /openapi.json), on 127.0.0.1 unless --host says otherwise.")
final class ServeCommand implements Callable<Integer> {
    @Option(names = "--out", paramLabel = "DIR", defaultValue = "marsad-out",
            description = "The export to serve (default: ${DEFAULT-VALUE}).")
    Path out;

    @Option(names = "--index", paramLabel = "DIR", description = "Its search index (default: DIR/index).")
    Path index;

    @Option(names = "--host", paramLabel = "ADDRESS", defaultValue = ServeOptions.LOOPBACK,
            description = "The address to listen on (default: ${DEFAULT-VALUE}, this machine only).")
    String host;

    @Option(names = "--port", paramLabel = "N", defaultValue = "" + ServeOptions.DEFAULT_PORT,
            description = "The port (default: ${DEFAULT-VALUE}; 0 picks a free one).")
    int port;

    @Option(names = "--write-token", paramLabel = "TOKEN", description = "Accept new articles on POST /api/articles "
            + "from requests that carry this token (Authorization: Bearer TOKEN); at least 16 characters. "
            + "Also read from MARSAD_WRITE_TOKEN. Without it the server is read-only.")
    String writeToken;

    @Override
    public Integer call() throws Exception {
        serve(out, index, host, port, writeToken != null ? writeToken : System.getenv("MARSAD_WRITE_TOKEN"));
        return ExitCodes.OK;
    }

    /** Serves until the process is interrupted (Ctrl-C). */
    static void serve(Path out, Path index, String host, int port, String token) throws Exception {
        ServeOptions options = ServeOptions.of(out).withHost(host).withPort(port).withWriteToken(token);
        if (index != null) {
            options = options.withIndex(index);
        }
        Observatory server = Observatory.start(options, new ExportProblems(System.err));
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                server.close();
            } catch (Exception e) {
                System.err.println("marsad: " + e.getMessage());
            }
            stopped.countDown();
        }));
        System.out.println("marsad: serving " + out.toAbsolutePath() + " at " + server.url()
                + (token != null ? " (POST /api/articles takes new articles with the write token)" : "")
                + "; Ctrl-C stops");
        stopped.await();
    }
}
