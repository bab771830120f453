package org.marsad.entity.ner;

/**
 * The feature buckets of a sentence's candidate entity segments ({@link Features#segments}), in
 * three parts so that what depends only on one edge is looked up once per token, not once per
 * segment: the features of the whole segment (at {@link SemiMarkov#index}, null past the end), of
 * the segment's first token as a start, and of its last token as an end.
 */
record SegmentFeatures(int[][] spans, int[][] starts, int[][] ends) {

    /** Every bucket of segment {@code [start, end)}, for a training update. */
    void forEach(int start, int end, java.util.function.IntConsumer bucket) {
        for (int b : spans[SemiMarkov.index(start, end - start)]) {
            bucket.accept(b);
        }
        for (int b : starts[start]) {
            bucket.accept(b);
        }
        for (int b : ends[end - 1]) {
            bucket.accept(b);
        }
    }
}
