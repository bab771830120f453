package org.marsad.entity.ner;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The bundled model on ANERcorp's test part (CAMeL Lab split), scored as conlleval scores it,
 * must hold the figure the README states for it. Skipped where the shared folder is absent.
 *
 * <p>This guards the shipped model against a retraining that makes it worse without anyone
 * noticing. It is not the recogniser's acceptance target: that is 80 (issue 4), which the model
 * does not reach yet; raise {@link #STATED_TEST_F1} with every better model, up to it.
 */
class BundledModelTest {
    /** The test F1 the README states for the bundled model (77.02, rounded down). */
    private static final double STATED_TEST_F1 = 77.0;

    @Test
    void bundledModelHoldsItsStatedScoreOnAnercorpTest() throws IOException {
        Path shared = Path.of(System.getProperty("marsad.shared", "../shared"));
        Path test = shared.resolve("data/ner/anercorp/test.conll");
        Assumptions.assumeTrue(Files.isRegularFile(test), () -> "no ANERcorp at " + test.toAbsolutePath());
        List<Conll.Sentence> gold = NerTraining.read(test);
        ChunkScore score = NerTraining.evaluate(NerTagger.standard(), gold);
        assertTrue(score.micro().f1() >= STATED_TEST_F1, score.report());
    }
}
