package org.marsad.entity.ner;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The bundled model on ANERcorp's test part (CAMeL Lab split), scored as conlleval scores it.
 * Skipped where the shared folder is absent.
 */
class BundledModelTest {
    /** The acceptance figure of the recogniser: entity-level micro F1 on ANERcorp test. */
    private static final double MIN_TEST_F1 = 80.0;

    @Test
    void bundledModelScoresAtLeastEightyF1OnAnercorpTest() throws IOException {
        Path shared = Path.of(System.getProperty("marsad.shared", "../shared"));
        Path test = shared.resolve("data/ner/anercorp/test.conll");
        Assumptions.assumeTrue(Files.isRegularFile(test), () -> "no ANERcorp at " + test.toAbsolutePath());
        List<Conll.Sentence> gold = NerTraining.read(test);
        ChunkScore score = NerTraining.evaluate(NerTagger.standard(), gold);
        assertTrue(score.micro().f1() >= MIN_TEST_F1, score.report());
    }
}
