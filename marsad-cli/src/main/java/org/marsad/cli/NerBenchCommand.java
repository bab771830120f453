package org.marsad.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.marsad.entity.ner.Conll;
import org.marsad.entity.ner.NerTagger;
import org.marsad.entity.ner.NerTraining;
import org.marsad.entity.ner.Word;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code marsad bench ner}: the load time of the bundled NER model, and its tagging speed in
 * tokens per second on one thread, after an untimed warm-up of the same work (the JIT compiles
 * every hot path first). Timed: both passes and the analysis of each token ({@link Word#of}),
 * not reading the file.
 */
@Command(name = "ner", mixinStandardHelpOptions = true,
        description = "Measure the NER model's load time and its single-threaded speed in tokens/s.")
final class NerBenchCommand implements Callable<Integer> {
    @Option(names = "--conll", paramLabel = "FILE", description = "Tokens to tag (default: ANERcorp's test.conll "
            + "in the shared folder).")
    Path conll;

    @Option(names = "--seconds", paramLabel = "S", defaultValue = "10",
            description = "Run the timed part at least this long (default: ${DEFAULT-VALUE}).")
    double seconds;

    @Override
    public Integer call() throws Exception {
        Path file = conll != null ? conll : SharedData.folder().resolve("data/ner/anercorp/test.conll");
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException("no CoNLL file at " + file + " (give --conll)");
        }
        List<List<String>> tokens = new ArrayList<>();
        long count = 0;
        for (Conll.Sentence s : NerTraining.read(file)) {
            tokens.add(s.tokens());
            count += s.size();
        }
        ModelBench.Result r = ModelBench.run(NerTagger::load, tagger -> tagger,
                tagger -> tagger.tagTokens(tokens).size(), seconds);
        PrintStream out = System.out;
        out.printf(Locale.ROOT, "ner: model load %.0f ms (first, in a fresh JVM), %.0f ms (again, warm)%n",
                r.coldMillis(), r.warmMillis());
        out.printf(Locale.ROOT, "ner: %,d tokens x %d passes in %.2f s = %,.0f tokens/s on one thread%n", count,
                r.passes(), r.seconds(), r.perSecond(count));
        return ExitCodes.OK;
    }
}
