package org.marsad.web.fetch;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** A clock that moves only when the fetcher waits: waits are recorded, never slept. */
public final class ManualTicker implements Ticker {

    private long now;
    private final List<Duration> sleeps = new ArrayList<>();

    @Override
    public synchronized long nanos() {
        return now;
    }

    @Override
    public synchronized void sleep(Duration duration) {
        sleeps.add(duration);
        now += duration.toNanos();
    }

    public synchronized List<Duration> sleeps() {
        return List.copyOf(sleeps);
    }
}
