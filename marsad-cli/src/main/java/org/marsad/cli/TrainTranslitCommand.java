package org.marsad.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import org.marsad.entity.latin.TranslitPair;
import org.marsad.entity.latin.TranslitScore;
import org.marsad.entity.latin.TranslitTraining;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code marsad train translit}: the bundled transliteration model and lexicon, from Google's
 * Arabic-English training pairs and the Wikidata name words. Every Arabic word of the eval and
 * test files is left out of both, and the model is scored on the eval file. Deterministic.
 */
@Command(name = "translit", mixinStandardHelpOptions = true,
        description = "Train the Arabic-to-Latin name transliteration model and lexicon, then score them on the eval file.")
final class TrainTranslitCommand implements Callable<Integer> {
    private static final String RESOURCES = "marsad-core/src/main/resources/org/marsad/entity/latin/";
    private static final String GOOGLE = "data/translit/google-ar2en/";
    private static final String WIKIDATA = "data/translit/wikidata-ar/data/wd_arabic.normalized.aligned.tokens";

    @Option(names = "--train", paramLabel = "FILE", description = "Pairs, arabic TAB latin (default: the shared "
            + "folder's " + GOOGLE + "ar2en-train.txt).")
    Path train;

    @Option(names = "--wikidata", paramLabel = "FILE", description = "Pairs, latin TAB spaced Arabic letters TAB count "
            + "(default: the shared folder's Wikidata name words); 'none' leaves them out.")
    String wikidata;

    @Option(names = "--eval", paramLabel = "FILE", description = "Scored after training and held out "
            + "(default: " + GOOGLE + "ar2en-eval.txt).")
    Path eval;

    @Option(names = "--held-out", paramLabel = "FILE", description = "More pairs whose Arabic words are held out, "
            + "never scored (default: " + GOOGLE + "ar2en-test.txt).")
    List<Path> heldOut;

    @Option(names = "--out", paramLabel = "DIR", description = "Where to write model.bin.gz and lexicon.tsv.gz "
            + "(default: the bundled ones in the source tree).")
    Path out;

    @Option(names = "--order", paramLabel = "N", description = "N-gram order over graphones (default: the tuned value).")
    Integer order;

    @Option(names = "--drop-worst", paramLabel = "F", description = "Fraction of worst-aligned pairs left out "
            + "(default: the tuned value).")
    Double dropWorst;

    @Option(names = "--keep-ta-marbuta", paramLabel = "BOOL", arity = "1", description = "Keep ta marbuta apart from ha "
            + "(default: the tuned value).")
    Boolean keepTa;

    @Option(names = "--keep-alef-maqsura", paramLabel = "BOOL", arity = "1", description = "Keep alef maqsura apart from ya "
            + "(default: the tuned value).")
    Boolean keepMaqsura;

    @Override
    public Integer call() throws Exception {
        PrintStream log = System.out;
        Path shared = SharedData.folder();
        Path trainFile = existing(train != null ? train : shared.resolve(GOOGLE + "ar2en-train.txt"), "--train");
        Path evalFile = existing(eval != null ? eval : shared.resolve(GOOGLE + "ar2en-eval.txt"), "--eval");
        List<Path> heldOutFiles = heldOut != null ? heldOut : List.of(shared.resolve(GOOGLE + "ar2en-test.txt"));
        List<TranslitPair> pairs = new ArrayList<>(TranslitPair.readGoogle(trainFile));
        int google = pairs.size();
        if (!"none".equals(wikidata)) {
            Path wd = existing(wikidata != null ? Path.of(wikidata) : shared.resolve(WIKIDATA), "--wikidata");
            pairs.addAll(TranslitPair.readWikidata(wd));
        }
        List<TranslitPair> evalPairs = TranslitPair.readGoogle(evalFile);
        Set<String> held = new LinkedHashSet<>();
        evalPairs.forEach(p -> held.add(p.arabic()));
        for (Path f : heldOutFiles) {
            TranslitPair.readGoogle(existing(f, "--held-out")).forEach(p -> held.add(p.arabic()));
        }
        TranslitTraining.Settings d = TranslitTraining.Settings.standard();
        TranslitTraining.Settings settings = new TranslitTraining.Settings(order != null ? order : d.order(),
                d.iterations(), keepTa != null ? keepTa : d.keepTaMarbuta(),
                keepMaqsura != null ? keepMaqsura : d.keepAlefMaqsura(), dropWorst != null ? dropWorst : d.dropWorst(),
                d.twoLetterFactor());
        log.printf(Locale.ROOT, "%,d pairs (%,d from %s, %,d from Wikidata), %,d held-out words; %s%n", pairs.size(),
                google, trainFile.getFileName(), pairs.size() - google, held.size(), settings);
        long t0 = System.nanoTime();
        TranslitTraining.Result result = TranslitTraining.train(pairs, held, settings, log::println);
        log.printf(Locale.ROOT, "trained in %.1f s: %,d distinct pairs, %,d left out as noise, %,d graphones, "
                + "%,d lexicon words%n", (System.nanoTime() - t0) / 1e9, result.pairs(), result.dropped(),
                result.graphones(), result.lexiconWords());
        Path dir = out != null ? out : SharedData.checkout().resolve(RESOURCES);
        Files.createDirectories(dir);
        Files.write(dir.resolve("model.bin.gz"), result.model());
        Files.write(dir.resolve("lexicon.tsv.gz"), result.lexicon());
        log.printf(Locale.ROOT, "wrote %s (%,d bytes) and lexicon.tsv.gz (%,d bytes) in %s%n", "model.bin.gz",
                result.model().length, result.lexicon().length, dir);
        log.println("eval (" + evalFile.getFileName() + "): " + TranslitScore.of(result.transliterator(), evalPairs));
        return ExitCodes.OK;
    }

    private static Path existing(Path file, String option) {
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException("no such file: " + file + " (give " + option + ")");
        }
        return file;
    }
}
