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
        long t0 = System.nanoTime();
        Transliterator t = Transliterator.load();
        double coldMillis = (System.nanoTime() - t0) / 1e6;
        Path file = names != null ? names : SharedData.folder().resolve("data/translit/google-ar2en/ar2en-eval.txt");
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException("no names file at " + file + " (give --names)");
        }
        List<String> words = new ArrayList<>();
        for (TranslitPair p : TranslitPair.readGoogle(file)) {
            words.add(p.arabic());
        }
        run(t, words, seconds / 2); // warm-up
        t0 = System.nanoTime();
        Transliterator.load();
        double warmMillis = (System.nanoTime() - t0) / 1e6;
        long start = System.nanoTime();
        int passes = run(t, words, seconds);
        double secs = (System.nanoTime() - start) / 1e9;
        System.out.printf(Locale.ROOT, "translit: model load %.0f ms (first, in a fresh JVM), %.0f ms (again, warm)%n",
                coldMillis, warmMillis);
        System.out.printf(Locale.ROOT, "translit: %,d words x %d passes in %.2f s = %,.0f words/s on one thread%n",
                words.size(), passes, secs, words.size() * passes / secs);
        return ExitCodes.OK;
    }

    private static int run(Transliterator t, List<String> words, double seconds) {
        long end = System.nanoTime() + (long) (seconds * 1e9);
        int passes = 0;
        long sink = 0;
        do {
            for (String w : words) {
                sink += t.latin(w).length();
            }
            passes++;
        } while (System.nanoTime() < end);
        if (sink < 0) {
            throw new AssertionError();
        }
        return passes;
    }
}
