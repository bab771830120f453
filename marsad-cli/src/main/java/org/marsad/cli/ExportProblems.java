package org.marsad.cli;

import java.io.PrintStream;
import java.util.Locale;
import java.util.function.Consumer;
import org.marsad.export.MalformedLine;

/** Reports an export's unreadable lines on standard error: the first ones in full, then a count. */
final class ExportProblems implements Consumer<MalformedLine> {
    /** Unreadable lines reported one by one; past this many they are only counted. */
    private static final int SHOWN = 20;

    private final PrintStream err;
    private int count;

    ExportProblems(PrintStream err) {
        this.err = err;
    }

    @Override
    public void accept(MalformedLine line) {
        if (++count <= SHOWN) {
            err.println("marsad: " + line);
        }
    }

    void finish() {
        if (count > SHOWN) {
            err.printf(Locale.ROOT, "marsad: %,d more problems in the export not shown%n", count - SHOWN);
        }
    }
}
