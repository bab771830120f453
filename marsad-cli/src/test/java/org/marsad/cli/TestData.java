package org.marsad.cli;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/** Where the tests find the bundled sample corpus and the shared evaluation data. */
final class TestData {
    private TestData() {
    }

    /** The sample corpus in the repository (the module's working directory is one level down). */
    static Path sample() {
        Path p = Path.of("..", "samples", "seeds");
        return Files.isDirectory(p) ? p : Path.of("samples", "seeds");
    }

    /** The shared evaluation folder; the calling test is skipped when it is absent. */
    static Path shared() {
        Path p = Path.of(System.getProperty("marsad.shared", "../../shared"));
        assumeTrue(Files.isDirectory(p), "shared evaluation data not found at " + p.toAbsolutePath());
        return p;
    }
}
