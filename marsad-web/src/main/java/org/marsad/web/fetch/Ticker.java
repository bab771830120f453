package org.marsad.web.fetch;

import java.time.Duration;

/**
 * The fetcher's sense of time: when it is, and waiting. Politeness is all waiting (rate limits,
 * back-off, Retry-After), so tests give a ticker that records the waits and moves its time on
 * instead of sleeping, and assert the spacing without a stopwatch.
 */
public interface Ticker {

    long nanos();

    void sleep(Duration duration) throws InterruptedException;

    /** The real clock and {@link Thread#sleep}. */
    Ticker SYSTEM = new Ticker() {
        @Override
        public long nanos() {
            return System.nanoTime();
        }

        @Override
        public void sleep(Duration duration) throws InterruptedException {
            if (!duration.isNegative() && !duration.isZero()) {
                Thread.sleep(duration.toMillis(), duration.toNanosPart() % 1_000_000);
            }
        }
    };
}
