package org.marsad.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.marsad.entity.ner.NerTagger;
import org.marsad.entity.ner.WordClasses;
import picocli.CommandLine.Option;

/** Which NER model to run: the bundled one, or one written by {@code marsad train ner}. */
final class NerModelOptions {
    @Option(names = "--model", paramLabel = "FILE", description = "A model written by 'marsad train ner' "
            + "(default: the bundled model).")
    Path model;

    @Option(names = "--classes", paramLabel = "FILE", description = "The word-class file that model was trained "
            + "with (default: the bundled one).")
    Path classes;

    NerTagger tagger() throws IOException {
        if (model == null && classes == null) {
            return NerTagger.standard();
        }
        WordClasses wc;
        if (classes == null) {
            wc = WordClasses.load(NerTagger.CLASSES_RESOURCE);
        } else {
            try (InputStream in = Files.newInputStream(classes)) {
                wc = WordClasses.read(in);
            }
        }
        if (model == null) {
            throw new IllegalArgumentException("--classes needs --model: the bundled model goes with the bundled classes");
        }
        try (InputStream in = Files.newInputStream(model)) {
            return NerTagger.read(in, wc);
        }
    }
}
