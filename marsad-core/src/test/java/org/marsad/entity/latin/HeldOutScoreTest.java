package org.marsad.entity.latin;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The bundled model on Google's held-out Arabic-English test pairs, none of whose words it was
 * trained on or knows. Skipped where the shared folder is absent.
 */
class HeldOutScoreTest {
    @Test
    void bundledModelKeepsItsScoreOnGoogleTest() throws IOException {
        Path shared = Path.of(System.getProperty("marsad.shared", "../shared"));
        Path test = shared.resolve("data/translit/google-ar2en/ar2en-test.txt");
        Assumptions.assumeTrue(Files.isRegularFile(test), () -> "no transliteration data at " + test.toAbsolutePath());
        TranslitScore s = TranslitScore.of(Transliterator.standard(), TranslitPair.readGoogle(test));
        // the figures the README reports, less a margin for retraining on changed data
        assertTrue(s.top1() >= 0.25 && s.top5() >= 0.48 && s.meanEditDistance() <= 1.6, s.toString());
    }
}
