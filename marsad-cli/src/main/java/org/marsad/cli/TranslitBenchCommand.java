package org.marsad.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.marsad.entity.latin.TranslitPair;
import org.marsad.entity.latin.Transliterator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code marsad bench translit}: the load time of the bundled transliteration model, and names
 * per second on one thread after an untimed warm-up of the same work.
 */
@Command(name = "translit", mixinStandardHelpOptions = true,
        description = "Measure the transliteration model's load time and its single-threaded speed in names/s.")
final class TranslitBenchCommand implements Callable<Integer> {
    @Option(names = "--names", paramLabel = "FILE", description = "Words to transliterate, the first field of each "
            + "line (default: Google's ar2en-eval.txt in the shared folder, none of its words in the lexicon).")
    Path names;

    @Option(names = "--seconds", paramLabel = "S", defaultValue = "10",
            description = "Run the timed part at least this long (default: ${DEFAULT-VALUE}).")
    double seconds;

    @Override
    public Integer call() throws Exception {
        Path file = names != null ? names : SharedData.folder().resolve("data/translit/google-ar2en/ar2en-eval.txt");
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException("no names file at " + file + " (give --names)");
        }
        List<String> words = new ArrayList<>();
        for (TranslitPair p : TranslitPair.readGoogle(file)) {
            words.add(p.arabic());
        }
        // each pass on a transliterator that remembers nothing, or every pass after the first
        // would time lookups of the words it already spelt
        ModelBench.Result r = ModelBench.run(Transliterator::load, Transliterator::withEmptyMemory, t -> {
            long letters = 0;
            for (String w : words) {
                letters += t.latin(w).length();
            }
            return letters;
        }, seconds);
        System.out.printf(Locale.ROOT, "translit: model load %.0f ms (first, in a fresh JVM), %.0f ms (again, warm)%n",
                r.coldMillis(), r.warmMillis());
        System.out.printf(Locale.ROOT, "translit: %,d words x %d passes in %.2f s = %,.0f words/s on one thread%n",
                words.size(), r.passes(), r.seconds(), r.perSecond(words.size()));
        return ExitCodes.OK;
    }
}
