package org.marsad.entity.ner;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class SemiMarkovTest {
    private static final TagSet TAGS = TagSet.ofTypes(List.of("LOC", "PER")); // O B-LOC I-LOC B-PER I-PER
    private static final int N = TAGS.size();
    private static final int TYPES = 2;

    private static float[] noSegmentScores(int length) {
        return new float[length * SemiMarkov.MAX_LENGTH * TYPES];
    }

    @Test
    void withoutSegmentScoresItFindsWhatViterbiFinds() {
        Random random = new Random(3);
        for (int trial = 0; trial < 500; trial++) {
            int length = 1 + random.nextInt(SemiMarkov.MAX_LENGTH);
            float[] e = new float[length * N];
            float[] t = new float[(N + 1) * N];
            for (int k = 0; k < e.length; k++) {
                e[k] = (float) random.nextGaussian();
            }
            for (int k = 0; k < t.length; k++) {
                t[k] = (float) random.nextGaussian();
            }
            assertArrayEquals(Viterbi.decode(e, length, t, TAGS),
                    SemiMarkov.decode(e, length, t, TAGS, noSegmentScores(length)), "trial " + trial);
        }
    }

    @Test
    void aSegmentScoreMovesABoundary() {
        // the tokens alone say "B-PER O"; the two-token person segment's own score outweighs that
        float[] e = {0, 0, 0, 3, 0, 1, 0, 0, 0, 0.5f};
        float[] t = new float[(N + 1) * N];
        assertArrayEquals(new int[] {3, 0}, SemiMarkov.decode(e, 2, t, TAGS, noSegmentScores(2)));
        float[] segments = noSegmentScores(2);
        segments[SemiMarkov.index(0, 2) * TYPES + 1] = 1;
        assertArrayEquals(new int[] {3, 4}, SemiMarkov.decode(e, 2, t, TAGS, segments));
    }

    @Test
    void noEntityIsLongerThanTheLimit() {
        int length = SemiMarkov.MAX_LENGTH + 4;
        float[] e = new float[length * N];
        for (int i = 0; i < length; i++) {
            e[i * N + 3] = 1; // B-PER
            e[i * N + 4] = 5; // I-PER
        }
        int[] tags = SemiMarkov.decode(e, length, new float[(N + 1) * N], TAGS, noSegmentScores(length));
        List<int[]> chunks = SemiMarkov.chunks(tags);
        assertEquals(2, chunks.size());
        for (int[] c : chunks) {
            assertTrue(c[1] - c[0] <= SemiMarkov.MAX_LENGTH);
            assertEquals(1, c[2]);
        }
    }

    @Test
    void chunksAreTheEntitiesOfBioTags() {
        int[] tags = {0, 3, 4, 4, 1, 0, 2, 3};
        List<int[]> chunks = SemiMarkov.chunks(tags);
        assertEquals(4, chunks.size());
        assertArrayEquals(new int[] {1, 4, 1}, chunks.get(0));
        assertArrayEquals(new int[] {4, 5, 0}, chunks.get(1));
        assertArrayEquals(new int[] {6, 7, 0}, chunks.get(2), "an I- tag without its B- still starts an entity");
        assertArrayEquals(new int[] {7, 8, 1}, chunks.get(3));
        assertEquals(0, SemiMarkov.chunks(new int[0]).size());
    }

    @Test
    void segmentsNeedTheTagLayoutTheyDecode() {
        SemiMarkov.requireLayout(TAGS);
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> SemiMarkov.requireLayout(new TagSet(List.of("O", "B-PER", "B-LOC", "I-PER", "I-LOC"))));
    }
}
