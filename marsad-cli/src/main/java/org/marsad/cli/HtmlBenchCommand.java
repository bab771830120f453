package org.marsad.cli;

import java.util.concurrent.Callable;
import org.marsad.web.eval.HtmlBench;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code marsad bench html}: web-page extraction speed on one thread, over both evaluation sets' pages. */
@Command(name = "html", mixinStandardHelpOptions = true,
        description = "Pages/s of web-page reading (decoding, parsing, metadata, main text) on one thread, over the "
                + "pages of both extraction benchmarks: wall clock and per CPU-second of the thread.")
final class HtmlBenchCommand implements Callable<Integer> {

    @Option(names = "--rounds", paramLabel = "N", defaultValue = "5",
            description = "Timed rounds after the warm-up (default: ${DEFAULT-VALUE}).")
    int rounds;

    @Override
    public Integer call() throws Exception {
        HtmlBench.main(new String[] {Integer.toString(rounds)});
        return ExitCodes.OK;
    }
}
