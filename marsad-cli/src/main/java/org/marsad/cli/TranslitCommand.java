package org.marsad.cli;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.Callable;
import org.marsad.entity.latin.Transliterator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code marsad translit NAME...}: the Latin-script name of each Arabic name, one a line. */
@Command(name = "translit", mixinStandardHelpOptions = true,
        description = "Print the Latin-script name of each Arabic name given, one a line ('-' reads names from "
                + "standard input, one a line).")
final class TranslitCommand implements Callable<Integer> {
    @Parameters(paramLabel = "NAME", arity = "1..*", description = "Arabic names, or - for standard input.")
    List<String> names;

    @Option(names = {"-n", "--candidates"}, paramLabel = "N", defaultValue = "0",
            description = "Also print up to N spellings of each word, best first, tab-separated after the name.")
    int candidates;

    @Mixin
    TranslitModelOptions modelOptions;

    @Override
    public Integer call() throws Exception {
        Transliterator t = modelOptions.transliterator();
        PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8));
        for (String name : names) {
            if (name.equals("-")) {
                BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
                for (String line; (line = in.readLine()) != null;) {
                    print(out, t, line);
                }
            } else {
                print(out, t, name);
            }
        }
        out.flush(); // not closed: standard output is not ours
        return ExitCodes.OK;
    }

    private void print(PrintWriter out, Transliterator t, String name) {
        StringBuilder line = new StringBuilder(t.latin(name));
        if (candidates > 0) {
            for (String word : name.trim().split("\\s+")) {
                line.append('\t').append(String.join(" ", t.candidates(word, candidates)));
            }
        }
        out.println(line);
    }
}
