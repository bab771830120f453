package org.marsad.batch;

/**
 * How a batch runs.
 *
 * @param threads         analysis threads
 * @param passes          how many times the inputs are read (benchmarks read a corpus N times; passes
 *                        after the first get salted ids so they are not duplicates of the first)
 * @param checkpointEvery checkpoint the consumers after this many articles as well as every
 *                        {@link BatchRunner#CHECKPOINT_NANOS}; 0 for time only
 */
public record RunSettings(int threads, int passes, int checkpointEvery) {

    public RunSettings {
        threads = Math.max(1, threads);
        passes = Math.max(1, passes);
        checkpointEvery = Math.max(0, checkpointEvery);
    }

    public static RunSettings defaults() {
        return new RunSettings(Runtime.getRuntime().availableProcessors(), 1, 0);
    }

    public RunSettings withThreads(int n) {
        return new RunSettings(n, passes, checkpointEvery);
    }

    public RunSettings withPasses(int n) {
        return new RunSettings(threads, n, checkpointEvery);
    }

    public RunSettings withCheckpointEvery(int n) {
        return new RunSettings(threads, passes, n);
    }
}
