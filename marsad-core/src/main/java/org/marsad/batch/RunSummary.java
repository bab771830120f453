package org.marsad.batch;

import java.util.EnumMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import org.marsad.ingest.Rejection;

/**
 * The counts of one run. Every record read ends in exactly one of: analysed, skipped as a
 * duplicate of an earlier record, or rejected; {@link #reconciles()} checks that it did.
 */
public final class RunSummary {
    private final LongAdder read = new LongAdder();
    private final LongAdder analysed = new LongAdder();
    private final LongAdder duplicates = new LongAdder();
    private final LongAdder warnings = new LongAdder();
    private final Map<String, LongAdder> skipped = new ConcurrentHashMap<>();
    private final LongAdder utf8Bytes = new LongAdder();
    private final Map<Rejection.Kind, AtomicLong> rejected = new EnumMap<>(Rejection.Kind.class);
    private final long startNanos = System.nanoTime();

    private static final int MAX_SKIP_REASONS = 32;

    public RunSummary() {
        for (Rejection.Kind k : Rejection.Kind.values()) {
            rejected.put(k, new AtomicLong());
        }
    }

    void countRead(String text) {
        read.increment();
        utf8Bytes.add(utf8Length(text));
    }

    /** The UTF-8 size of a text without encoding it. */
    static long utf8Length(String text) {
        long n = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            n += c < 0x80 ? 1 : c < 0x800 ? 2 : Character.isSurrogate(c) ? 2 : 3;
        }
        return n;
    }

    void countRejected(Rejection.Kind kind) {
        read.increment();
        rejected.get(kind).incrementAndGet();
    }

    /** A record read and accepted by ingestion that failed later, in analysis. */
    void countFailed() {
        rejected.get(Rejection.Kind.ANALYSIS).incrementAndGet();
    }

    void countAnalysed() {
        analysed.increment();
    }

    void countDuplicate() {
        duplicates.increment();
    }

    void countWarning() {
        warnings.increment();
    }

    /**
     * A record that is not an article (a crawl's revisit, a PDF): outside {@link #read}, counted
     * by why. A crawl skips thousands (images, scripts), so they are summed, not listed; the
     * reasons are few, but past {@value #MAX_SKIP_REASONS} the rest are summed as "other".
     */
    void countSkipped(String why) {
        String key = skipped.size() < MAX_SKIP_REASONS || skipped.containsKey(why) ? why : "other";
        skipped.computeIfAbsent(key, k -> new LongAdder()).increment();
    }

    public long read() {
        return read.sum();
    }

    public long analysed() {
        return analysed.sum();
    }

    public long duplicates() {
        return duplicates.sum();
    }

    public long warnings() {
        return warnings.sum();
    }

    public long skipped() {
        return skipped.values().stream().mapToLong(LongAdder::sum).sum();
    }

    /** How many records were skipped for each reason, in order of reason. */
    public Map<String, Long> skippedByReason() {
        Map<String, Long> counts = new TreeMap<>();
        skipped.forEach((why, n) -> counts.put(why, n.sum()));
        return counts;
    }

    /** UTF-8 bytes of text read (of accepted records), for MB/s figures. */
    public long utf8Bytes() {
        return utf8Bytes.sum();
    }

    public long rejected() {
        return rejected.values().stream().mapToLong(AtomicLong::get).sum();
    }

    public long rejected(Rejection.Kind kind) {
        return rejected.get(kind).get();
    }

    public double seconds() {
        return (System.nanoTime() - startNanos) / 1e9;
    }

    public boolean reconciles() {
        return read() == analysed() + duplicates() + rejected();
    }

    /** One line: {@code read 10 = analysed 7 + duplicates 1 + rejected 2 (binary data 1, ...)}. */
    public String line() {
        StringBuilder s = new StringBuilder();
        s.append("read ").append(read()).append(" = analysed ").append(analysed()).append(" + duplicates skipped ")
                .append(duplicates()).append(" + rejected ").append(rejected());
        StringBuilder kinds = new StringBuilder();
        for (Map.Entry<Rejection.Kind, AtomicLong> e : rejected.entrySet()) {
            if (e.getValue().get() > 0) {
                kinds.append(kinds.length() > 0 ? ", " : "").append(e.getKey().label()).append(' ')
                        .append(e.getValue().get());
            }
        }
        if (kinds.length() > 0) {
            s.append(" (").append(kinds).append(')');
        }
        if (skipped() > 0) {
            s.append("; not articles, skipped ").append(skipped()).append(" (");
            String sep = "";
            for (Map.Entry<String, Long> e : skippedByReason().entrySet()) {
                s.append(sep).append(e.getKey()).append(' ').append(e.getValue());
                sep = ", ";
            }
            s.append(')');
        }
        if (warnings() > 0) {
            s.append("; warnings ").append(warnings());
        }
        if (!reconciles()) {
            s.append(" [COUNTS DO NOT RECONCILE]");
        }
        return s.toString();
    }
}
