package org.marsad.entity.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Cases where conlleval's chunk rules decide the count; expected numbers are conlleval's own. */
class ChunkScoreTest {
    private static List<String> tags(String spaced) {
        return Arrays.asList(spaced.split(" "));
    }

    private static ChunkScore score(String gold, String predicted) {
        ChunkScore s = new ChunkScore();
        s.add(tags(gold), tags(predicted));
        return s;
    }

    @Test
    void identicalTagsScoreOneHundred() {
        ChunkScore s = score("B-PER I-PER O B-LOC", "B-PER I-PER O B-LOC");
        assertEquals(new ChunkScore.Prf(2, 2, 2), s.micro());
        assertEquals(100.0, s.micro().f1(), 1e-9);
    }

    @Test
    void anInsideTagAfterOutsideStartsAChunk() {
        // I-PER after O is a chunk of its own in conlleval (IOB1 reading), and matches B-PER there
        ChunkScore s = score("O B-PER I-PER", "O I-PER I-PER");
        assertEquals(new ChunkScore.Prf(1, 1, 1), s.micro());
    }

    @Test
    void anInsideTagOfAnotherTypeStartsAChunk() {
        ChunkScore s = score("B-ORG I-ORG I-ORG", "B-ORG I-LOC I-LOC");
        assertEquals(new ChunkScore.Prf(0, 1, 2), s.micro());
        assertEquals(new ChunkScore.Prf(0, 0, 1), s.of("LOC"));
    }

    @Test
    void adjacentBeginTagsAreTwoChunks() {
        ChunkScore s = score("B-LOC B-LOC", "B-LOC I-LOC");
        assertEquals(new ChunkScore.Prf(0, 2, 1), s.micro());
    }

    @Test
    void aChunkCountsOnlyWhenBothEndTogether() {
        assertEquals(0, score("B-PER I-PER O", "B-PER O O").micro().correct());
        assertEquals(0, score("B-PER O O", "B-PER I-PER O").micro().correct());
    }

    @Test
    void aChunkRunningToTheSentenceEndIsClosedByTheBoundary() {
        ChunkScore s = new ChunkScore();
        s.add(tags("O B-PER I-PER"), tags("O B-PER I-PER"));
        s.add(tags("I-PER O"), tags("I-PER O")); // the next sentence's I- starts a new chunk
        assertEquals(new ChunkScore.Prf(2, 2, 2), s.micro());
    }

    @Test
    void aTypeMismatchOnAMatchingSpanIsAMissAndASpuriousChunk() {
        ChunkScore s = score("B-ORG I-ORG", "B-LOC I-LOC");
        assertEquals(new ChunkScore.Prf(0, 1, 0), s.of("ORG"));
        assertEquals(new ChunkScore.Prf(0, 0, 1), s.of("LOC"));
    }

    @Test
    void reportHasConllevalsLayout() {
        ChunkScore s = score("B-PER I-PER O B-LOC O", "B-PER I-PER O O B-LOC");
        // conlleval: 5 tokens, 2 phrases, found 2, correct 1; accuracy 3/5
        assertEquals("processed 5 tokens with 2 phrases; found: 2 phrases; correct: 1.\n"
                + "accuracy:  60.00%; precision:  50.00%; recall:  50.00%; FB1:  50.00\n"
                + "              LOC: precision:   0.00%; recall:   0.00%; FB1:   0.00  1\n"
                + "              PER: precision: 100.00%; recall: 100.00%; FB1: 100.00  1\n",
                s.report().replace(System.lineSeparator(), "\n"));
    }
}
