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
    void aCrfTrainedModelTagsItsOwnTrainingSentencesTheSameOnEveryRun() throws IOException {
        NerTraining.Crf crf = new NerTraining.Crf(0.1, 1, 0, 10, 1, true, true);
        NerTagger tagger = TinyCorpus.train(crf);
        assertEquals(100.0, NerTraining.evaluate(tagger, TinyCorpus.sentences()).micro().f1(), 1e-9);
        assertArrayEquals(bytes(tagger), bytes(TinyCorpus.train(crf)));
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
    void theSecondPassRunsOverItsOwnTagsAsOftenAsAsked() {
        NerTagger tagger = TinyCorpus.train();
        List<List<Word>> words = new java.util.ArrayList<>();
        for (Conll.Sentence s : TinyCorpus.sentences()) {
            words.add(NerTraining.words(s.tokens()));
        }
        List<int[]> standard = tagger.tagIndices(words);
        assertEquals(NerTagger.SECOND_PASS_RUNS, 2);
        for (int runs = 1; runs <= 3; runs++) {
            List<int[]> tagged = tagger.tagIndices(words, runs);
            for (int s = 0; s < words.size(); s++) {
                int[] gold = new int[words.get(s).size()];
                for (int i = 0; i < gold.length; i++) {
                    gold[i] = tagger.tags().index(TinyCorpus.sentences().get(s).tags().get(i));
                }
                assertArrayEquals(gold, tagged.get(s), "runs " + runs + ", sentence " + s);
            }
        }
        for (int s = 0; s < words.size(); s++) {
            assertArrayEquals(tagger.tagIndices(words, NerTagger.SECOND_PASS_RUNS).get(s), standard.get(s));
        }
        assertThrows(IllegalArgumentException.class, () -> tagger.tagIndices(words, 0));
    }

    @Test
    void emissionsFromCachedSumsEqualThoseFromTheFeatures() {
        NerTagger tagger = TinyCorpus.train();
        CompactModel m = tagger.second();
        int[][] f = tagger.features().extract(NerTraining.words(TinyCorpus.tokens("وقال أوباما في الرياض .")));
        int[][] extra = {{1, 2}, {}, {3}, {4, 5, 6}, {}};
        int n = tagger.tags().size();
        float[] direct = new float[f.length * n];
        float[] cached = new float[f.length * n];
        m.emissions(f, extra, direct);
        m.emissions(m.sums(f), extra, cached);
        assertArrayEquals(direct, cached);
    }

    @Test
    void theDevPartIsTheEndOfTheFile() {
        List<Conll.Sentence> s = TinyCorpus.sentences();
        List<List<Conll.Sentence>> parts = NerTraining.split(s, 0.25);
        assertEquals(s.subList(0, 6), parts.get(0));
        assertEquals(s.subList(6, 8), parts.get(1));
    }

    private static byte[] gzip(String text) throws IOException {
        return gzip(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    private static byte[] gzip(byte[] data) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (java.util.zip.GZIPOutputStream g = new java.util.zip.GZIPOutputStream(out)) {
            g.write(data);
        }
        return out.toByteArray();
    }

    @Test
    void aModelWithoutSegmentsTrainsAndLoadsBackToo() throws IOException {
        NerTagger tagger = TinyCorpus.train(new NerTraining.Settings(16, 5, 7, NerTraining.MARGIN, 2, null, false));
        assertEquals(100.0, NerTraining.evaluate(tagger, TinyCorpus.sentences()).micro().f1(), 1e-9);
        byte[] saved = bytes(tagger);
        assertArrayEquals(saved, bytes(NerTagger.read(new ByteArrayInputStream(saved), WordClasses.empty())));
    }

    @Test
    void aVersionOneModelStillLoadsAndDecodesOverTags() throws IOException {
        NerTagger tagger = TinyCorpus.train(new NerTraining.Settings(16, 5, 7, NerTraining.MARGIN, 2, null, false));
        byte[] v2;
        try (java.util.zip.GZIPInputStream in = new java.util.zip.GZIPInputStream(new ByteArrayInputStream(bytes(tagger)))) {
            v2 = in.readAllBytes();
        }
        // version 1 had no segment field: drop it and restore the old version number
        java.nio.ByteBuffer b = java.nio.ByteBuffer.wrap(v2);
        assertEquals(2, b.getInt(4));
        assertEquals(0, b.getInt(8));
        byte[] v1 = new byte[v2.length - 4];
        System.arraycopy(v2, 0, v1, 0, 8);
        System.arraycopy(v2, 12, v1, 8, v2.length - 12);
        java.nio.ByteBuffer.wrap(v1).putInt(4, 1);
        NerTagger old = NerTagger.read(new ByteArrayInputStream(gzip(v1)), WordClasses.empty());
        List<List<String>> text = List.of(TinyCorpus.tokens("وقال أوباما في الرياض إن أرامكو تنمو ."));
        assertEquals(tagger.tagTokens(text), old.tagTokens(text));
    }

    @Test
    void crossValidationScoresEverySentenceOnceWithAModelThatNeverSawIt() throws InterruptedException {
        List<Conll.Sentence> s = TinyCorpus.sentences();
        Features features = new Features(WordClasses.empty(), Gazetteers.standard(), 16);
        NerTraining.Settings settings = new NerTraining.Settings(16, 5, 7, NerTraining.MARGIN, 2);
        ChunkScore pooled = NerTraining.crossValidate(s, 2, NerTraining.tagSet(s), features, settings, 2, m -> { });
        ChunkScore whole = new ChunkScore();
        for (Conll.Sentence sentence : s) {
            whole.add(sentence.tags(), sentence.tags());
        }
        assertEquals(whole.report().split(";")[0], pooled.report().split(";")[0],
                "the same tokens and gold phrases, counted once");
        assertEquals(pooled.report(), NerTraining.crossValidate(s, 2, NerTraining.tagSet(s), features, settings, 1,
                m -> { }).report(), "the thread count changes nothing");
        assertThrows(IllegalArgumentException.class,
                () -> NerTraining.crossValidate(s, 1, NerTraining.tagSet(s), features, settings, 1, m -> { }));
    }
}
