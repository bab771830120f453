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
        PrintStream out = System.out;
        long t0 = System.nanoTime();
        NerTagger tagger = NerTagger.load();
        double coldMillis = (System.nanoTime() - t0) / 1e6;
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
        run(tagger, tokens, seconds / 2); // warm-up
        t0 = System.nanoTime();
        NerTagger.load();
        double warmMillis = (System.nanoTime() - t0) / 1e6;
        long start = System.nanoTime();
        int passes = run(tagger, tokens, seconds);
        double secs = (System.nanoTime() - start) / 1e9;
        out.printf(Locale.ROOT, "ner: model load %.0f ms (first, in a fresh JVM), %.0f ms (again, warm)%n", coldMillis,
                warmMillis);
        out.printf(Locale.ROOT, "ner: %,d tokens x %d passes in %.2f s = %,.0f tokens/s on one thread%n", count, passes,
                secs, count * passes / secs);
        return ExitCodes.OK;
    }

    private static int run(NerTagger tagger, List<List<String>> tokens, double seconds) {
        long end = System.nanoTime() + (long) (seconds * 1e9);
        int passes = 0;
        long sink = 0;
        do {
            for (List<String> tags : tagger.tagTokens(tokens)) {
                sink += tags.size();
            }
            passes++;
        } while (System.nanoTime() < end);
        if (sink < 0) {
            throw new AssertionError();
        }
        return passes;
    }
}
