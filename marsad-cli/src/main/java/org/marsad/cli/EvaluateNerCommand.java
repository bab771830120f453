package org.marsad.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.marsad.entity.ner.ChunkScore;
import org.marsad.entity.ner.Conll;
import org.marsad.entity.ner.NerTraining;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code marsad evaluate ner --gold FILE [--pred FILE]}: conlleval's entity-level precision,
 * recall and F1, per type and micro-averaged.
 */
@Command(name = "ner", mixinStandardHelpOptions = true,
        description = "Score named-entity tags the way conlleval does: per type and micro-averaged precision, recall "
                + "and F1 over whole entities. Without --pred, the model tags the gold file's tokens.")
final class EvaluateNerCommand implements Callable<Integer> {
    @Option(names = "--gold", paramLabel = "FILE", required = true, description = "Gold CoNLL: token TAB BIO-tag.")
    Path gold;

    @Option(names = "--pred", paramLabel = "FILE", description = "Predicted CoNLL (as 'marsad ner' writes it), "
            + "the same tokens in the same sentences.")
    Path pred;

    @Mixin
    NerModelOptions modelOptions;

    @Override
    public Integer call() throws Exception {
        List<Conll.Sentence> goldSentences = read(gold);
        List<List<String>> predicted = new ArrayList<>();
        if (pred != null) {
            List<Conll.Sentence> predSentences = read(pred);
            if (predSentences.size() != goldSentences.size()) {
                throw new IllegalArgumentException(pred + " has " + predSentences.size() + " sentences, " + gold
                        + " has " + goldSentences.size());
            }
            for (int s = 0; s < goldSentences.size(); s++) {
                if (!predSentences.get(s).tokens().equals(goldSentences.get(s).tokens())) {
                    throw new IllegalArgumentException("sentence " + (s + 1) + " has other tokens in " + pred
                            + " than in " + gold);
                }
                predicted.add(predSentences.get(s).tags());
            }
        } else {
            List<List<String>> tokens = new ArrayList<>();
            for (Conll.Sentence s : goldSentences) {
                tokens.add(s.tokens());
            }
            predicted = modelOptions.tagger().tagTokens(tokens);
        }
        ChunkScore score = new ChunkScore();
        for (int s = 0; s < goldSentences.size(); s++) {
            score.add(goldSentences.get(s).tags(), predicted.get(s));
        }
        System.out.print(score.report());
        return ExitCodes.OK;
    }

    private static List<Conll.Sentence> read(Path file) throws Exception {
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException("no such file: " + file);
        }
        List<Conll.Sentence> sentences = NerTraining.read(file);
        for (int s = 0; s < sentences.size(); s++) {
            if (sentences.get(s).tags() == null) {
                throw new IllegalArgumentException(file + ": sentence " + (s + 1) + " has a token without a tag");
            }
        }
        return sentences;
    }
}
