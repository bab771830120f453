package org.marsad.entity.ner;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ViterbiTest {
    private static final TagSet TAGS = TagSet.ofTypes(List.of("LOC", "PER")); // O B-LOC I-LOC B-PER I-PER
    private static final int N = TAGS.size();

    private static float[] emissions(float[][] rows) {
        float[] e = new float[rows.length * N];
        for (int i = 0; i < rows.length; i++) {
            System.arraycopy(rows[i], 0, e, i * N, N);
        }
        return e;
    }

    @Test
    void withoutTransitionsEachTokenTakesItsBestTag() {
        float[] e = emissions(new float[][] {{5, 0, 0, 1, 0}, {0, 0, 0, 4, 0}, {0, 0, 0, 0, 3}});
        assertArrayEquals(new int[] {0, 3, 4}, Viterbi.decode(e, 3, new float[(N + 1) * N], TAGS));
    }

    @Test
    void anInsideTagNeverFollowsOutsideOrAnotherType() {
        // I-PER scores best at the start and after B-LOC, but is not allowed there
        float[] e = emissions(new float[][] {{0, 0, 0, 1, 9}, {0, 2, 0, -5, -5}, {0, 0, 1, 0, 3}});
        int[] best = Viterbi.decode(e, 3, new float[(N + 1) * N], TAGS);
        assertArrayEquals(new int[] {3, 1, 2}, best);
    }

    @Test
    void transitionsCanOutweighEmissions() {
        float[] e = emissions(new float[][] {{0, 0, 0, 3, 0}, {1, 0, 0, 0, 0.5f}});
        float[] t = new float[(N + 1) * N];
        t[3 * N + 4] = 2; // B-PER -> I-PER
        assertArrayEquals(new int[] {3, 4}, Viterbi.decode(e, 2, t, TAGS));
    }

    @Test
    void tagSetAllowsBioTransitionsOnly() {
        assertTrue(TAGS.allowed(1, 2)); // B-LOC -> I-LOC
        assertTrue(TAGS.allowed(2, 2));
        assertFalse(TAGS.allowed(0, 2)); // O -> I-LOC
        assertFalse(TAGS.allowed(3, 2)); // B-PER -> I-LOC
        assertFalse(TAGS.allowed(N, 4)); // start -> I-PER
        assertTrue(TAGS.allowed(N, 3));
    }

    @Test
    void anEmptySentenceDecodesToNothing() {
        assertArrayEquals(new int[0], Viterbi.decode(new float[0], 0, new float[(N + 1) * N], TAGS));
    }
}
