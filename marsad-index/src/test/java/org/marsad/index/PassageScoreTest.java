package org.marsad.index;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageScorer;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;

class PassageScoreTest {
    @Test
    void scoresEveryPassageExactlyAsLucenesScorerDoes() {
        PassageScorer lucene = new PassageScorer();
        PassageScore ours = new PassageScore();
        Random random = new Random(7);
        String[] words = {"بيسكوف", "موسكو", "الكرملين", "رياض", "واس"};
        for (int trial = 0; trial < 500; trial++) {
            Passage passage = new Passage();
            int start = random.nextInt(5_000);
            passage.setStartOffset(start);
            passage.setEndOffset(start + 400);
            int offset = start;
            for (int m = random.nextInt(12); m >= 0; m--) {
                offset += 1 + random.nextInt(20);
                int word = random.nextInt(words.length);
                passage.addMatch(offset, offset + 5, new BytesRef(words[word]), 1 + word * 3);
            }
            passage.setEndOffset(offset + 10 + random.nextInt(100));
            int contentLength = passage.getEndOffset() + random.nextInt(10_000);
            assertEquals(lucene.score(passage, contentLength), ours.score(passage, contentLength), 0f);
        }
    }
}
