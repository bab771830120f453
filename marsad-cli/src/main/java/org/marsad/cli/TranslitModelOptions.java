package org.marsad.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.marsad.entity.latin.Transliterator;
import picocli.CommandLine.Option;

/** The {@code --model DIR} option of the transliteration commands: a trained model instead of the bundled one. */
final class TranslitModelOptions {
    @Option(names = "--model", paramLabel = "DIR", description = "A directory with model.bin.gz and lexicon.tsv.gz "
            + "as 'train translit --out DIR' writes them (default: the bundled model).")
    Path model;

    Transliterator transliterator() throws IOException {
        if (model == null) {
            return Transliterator.standard();
        }
        try (InputStream m = Files.newInputStream(model.resolve("model.bin.gz"));
                InputStream l = Files.newInputStream(model.resolve("lexicon.tsv.gz"))) {
            return Transliterator.read(m, l);
        }
    }
}
