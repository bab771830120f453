package org.marsad.cli;

import picocli.CommandLine.Option;

/** How many analysis threads a command runs: shared by every command that analyses. */
final class ThreadOptions {
    @Option(names = "--threads", paramLabel = "N", description = "Analysis threads (default: one per core).")
    int threads = Runtime.getRuntime().availableProcessors();
}
