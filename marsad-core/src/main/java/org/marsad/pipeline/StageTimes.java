package org.marsad.pipeline;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.LongAdder;
import org.marsad.doc.Doc;
import org.marsad.doc.Layer;

/**
 * The time each stage of a pipeline spends, summed over the articles it analyses: what {@code
 * bench --stages} reports, so the cost of a stage is a measured share of the whole, not a guess.
 */
public final class StageTimes {
    /** The name under which the cleaner's time is kept. */
    public static final String CLEAN = "clean";

    private final Map<String, LongAdder> nanos = new LinkedHashMap<>();

    StageTimes() {
    }

    void add(String stage, long elapsed) {
        nanos.get(stage).add(elapsed);
    }

    void register(String stage) {
        nanos.putIfAbsent(stage, new LongAdder());
    }

    /** Nanoseconds spent in each stage, in pipeline order, the cleaner first. */
    public Map<String, Long> nanos() {
        Map<String, Long> out = new LinkedHashMap<>();
        nanos.forEach((k, v) -> out.put(k, v.sum()));
        return out;
    }

    public void reset() {
        nanos.values().forEach(LongAdder::reset);
    }

    /** A stage that does what {@code stage} does and adds its time here. */
    Stage timed(Stage stage) {
        register(stage.name());
        return new Stage() {
            @Override
            public String name() {
                return stage.name();
            }

            @Override
            public Set<Layer<?>> needs() {
                return stage.needs();
            }

            @Override
            public Set<Layer<?>> adds() {
                return stage.adds();
            }

            @Override
            public void process(Doc doc) {
                long t = System.nanoTime();
                stage.process(doc);
                add(stage.name(), System.nanoTime() - t);
            }
        };
    }
}
