package org.marsad.cli;

import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.marsad.entity.ner.ChunkScore;
import org.marsad.entity.ner.Conll;
import org.marsad.entity.ner.Features;
import org.marsad.entity.ner.Gazetteers;
import org.marsad.entity.ner.NerTagger;
import org.marsad.entity.ner.NerTraining;
import org.marsad.entity.ner.TagSet;
import org.marsad.entity.ner.WordClassBuilder;
import org.marsad.entity.ner.WordClasses;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code marsad train ner}: the bundled named-entity model, from ANERcorp's training file and
 * word classes learnt from SaudiNewsNet (built on the first run, then reused). Deterministic:
 * the same inputs give a byte-identical model.
 */
@Command(name = "ner", mixinStandardHelpOptions = true,
        description = "Train the named-entity model: score it on a dev part carved from the end of the training "
                + "file, then train on the whole file and write the model.")
final class TrainNerCommand implements Callable<Integer> {
    private static final String RESOURCES = "marsad-core/src/main/resources/org/marsad/entity/ner/";

    @Option(names = "--train", paramLabel = "FILE", description = "Training data, CoNLL token TAB BIO-tag "
            + "(default: ANERcorp's train.conll in the shared folder).")
    Path train;

    @Option(names = "--corpus", paramLabel = "DIR", description = "Unlabelled news for the word classes, "
            + "SaudiNewsNet's zips (default: the shared folder's corpus/saudinewsnet).")
    Path corpus;

    @Option(names = "--classes", paramLabel = "FILE", description = "The word-class file: read if it exists, "
            + "else built from --corpus (default: the bundled one in the source tree).")
    Path classes;

    @Option(names = "--rebuild-classes", description = "Build the word classes even if the file exists.")
    boolean rebuildClasses;

    @Option(names = "--out", paramLabel = "FILE", description = "Where to write the model "
            + "(default: the bundled one in the source tree).")
    Path out;

    @Option(names = "--dev-fraction", paramLabel = "F", defaultValue = "0.1", description = "Score on this "
            + "fraction of the training sentences, from the end, first; 0 skips it (default: ${DEFAULT-VALUE}).")
    double devFraction;

    @Option(names = "--epochs", paramLabel = "N", description = "Perceptron epochs (default: the tuned value).")
    Integer epochs;

    @Option(names = "--cross-validate", paramLabel = "K", description = "Instead of training the model: "
            + "K-fold cross-validation on the training file (contiguous folds), scores pooled; writes nothing.")
    Integer folds;

    @Option(names = "--no-segments", description = "Decode over tags alone, not over entity segments "
            + "(the recogniser before segments, for comparison).")
    boolean noSegments;

    @Option(names = "--crf", paramLabel = "PASSES", description = "Train these passes as CRFs instead of "
            + "perceptrons: first, second or both (default: neither).")
    String crfPasses;

    @Option(names = "--crf-c2", paramLabel = "C", defaultValue = "0.1",
            description = "The CRF's L2 penalty coefficient (default: ${DEFAULT-VALUE}).")
    double crfC2;

    @Option(names = "--crf-rate", paramLabel = "ETA", defaultValue = "1",
            description = "The CRF's first SGD step size (default: ${DEFAULT-VALUE}).")
    double crfRate;

    @Option(names = "--crf-cost", paramLabel = "C", defaultValue = "0",
            description = "The CRF's softmax-margin cost of a wrong tag (default: ${DEFAULT-VALUE}).")
    float crfCost;

    @Option(names = "--crf-epochs", paramLabel = "N", defaultValue = "10",
            description = "The CRF's SGD epochs (default: ${DEFAULT-VALUE}).")
    int crfEpochs;

    @Option(names = "--threads", paramLabel = "N", defaultValue = "2",
            description = "Threads for the word classes and the cross-validation folds; neither depends on it "
                    + "(default: ${DEFAULT-VALUE}).")
    int threads;

    @Override
    public Integer call() throws Exception {
        PrintStream log = System.out;
        Path shared = SharedData.folder();
        Path trainFile = train != null ? train : shared.resolve("data/ner/anercorp/train.conll");
        Path classFile = classes != null ? classes : SharedData.checkout().resolve(RESOURCES + "word-classes.tsv.gz");
        Path modelFile = out != null ? out : SharedData.checkout().resolve(RESOURCES + "model.bin.gz");
        if (!Files.isRegularFile(trainFile)) {
            throw new IllegalArgumentException("no training file at " + trainFile + " (give --train)");
        }
        if (rebuildClasses || !Files.isRegularFile(classFile)) {
            Path corpusDir = corpus != null ? corpus : shared.resolve("corpus/saudinewsnet");
            if (!Files.isDirectory(corpusDir)) {
                throw new IllegalArgumentException("no word classes at " + classFile + " and no corpus at "
                        + corpusDir + " to build them from (give --classes or --corpus)");
            }
            log.println("building word classes from " + corpusDir + " into " + classFile);
            WordClassBuilder.build(corpusDir, classFile, threads,
                    new PrintWriter(new OutputStreamWriter(log, StandardCharsets.UTF_8), true));
        }
        WordClasses wordClasses;
        try (InputStream in = Files.newInputStream(classFile)) {
            wordClasses = WordClasses.read(in);
        }
        NerTraining.Settings settings = NerTraining.Settings.standard();
        if (epochs != null) {
            settings = settings.withEpochs(epochs);
        }
        if (crfPasses != null) {
            settings = settings.withCrf(crf());
        }
        if (noSegments) {
            settings = settings.withoutSegments();
        }
        Features features = new Features(wordClasses, Gazetteers.standard(), settings.bits());
        List<Conll.Sentence> sentences = NerTraining.read(trainFile);
        TagSet tags = NerTraining.tagSet(sentences);
        log.printf(Locale.ROOT, "%,d training sentences from %s; tags %s%n", sentences.size(), trainFile, tags.tags());
        if (folds != null) {
            ChunkScore pooled = NerTraining.crossValidate(sentences, folds, tags, features, settings, threads,
                    log::println);
            log.printf(Locale.ROOT, "%d-fold cross-validation on %s, pooled:%n", folds, trainFile);
            log.print(pooled.report());
            return ExitCodes.OK;
        }
        if (devFraction > 0) {
            List<List<Conll.Sentence>> parts = NerTraining.split(sentences, devFraction);
            long t0 = System.nanoTime();
            NerTagger devModel = NerTraining.train(parts.get(0), tags, features, settings, log::println);
            ChunkScore score = NerTraining.evaluate(devModel, parts.get(1));
            log.printf(Locale.ROOT, "dev (last %d sentences), trained on the %d before them in %.0f s:%n",
                    parts.get(1).size(), parts.get(0).size(), (System.nanoTime() - t0) / 1e9);
            log.print(score.report());
        }
        long t0 = System.nanoTime();
        NerTagger model = NerTraining.train(sentences, tags, features, settings, log::println);
        if (modelFile.getParent() != null) {
            Files.createDirectories(modelFile.getParent());
        }
        try (OutputStream o = Files.newOutputStream(modelFile)) {
            model.write(o);
        }
        log.printf(Locale.ROOT, "model trained on all %d sentences in %.0f s, written to %s (%,d bytes)%n",
                sentences.size(), (System.nanoTime() - t0) / 1e9, modelFile, Files.size(modelFile));
        return ExitCodes.OK;
    }

    private NerTraining.Crf crf() {
        boolean first = crfPasses.equals("first") || crfPasses.equals("both");
        boolean second = crfPasses.equals("second") || crfPasses.equals("both");
        if (!first && !second) {
            throw new IllegalArgumentException("--crf takes first, second or both: " + crfPasses);
        }
        return new NerTraining.Crf(crfC2, crfRate, crfCost, crfEpochs, 1, first, second);
    }
}
