package org.marsad.cli;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;

/** Samples the used heap on a daemon thread and keeps the largest value seen. */
final class HeapWatcher {
    static final long SAMPLE_MILLIS = 20;

    private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    private volatile boolean running = true;
    private volatile long peak;
    private Thread thread;

    static HeapWatcher start() {
        HeapWatcher w = new HeapWatcher();
        w.thread = new Thread(w::sample, "marsad-heap-watcher");
        w.thread.setDaemon(true);
        w.thread.start();
        return w;
    }

    private void sample() {
        while (running) {
            peak = Math.max(peak, memory.getHeapMemoryUsage().getUsed());
            try {
                Thread.sleep(SAMPLE_MILLIS);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    /** Stops sampling and returns the peak in bytes. */
    long stop() {
        running = false;
        thread.interrupt();
        peak = Math.max(peak, memory.getHeapMemoryUsage().getUsed());
        return peak;
    }
}
