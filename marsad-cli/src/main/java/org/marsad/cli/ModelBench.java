package org.marsad.cli;

import java.util.function.Supplier;
import java.util.function.ToLongFunction;
import java.util.function.UnaryOperator;

/**
 * The measurement both model benchmarks make: the load time of a model in a fresh JVM and again
 * once warm, then passes of the same work for a given time after an untimed warm-up of half that
 * (the JIT compiles every hot path first).
 */
final class ModelBench {
    /** Load times in milliseconds, and how many passes ran in how many timed seconds. */
    record Result(double coldMillis, double warmMillis, int passes, double seconds) {
        double perSecond(long itemsPerPass) {
            return itemsPerPass * passes / seconds;
        }
    }

    private ModelBench() {
    }

    /**
     * @param load loads the model afresh
     * @param forPass the model a pass runs on, made from the loaded one outside the timing: itself,
     *     or a copy that must not profit from the passes before it
     * @param pass one pass of the work; returns anything, so the JIT cannot drop the work
     */
    static <M> Result run(Supplier<M> load, UnaryOperator<M> forPass, ToLongFunction<M> pass, double seconds) {
        long t0 = System.nanoTime();
        M model = load.get();
        double cold = (System.nanoTime() - t0) / 1e6;
        timedPasses(model, forPass, pass, seconds / 2, new int[1]);
        t0 = System.nanoTime();
        load.get();
        double warm = (System.nanoTime() - t0) / 1e6;
        int[] passes = new int[1];
        double secs = timedPasses(model, forPass, pass, seconds, passes);
        return new Result(cold, warm, passes[0], secs);
    }

    /** Runs passes for at least {@code seconds} of pass time; returns the pass time, counts the passes. */
    private static <M> double timedPasses(M model, UnaryOperator<M> forPass, ToLongFunction<M> pass, double seconds,
            int[] passes) {
        long timed = 0;
        long sink = 0;
        do {
            M m = forPass.apply(model);
            long t = System.nanoTime();
            sink += pass.applyAsLong(m);
            timed += System.nanoTime() - t;
            passes[0]++;
        } while (timed < seconds * 1e9);
        if (sink == Long.MIN_VALUE) {
            throw new AssertionError();
        }
        return timed / 1e9;
    }
}
