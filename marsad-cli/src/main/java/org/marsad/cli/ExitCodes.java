package org.marsad.cli;

/** What the process exit status says. */
final class ExitCodes {
    static final int OK = 0;
    /** The run could not go on (unwritable output, broken index, bad option value). */
    static final int FAILED = 1;
    /** picocli's code for a command line it cannot parse. */
    static final int USAGE = 2;
    /** With --strict: the run finished but rejected some input. */
    static final int REJECTED_INPUT = 3;

    private ExitCodes() {
    }
}
