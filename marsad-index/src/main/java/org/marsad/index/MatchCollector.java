package org.marsad.index;

import java.io.IOException;
import java.util.Collection;
import java.util.function.IntConsumer;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;

/** Hands a search's matches to a {@link MatchCounter}, beside the collector that ranks them. */
final class MatchCollector extends SimpleCollector {
    private final MatchCounter counter;
    private final SegmentIds segmentIds;
    private IntConsumer segment;

    private MatchCollector(MatchCounter counter, SegmentIds segmentIds) {
        this.counter = counter;
        this.segmentIds = segmentIds;
    }

    /** One collector for the whole search: the searcher has no executor, so it searches on one thread. */
    static CollectorManager<MatchCollector, Void> manager(MatchCounter counter, SegmentIds segmentIds) {
        return new CollectorManager<>() {
            @Override
            public MatchCollector newCollector() {
                return new MatchCollector(counter, segmentIds);
            }

            @Override
            public Void reduce(Collection<MatchCollector> collectors) {
                return null;
            }
        };
    }

    @Override
    protected void doSetNextReader(LeafReaderContext context) throws IOException {
        segment = counter.segment(segmentIds.of(context.reader()));
    }

    @Override
    public void collect(int doc) {
        segment.accept(doc);
    }

    @Override
    public ScoreMode scoreMode() {
        return ScoreMode.COMPLETE_NO_SCORES;
    }
}
