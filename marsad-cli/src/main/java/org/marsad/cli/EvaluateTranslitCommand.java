package org.marsad.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.marsad.entity.latin.TranslitPair;
import org.marsad.entity.latin.TranslitScore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code marsad evaluate translit --gold FILE}: word-level transliteration accuracy against gold pairs. */
@Command(name = "translit", mixinStandardHelpOptions = true,
        description = "Score word transliteration against gold pairs (arabic TAB latin a line): exact-match top-1 and "
                + "top-5 accuracy and the mean edit distance of the first answer, ignoring case.")
final class EvaluateTranslitCommand implements Callable<Integer> {
    @Option(names = "--gold", paramLabel = "FILE", required = true, description = "Gold pairs, arabic TAB latin.")
    Path gold;

    @Mixin
    TranslitModelOptions modelOptions;

    @Override
    public Integer call() throws Exception {
        if (!Files.isRegularFile(gold)) {
            throw new IllegalArgumentException("no such file: " + gold);
        }
        TranslitScore s = TranslitScore.of(modelOptions.transliterator(), TranslitPair.readGoogle(gold));
        System.out.println(s);
        return ExitCodes.OK;
    }
}
