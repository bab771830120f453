package org.marsad.story.cluster;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * The terms seen so far, each with an id and the number of articles it occurs in, so term
 * weights follow the corpus as it grows: a word every article uses counts for little.
 */
public final class Vocabulary {
    static final int UNSEEN = 50;

    private final Map<String, Integer> ids = new HashMap<>();
    private int[] df = new int[4096];
    private int documents;

    /** Weighs an article's term counts by tf-idf and keeps its {@code max} heaviest terms; then counts the article. */
    public TermVector add(Map<String, Integer> counts, int max) {
        documents++;
        int[] termIds = new int[counts.size()];
        int n = 0;
        for (String term : counts.keySet()) {
            int id = ids.computeIfAbsent(term, t -> ids.size());
            if (id == df.length) {
                df = Arrays.copyOf(df, id * 2);
            }
            df[id]++;
            termIds[n++] = id;
        }
        float[] weights = new float[n];
        n = 0;
        for (int count : counts.values()) {
            weights[n] = (float) ((1 + Math.log(count)) * idf(termIds[n]));
            n++;
        }
        return TermVector.top(termIds, weights, max);
    }

    /**
     * Inverse document frequency as if the corpus also held {@link #UNSEEN} articles using none of
     * its terms: in a corpus of a handful of articles, where document frequencies say nothing yet,
     * every term weighs about the same and an article is described by the words it uses most;
     * as the corpus grows the frequencies take over.
     */
    double idf(int term) {
        return Math.log((documents + UNSEEN) / (df[term] + 1.0));
    }
}
