package org.marsad.cli;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.marsad.entity.ner.Conll;
import org.marsad.entity.ner.NerTagger;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code marsad ner --conll IN}: named-entity tags for pre-tokenised text. */
@Command(name = "ner", mixinStandardHelpOptions = true,
        description = "Tag pre-tokenised text with named entities (BIO over PER, LOC, ORG, MISC). Input: a token a "
                + "line, a blank line between sentences, anything after a tab ignored. Output: token TAB tag lines.")
final class NerCommand implements Callable<Integer> {
    @Option(names = "--conll", paramLabel = "IN", required = true, description = "The tokens, or - for standard input.")
    String input;

    @Option(names = "--out", paramLabel = "FILE", description = "Write here instead of standard output.")
    Path out;

    @Mixin
    NerModelOptions modelOptions;

    @Override
    public Integer call() throws Exception {
        List<Conll.Sentence> sentences;
        try (BufferedReader r = input.equals("-")
                ? new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8))
                : Files.newBufferedReader(Path.of(input), StandardCharsets.UTF_8)) {
            sentences = Conll.read(r);
        }
        NerTagger tagger = modelOptions.tagger();
        List<List<String>> tokens = new ArrayList<>(sentences.size());
        for (Conll.Sentence s : sentences) {
            tokens.add(s.tokens());
        }
        List<List<String>> tags = tagger.tagTokens(tokens);
        if (out != null) {
            try (Writer w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
                write(w, tokens, tags);
            }
        } else {
            Writer w = new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8));
            write(w, tokens, tags);
            w.flush(); // not closed: standard output is not ours
        }
        return ExitCodes.OK;
    }

    private static void write(Writer w, List<List<String>> tokens, List<List<String>> tags) throws IOException {
        for (int s = 0; s < tokens.size(); s++) {
            Conll.write(w, tokens.get(s), tags.get(s));
        }
    }
}
