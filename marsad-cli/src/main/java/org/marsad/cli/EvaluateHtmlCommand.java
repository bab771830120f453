package org.marsad.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.marsad.web.eval.TrafilaturaEval;
import org.marsad.web.eval.ZyteEval;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code marsad evaluate html}: the web-page extraction scored on trafilatura's evaluation set and
 * Zyte's article-extraction benchmark, each by its own scoring rules (docs/web-extraction-eval.md).
 */
@Command(name = "html", mixinStandardHelpOptions = true,
        description = "Score main-text extraction on trafilatura's evaluation set (segments found and not found) "
                + "and Zyte's article-extraction benchmark (token shingles), from shared/data/html beside the checkout.")
final class EvaluateHtmlCommand implements Callable<Integer> {

    enum Benchmark { trafilatura, zyte, both }

    @Option(names = "--set", paramLabel = "NAME", defaultValue = "both",
            description = "trafilatura, zyte or both (default: ${DEFAULT-VALUE}).")
    Benchmark set;

    @Option(names = {"-v", "--verbose"}, description = "List every page with a miss.")
    boolean verbose;

    @Override
    public Integer call() throws Exception {
        List<String> args = new ArrayList<>();
        if (verbose) {
            args.add("-v");
        }
        String[] flags = args.toArray(String[]::new);
        if (set != Benchmark.zyte) {
            TrafilaturaEval.main(flags);
        }
        if (set != Benchmark.trafilatura) {
            ZyteEval.main(flags);
        }
        return ExitCodes.OK;
    }
}
