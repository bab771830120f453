package org.marsad.web.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class ScoringTest {

    @Test
    void segmentsMatchAfterWhiteSpaceIsCollapsed() {
        SegmentCounts c = new SegmentCounts();
        c.add(List.of("two  words", "missing"), List.of("Impressum", "not there"), "x two\n\twords y\u00A0Impressum");
        assertEquals(1, c.tp);
        assertEquals(1, c.fn);
        assertEquals(1, c.fp);
        assertEquals(1, c.tn);
        assertEquals(0.5, c.f1(), 1e-9);
    }

    @Test
    void failedExtractionFindsNothing() {
        SegmentCounts c = new SegmentCounts();
        c.add(List.of("a", "b"), List.of("c"), null);
        assertEquals(2, c.fn);
        assertEquals(1, c.tn);
        assertEquals(0, c.precision(), 1e-9);
    }

    @Test
    void pythonWordTokensSplitAtPunctuationAndAtVowelMarks() {
        // as Python 3 gives for re.findall(r'\w+', ...): marks (Mn) are not word characters there
        assertEquals(List.of("Hello", "world_1", "ك", "ت", "ب", "٣", "x²"),
                ShingleScore.tokens("Hello, world_1! كَتَبَ ٣ x²"));
    }

    @Test
    void shingleCountsAreNormalisedPerDocument() {
        ShingleScore.Counts same = ShingleScore.match("a b c d e", "a b c d e");
        assertEquals(1.0, same.tp(), 1e-9);
        ShingleScore.Counts half = ShingleScore.match("a b c d e", "a b c d");
        // gold shingles (a b c d), (b c d e); predicted (a b c d): tp 1, fn 1
        assertEquals(0.5, half.tp(), 1e-9);
        assertEquals(0.5, half.fn(), 1e-9);
        assertEquals(1.0, ShingleScore.precision(half), 1e-9);
        assertEquals(0.5, ShingleScore.recall(half), 1e-9);
    }

    @Test
    void emptyPredictionCountsOnlyForRecall() {
        ShingleScore.Counts empty = ShingleScore.match("some gold text here", "");
        double[] m = ShingleScore.metrics(List.of(empty, ShingleScore.match("a b c d", "a b c d")));
        assertEquals(1.0, m[0], 1e-9); // precision: only the second document predicted anything
        assertEquals(0.5, m[1], 1e-9);
    }
}
