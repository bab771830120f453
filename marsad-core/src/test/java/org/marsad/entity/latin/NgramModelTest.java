package org.marsad.entity.latin;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Kneser-Ney estimates written in back-off form and read back: a probability distribution after every history. */
class NgramModelTest {
    @Test
    void probabilitiesAfterAnyHistorySumToOne() throws IOException {
        List<int[]> sequences = List.of(new int[] {2, 3, 4, 2}, new int[] {2, 3, 5}, new int[] {4, 4, 3, 2, 5},
                new int[] {3, 2, 3}, new int[] {5}, new int[] {2, 3, 4, 4, 4, 6});
        int order = 3;
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            NgramModel.write(out, order, KneserNey.estimate(sequences, order));
        }
        NgramModel m = NgramModel.read(new DataInputStream(new ByteArrayInputStream(bytes.toByteArray())));
        int[][] histories = {{0}, {0, 2}, {2, 3}, {4, 4}, {6, 5}, {0, 6}, {3, 3}};
        for (int[] h : histories) {
            double sum = 0;
            for (int w = NgramModel.END; w <= 6; w++) {
                sum += Math.exp(m.logProb(h, h.length, w));
            }
            assertEquals(1.0, sum, 0.01, "after " + java.util.Arrays.toString(h));
        }
        // seen continuations are likelier than unseen ones
        assertEquals(true, m.logProb(new int[] {2, 3}, 2, 4) > m.logProb(new int[] {2, 3}, 2, 6));
    }
}
