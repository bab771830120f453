package org.marsad.story.summary;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.marsad.story.IntSets;

/**
 * An extractive summary of a story: the few sentences its outlets agree on most. A sentence
 * scores by the number of other outlets that carry a sentence with mostly the same words, then
 * by how early in its article it comes (news puts the gist first); sentences that repeat one
 * already chosen are passed over.
 */
public final class StorySummarizer {
    /** Share of words two sentences need in common to say the same thing. */
    static final double SAME = 0.5;
    private static final int MIN_WORDS = 6;

    private final int length;

    /** @param length how many sentences a summary has at most */
    public StorySummarizer(int length) {
        this.length = length;
    }

    public List<SummarySentence> summarize(List<Sentence> candidates) {
        List<Sentence> usable = candidates.stream().filter(s -> s.words().length >= MIN_WORDS).toList();
        int n = usable.size();
        double[] score = new double[n];
        List<List<Sentence>> agreeing = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            Sentence s = usable.get(i);
            List<Sentence> same = new ArrayList<>(List.of(s));
            Set<String> outlets = new HashSet<>();
            for (int j = 0; j < n; j++) {
                Sentence o = usable.get(j);
                if (j != i && !o.article().equals(s.article()) && IntSets.jaccard(s.words(), o.words()) >= SAME) {
                    same.add(o);
                    if (o.outlet() != null && !o.outlet().equals(s.outlet())) {
                        outlets.add(o.outlet());
                    }
                }
            }
            agreeing.add(same);
            score[i] = outlets.size() + (same.size() - 1) * 0.1 + 1.0 / (2 + s.position());
        }
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        java.util.Arrays.sort(order, (a, b) -> Double.compare(score[b], score[a]));
        List<SummarySentence> out = new ArrayList<>();
        List<Sentence> chosen = new ArrayList<>();
        for (int i : order) {
            if (out.size() == length) {
                break;
            }
            Sentence s = usable.get(i);
            if (chosen.stream().noneMatch(c -> IntSets.jaccard(c.words(), s.words()) >= SAME)) {
                chosen.add(s);
                out.add(new SummarySentence(s.text(), agreeing.get(i)));
            }
        }
        return out;
    }
}
