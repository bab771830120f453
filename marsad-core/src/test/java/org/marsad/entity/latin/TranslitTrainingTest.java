package org.marsad.entity.latin;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;

/** Training on a small sample: byte-identical output, held-out words kept out, and a model that learnt something. */
class TranslitTrainingTest {
    static final String SAMPLE = """
            بوريس	boris
            إيفانوف	ivanov
            بتروف	petrov
            سميرنوف	smirnov
            كوزلوف	kozlov
            بوبوف	popov
            سوكولوف	sokolov
            ليبيديف	lebedev
            موروزوف	morozov
            فولكوف	volkov
            سولوفيوف	solovyov
            فاسيليف	vasilyev
            زايتسيف	zaytsev
            بافلوف	pavlov
            سيمينوف	semenov
            غولوبيف	golubev
            فينوغرادوف	vinogradov
            بوغدانوف	bogdanov
            فوروبيوف	vorobyov
            فيدوروف	fedorov
            ميخائيلوف	mikhailov
            بيلييف	belyaev
            تاراسوف	tarasov
            بيلوف	belov
            كوماروف	komarov
            أورلوف	orlov
            كيسيليوف	kiselyov
            ماكاروف	makarov
            أندرييف	andreev
            كوفاليوف	kovalyov
            إيلين	ilyin
            غوسيف	gusev
            تيتوف	titov
            كوزمين	kuzmin
            كودريافتسيف	kudryavtsev
            بارانوف	baranov
            كوليكوف	kulikov
            أليكسييف	alekseev
            ستيبانوف	stepanov
            ياكوفليف	yakovlev
            """;

    static List<TranslitPair> sample() {
        List<TranslitPair> out = new ArrayList<>();
        for (String line : SAMPLE.strip().split("\n")) {
            String[] f = line.strip().split("\t");
            out.add(new TranslitPair(f[0], f[1], 1));
        }
        return out;
    }

    static final TranslitTraining.Settings SMALL = new TranslitTraining.Settings(4, 5, true, false, 0.0, 0.01);

    @Test
    void trainingTwiceGivesTheSameBytes() throws IOException {
        TranslitTraining.Result a = TranslitTraining.train(sample(), Set.of(), SMALL, s -> { });
        TranslitTraining.Result b = TranslitTraining.train(sample(), Set.of(), SMALL, s -> { });
        assertArrayEquals(a.model(), b.model());
        assertArrayEquals(a.lexicon(), b.lexicon());
        assertEquals(40, a.pairs());
    }

    @Test
    void heldOutWordsAreNeitherLearntNorKnown() throws IOException {
        // held out in another spelling (hamzated alef) than the training pair's: still left out
        TranslitTraining.Result r = TranslitTraining.train(sample(), Set.of("ايفانوف"), SMALL, s -> { });
        assertEquals(39, r.pairs());
        Lexicon lexicon;
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                new GZIPInputStream(new ByteArrayInputStream(r.lexicon())), StandardCharsets.UTF_8))) {
            lexicon = Lexicon.read(in);
        }
        assertEquals(null, lexicon.get("ايفانوف"));
        assertEquals("petrov", lexicon.get("بتروف"));
        assertEquals(39, lexicon.size());
        assertEquals("petrov", r.transliterator().candidates("بتروف", 1).get(0));
    }

    @Test
    void theModelGeneralisesToAnUnseenNameOfTheSameKind() throws IOException {
        Transliterator t = TranslitTraining.train(sample(), Set.of(), SMALL, s -> { }).transliterator();
        String guess = t.candidates("سولوكوف", 1).get(0); // not in the sample
        assertTrue(EditDistance.between(guess, "solokov") <= 1, guess);
        assertNotEquals("", t.latin("كوزاروف"));
    }
}
