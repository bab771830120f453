package org.marsad.index;

import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageScorer;
import org.apache.lucene.util.BytesRef;

/**
 * Lucene's passage score (BM25 over the passage's matched terms, times a norm that favours passages
 * near the start) computed without a hash of the terms per candidate passage: Lucene's builds one,
 * with a 32 KB block, for every passage it weighs, which was most of what a search allocated on
 * SaudiNewsNet. A passage holds a handful of matches, so its distinct terms are found by a linear
 * scan, in the order first seen as in Lucene's, which keeps the scores the same to the last bit.
 */
final class PassageScore extends PassageScorer {
    @Override
    public float score(Passage passage, int contentLength) {
        int matches = passage.getNumMatches();
        BytesRef[] terms = passage.getMatchTerms();
        int[] inDocument = passage.getMatchTermFreqsInDoc();
        BytesRef[] distinct = new BytesRef[matches];
        int[] inPassage = new int[matches];
        int[] distinctInDocument = new int[matches];
        int count = 0;
        for (int m = 0; m < matches; m++) {
            int t = 0;
            while (t < count && !distinct[t].bytesEquals(terms[m])) {
                t++;
            }
            if (t == count) {
                distinct[count] = terms[m];
                distinctInDocument[count] = inDocument[m];
                count++;
            }
            inPassage[t]++;
        }
        double score = 0;
        for (int t = 0; t < count; t++) {
            score += tf(inPassage[t], passage.getLength()) * weight(contentLength, distinctInDocument[t]);
        }
        return (float) (score * norm(passage.getStartOffset()));
    }
}
