package org.marsad.story.duplicate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.marsad.story.IntSets;

class SimilarPairsTest {
    @Test
    void findsExactlyThePairsThatComparingAllPairsFinds() {
        Random r = new Random(7);
        List<int[]> sets = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            int[] base = i > 0 && r.nextInt(3) == 0 ? sets.get(r.nextInt(i)) : null;
            Set<Integer> s = new HashSet<>();
            if (base != null) {
                for (int v : base) {
                    if (r.nextInt(10) > 0) {
                        s.add(v);
                    }
                }
            }
            int extra = 5 + r.nextInt(60);
            for (int k = 0; k < extra; k++) {
                s.add(r.nextInt(2000));
            }
            sets.add(IntSets.of(s.stream().mapToInt(Integer::intValue).toArray()));
        }
        for (double t : new double[] {0.5, 0.8}) {
            Set<String> expected = new HashSet<>();
            for (int a = 0; a < sets.size(); a++) {
                for (int b = a + 1; b < sets.size(); b++) {
                    if (IntSets.jaccard(sets.get(a), sets.get(b)) >= t) {
                        expected.add(a + "-" + b);
                    }
                }
            }
            Set<String> found = new HashSet<>();
            for (SimilarPairs.Pair p : SimilarPairs.find(sets, t)) {
                found.add(p.a() + "-" + p.b());
            }
            assertEquals(expected, found, "threshold " + t);
        }
    }
}
