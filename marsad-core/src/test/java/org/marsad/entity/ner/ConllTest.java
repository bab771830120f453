package org.marsad.entity.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConllTest {
    private static List<Conll.Sentence> read(String text) throws IOException {
        return Conll.read(new BufferedReader(new StringReader(text)));
    }

    @Test
    void tokenTabTagLinesWithBlankLinesBetweenSentences() throws IOException {
        List<Conll.Sentence> s = read("قال\tO\nأوباما\tB-PER\n\nفي\tO\nواشنطن\tB-LOC\n");
        assertEquals(2, s.size());
        assertEquals(List.of("قال", "أوباما"), s.get(0).tokens());
        assertEquals(List.of("O", "B-PER"), s.get(0).tags());
        assertEquals(List.of("O", "B-LOC"), s.get(1).tags());
    }

    @Test
    void runsOfBlankLinesAndATrailingBlankLineMakeNoEmptySentences() throws IOException {
        assertEquals(2, read("\n\nأ\tO\n\n\n\nب\tO\n\n").size());
    }

    @Test
    void untaggedTokensAndAnythingAfterASecondTabAreRead() throws IOException {
        List<Conll.Sentence> s = read("قال\nأوباما\n\nفي\tO\tignored\tmore\n");
        assertEquals(List.of("قال", "أوباما"), s.get(0).tokens());
        assertNull(s.get(0).tags());
        assertEquals(List.of("O"), s.get(1).tags());
    }

    @Test
    void aSentenceWithSomeTagsMissingIsUntagged() throws IOException {
        assertNull(read("قال\tO\nأوباما\n").get(0).tags());
    }

    @Test
    void byteOrderMarkAndCarriageReturnsAreDropped() throws IOException {
        List<Conll.Sentence> s = read("\uFEFFقال\tO\r\nأوباما\tB-PER\r\n\r\nفي\tO\r\n");
        assertEquals("قال", s.get(0).tokens().get(0));
        assertEquals("B-PER", s.get(0).tags().get(1));
        assertEquals(2, s.size());
    }

    @Test
    void anEmptyTokenBeforeATabIsAnError() {
        assertThrows(IOException.class, () -> read("قال\tO\n \tB-PER\n"));
    }

    @Test
    void writesTokenTabTagAndABlankLineAfterEachSentence() throws IOException {
        StringWriter w = new StringWriter();
        Conll.write(w, List.of("قال", "أوباما"), List.of("O", "B-PER"));
        assertEquals("قال\tO\nأوباما\tB-PER\n\n", w.toString());
    }
}
