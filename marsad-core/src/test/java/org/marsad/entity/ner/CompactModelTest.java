package org.marsad.entity.ner;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class CompactModelTest {
    private static final TagSet TAGS = TagSet.ofTypes(List.of("LOC", "PER"));
    private static final int BITS = 10;

    /** Weights at buckets on both sides of 64-bucket boundaries, where the rank of a row changes word. */
    private static LinearModel sparse() {
        LinearModel m = new LinearModel(TAGS, BITS, 7);
        int n = TAGS.size();
        int[] buckets = {0, 1, 63, 64, 65, 127, 128, 500, 1023};
        for (int k = 0; k < buckets.length; k++) {
            for (int t = 0; t < n; t++) {
                m.weights[buckets[k] * n + t] = (k + 1) * (t % 2 == 0 ? 1 : -1) + t;
            }
        }
        return m;
    }

    @Test
    void eachBucketScoresItsOwnRowAndEmptyBucketsNothing() {
        LinearModel dense = sparse();
        CompactModel compact = CompactModel.of(dense);
        int n = TAGS.size();
        Random random = new Random(3);
        for (int trial = 0; trial < 2000; trial++) {
            int[] features = {random.nextInt(1 << BITS), random.nextInt(1 << BITS)};
            float[] expected = new float[n];
            for (int b : features) {
                for (int t = 0; t < n; t++) {
                    expected[t] += dense.weights[b * n + t];
                }
            }
            float[] scores = new float[n];
            compact.emissions(new int[][] {features}, null, scores);
            for (int t = 0; t < n; t++) {
                assertEquals(expected[t], scores[t], 0.01, "buckets " + features[0] + ", " + features[1]);
            }
        }
    }

    @Test
    void writingAndReadingGiveTheSameModel() throws Exception {
        CompactModel compact = CompactModel.of(sparse());
        ByteArrayOutputStream first = new ByteArrayOutputStream();
        compact.write(new DataOutputStream(first));
        CompactModel read = CompactModel.read(new DataInputStream(new ByteArrayInputStream(first.toByteArray())));
        ByteArrayOutputStream second = new ByteArrayOutputStream();
        read.write(new DataOutputStream(second));
        assertArrayEquals(first.toByteArray(), second.toByteArray());
        float[] a = new float[TAGS.size()];
        float[] b = new float[TAGS.size()];
        compact.emissions(new int[][] {{64, 1023}}, null, a);
        read.emissions(new int[][] {{64, 1023}}, null, b);
        assertArrayEquals(a, b);
    }
}
