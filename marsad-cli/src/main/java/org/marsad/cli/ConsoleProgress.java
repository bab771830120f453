package org.marsad.cli;

import java.io.PrintStream;
import java.util.Locale;
import org.marsad.batch.ProgressListener;
import org.marsad.batch.RunSummary;
import org.marsad.doc.Provenance;
import org.marsad.ingest.Rejection;

/**
 * Shows a run's progress: a bar redrawn in place, with articles/s and an ETA, when the output is
 * a terminal; a plain line every {@link #LINE_EVERY_NANOS} otherwise (logs, CI). Rejections and
 * warnings go to standard error, one line each, naming the record.
 */
final class ConsoleProgress implements ProgressListener {
    static final long LINE_EVERY_NANOS = 10_000_000_000L;
    private static final int BAR_WIDTH = 30;

    private final PrintStream out;
    private final PrintStream err;
    private final boolean terminal;
    private final long expectedBytes;
    private long lastLine = System.nanoTime();
    private boolean barShown;

    /**
     * @param expectedBytes the size of the inputs on disk, for the ETA; 0 when unknown (stdin)
     */
    ConsoleProgress(PrintStream out, PrintStream err, boolean terminal, long expectedBytes) {
        this.out = out;
        this.err = err;
        this.terminal = terminal;
        this.expectedBytes = expectedBytes;
    }

    @Override
    public synchronized void progress(RunSummary s) {
        double secs = Math.max(s.seconds(), 1e-3);
        double rate = s.analysed() / secs;
        if (terminal && expectedBytes == 0) {
            out.printf(Locale.ROOT, "\r%,d articles, %.0f/s, %d rejected   ", s.analysed(), rate, s.rejected());
            out.flush();
            barShown = true;
        } else if (terminal) {
            // UTF-8 bytes of text read approximate bytes of input well enough for an ETA
            double done = expectedBytes > 0 ? Math.min(1.0, s.utf8Bytes() * 1.0 / expectedBytes) : 0;
            int filled = (int) (done * BAR_WIDTH);
            String eta = expectedBytes > 0 && done > 0.01 ? String.format(Locale.ROOT, " ETA %ds",
                    (long) (secs / done - secs)) : "";
            out.printf(Locale.ROOT, "\r[%s%s] %,d articles, %.0f/s%s   ", "#".repeat(filled),
                    " ".repeat(BAR_WIDTH - filled), s.analysed(), rate, eta);
            out.flush();
            barShown = true;
        } else if (System.nanoTime() - lastLine > LINE_EVERY_NANOS) {
            out.printf(Locale.ROOT, "marsad: %,d articles analysed, %.0f/s, %d rejected%n", s.analysed(), rate,
                    s.rejected());
            lastLine = System.nanoTime();
        }
    }

    @Override
    public synchronized void rejected(Rejection r) {
        endBar();
        err.println("marsad: rejected " + r);
    }

    @Override
    public synchronized void warned(Provenance record, String message) {
        endBar();
        err.println("marsad: warning " + record.label() + ": " + message);
    }

    @Override
    public synchronized void finished(RunSummary s) {
        if (terminal) {
            progress(s);
        }
        endBar();
    }

    private void endBar() {
        if (barShown) {
            out.println();
            barShown = false;
        }
    }
}
