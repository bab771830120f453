package org.marsad.web.fetch;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/**
 * Spaces the requests to each host: a request waits until the host's interval has passed since
 * the one before. The slot is taken before waiting, so two threads asking at once queue up
 * instead of both going after one wait.
 */
final class HostPacer {

    private final Ticker ticker;
    private final Map<String, Long> nextSlot = new HashMap<>();

    HostPacer(Ticker ticker) {
        this.ticker = ticker;
    }

    void await(String host, Duration interval) throws InterruptedException {
        long wait;
        synchronized (this) {
            long now = ticker.nanos();
            long slot = Math.max(now, nextSlot.getOrDefault(host, now));
            nextSlot.put(host, slot + interval.toNanos());
            wait = slot - now;
        }
        if (wait > 0) {
            ticker.sleep(Duration.ofNanos(wait));
        }
    }
}
