package org.marsad.entity.ner;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

class NerTrainingTest {
    private static byte[] bytes(NerTagger tagger) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        tagger.write(out);
        return out.toByteArray();
    }

    @Test
    void trainingTwiceOnTheSameDataGivesTheSameBytes() throws IOException {
        assertArrayEquals(bytes(TinyCorpus.train()), bytes(TinyCorpus.train()));
    }

    @Test
    void aTrainedModelTagsItsOwnTrainingSentences() {
        NerTagger tagger = TinyCorpus.train();
        assertEquals(100.0, NerTraining.evaluate(tagger, TinyCorpus.sentences()).micro().f1(), 1e-9);
    }

    @Test
    void aSavedModelLoadsBackAndTagsTheSame() throws IOException {
        NerTagger tagger = TinyCorpus.train();
        byte[] saved = bytes(tagger);
        NerTagger loaded = NerTagger.read(new ByteArrayInputStream(saved), WordClasses.empty());
        List<List<String>> text = List.of(TinyCorpus.tokens("وقال أوباما في الرياض إن أرامكو تنمو ."),
                TinyCorpus.tokens("التقى ماكرون بوفد من جنيف ."));
        assertEquals(tagger.tagTokens(text), loaded.tagTokens(text));
        assertArrayEquals(saved, bytes(loaded), "quantised weights survive a second save unchanged");
    }

    @Test
    void aModelDoesNotLoadOverOtherResources() throws IOException {
        byte[] saved = bytes(TinyCorpus.train());
        WordClasses other = WordClasses.read(new ByteArrayInputStream(gzip("sizes\t2\nقال\t1\t10\t0\n")));
        assertThrows(IllegalArgumentException.class, () -> NerTagger.read(new ByteArrayInputStream(saved), other));
    }

    @Test
    void theDevPartIsTheEndOfTheFile() {
        List<Conll.Sentence> s = TinyCorpus.sentences();
        List<List<Conll.Sentence>> parts = NerTraining.split(s, 0.25);
        assertEquals(s.subList(0, 6), parts.get(0));
        assertEquals(s.subList(6, 8), parts.get(1));
    }

    private static byte[] gzip(String text) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (java.util.zip.GZIPOutputStream g = new java.util.zip.GZIPOutputStream(out)) {
            g.write(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        return out.toByteArray();
    }
}
