package org.marsad.entity.ner;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;

/**
 * The training recipe of the bundled model, in one place: read CoNLL data, carve the dev part off
 * the end of the training file, extract features, train both passes, score.
 *
 * <p>The second pass must learn from first-pass predictions as good (and as wrong) as those it
 * will see on new text, so on the training data they come from jackknifing: the first pass is
 * trained {@link #FOLDS} times, each time without one part, and tags that part.
 *
 * <p>Each pass is the sum of {@link #REPLICAS} perceptrons that differ only in the seed of their
 * sentence order: the averaged perceptron still depends on that order, and summing the weights of
 * a few orders (a bagging-like average that costs nothing at tagging time) smooths it out.
 */
public final class NerTraining {
    /** Hash-table size of the bundled model: 2^20 buckets keep collisions rare for its ~400k features. */
    public static final int BITS = 20;
    /** Perceptron epochs of the bundled model, chosen on the dev part (see the README's NER section). */
    public static final int EPOCHS = 5;
    /** The dev part: this fraction of the training file's sentences, from its end. */
    public static final double DEV_FRACTION = 0.1;
    /** Jackknife folds for the first-pass predictions the second pass trains on. */
    public static final int FOLDS = 5;
    public static final long SEED = 20240611L;
    /** The cost of a wrong tag while training ({@link PerceptronTrainer}), chosen by cross-validation on train. */
    public static final float MARGIN = 10;
    /** Differently seeded perceptrons summed into each pass, chosen by cross-validation on train. */
    public static final int REPLICAS = 5;

    private NerTraining() {
    }

    /**
     * The settings of one training run: the perceptron's, the CRF's for the passes it trains
     * ({@code crf} null: the perceptron trains both), and whether the passes decode over entity
     * segments ({@link SemiMarkov}) or over tags alone.
     */
    public record Settings(int bits, int epochs, long seed, float margin, int replicas, Crf crf, boolean segments) {
        public Settings {
            if (replicas < 1) {
                throw new IllegalArgumentException("replicas must be at least 1: " + replicas);
            }
        }

        public Settings(int bits, int epochs, long seed, float margin, int replicas) {
            this(bits, epochs, seed, margin, replicas, null, true);
        }

        public static Settings standard() {
            return new Settings(BITS, EPOCHS, SEED, MARGIN, REPLICAS);
        }

        public Settings withEpochs(int n) {
            return new Settings(bits, n, seed, margin, replicas, crf, segments);
        }

        public Settings withCrf(Crf c) {
            return new Settings(bits, epochs, seed, margin, replicas, c, segments);
        }

        /** Tags alone, as the recogniser decoded before segments (for comparison). */
        public Settings withoutSegments() {
            return new Settings(bits, epochs, seed, margin, replicas, crf, false);
        }
    }

    /** A {@link CrfTrainer}'s settings, and which passes it trains instead of the perceptron. */
    public record Crf(double c2, double eta0, float cost, int epochs, int replicas, boolean first, boolean second) {
        public Crf {
            if (replicas < 1 || epochs < 1 || !(c2 > 0) || !(eta0 > 0)) {
                throw new IllegalArgumentException("bad CRF settings: " + c2 + ", " + eta0 + ", " + epochs + ", "
                        + replicas);
            }
        }
    }

    public static List<Conll.Sentence> read(Path conll) throws IOException {
        try (BufferedReader r = Files.newBufferedReader(conll, StandardCharsets.UTF_8)) {
            return Conll.read(r);
        }
    }

    /** The first {@code 1 - fraction} of the sentences (train) and the rest (dev), in file order. */
    public static List<List<Conll.Sentence>> split(List<Conll.Sentence> sentences, double fraction) {
        int dev = (int) Math.round(sentences.size() * fraction);
        int cut = sentences.size() - dev;
        return List.of(sentences.subList(0, cut), sentences.subList(cut, sentences.size()));
    }

    /** BIO over the entity types the sentences use, in sorted order. */
    public static TagSet tagSet(List<Conll.Sentence> sentences) {
        TreeSet<String> types = new TreeSet<>();
        for (Conll.Sentence s : sentences) {
            for (String tag : s.tags()) {
                if (!tag.equals(TagSet.OUTSIDE)) {
                    if (!tag.startsWith("B-") && !tag.startsWith("I-")) {
                        throw new IllegalArgumentException("not a BIO tag: " + tag);
                    }
                    types.add(tag.substring(2));
                }
            }
        }
        return TagSet.ofTypes(new ArrayList<>(types));
    }

    /** Trains both passes on tagged sentences (consecutive, as in their file). */
    public static NerTagger train(List<Conll.Sentence> train, TagSet tags, Features features, Settings settings,
            Consumer<String> log) {
        List<List<Word>> words = new ArrayList<>(train.size());
        List<int[][]> x = new ArrayList<>(train.size());
        List<int[]> y = new ArrayList<>(train.size());
        List<SegmentFeatures> segments = settings.segments() ? new ArrayList<>(train.size()) : null;
        for (Conll.Sentence s : train) {
            List<Word> w = words(s.tokens());
            words.add(w);
            Features.Prepared prepared = features.prepare(w);
            x.add(features.extract(prepared));
            y.add(gold(s, tags));
            if (segments != null) {
                segments.add(features.segments(prepared));
            }
        }
        List<int[]> jackknifed = new ArrayList<>(train.size());
        for (int k = 0; k < FOLDS; k++) {
            int from = train.size() * k / FOLDS;
            int to = train.size() * (k + 1) / FOLDS;
            List<int[][]> foldX = new ArrayList<>(x.subList(0, from));
            foldX.addAll(x.subList(to, x.size()));
            List<int[]> foldY = new ArrayList<>(y.subList(0, from));
            foldY.addAll(y.subList(to, y.size()));
            List<SegmentFeatures> foldSegments = null;
            if (segments != null) {
                foldSegments = new ArrayList<>(segments.subList(0, from));
                foldSegments.addAll(segments.subList(to, segments.size()));
            }
            LinearModel m = fit(tags, features, settings, true, foldX, foldSegments, foldY);
            for (int s = from; s < to; s++) {
                jackknifed.add(decode(m, x.get(s), segments == null ? null : segments.get(s)));
            }
            log.accept(String.format(Locale.ROOT, "first pass, fold %d of %d: done", k + 1, FOLDS));
        }
        LinearModel first = fit(tags, features, settings, true, x, segments, y);
        log.accept("first pass: done");
        int[][][] document = DocumentContext.features(words, jackknifed, tags.size(), features.bits());
        List<int[][]> x2 = new ArrayList<>(train.size());
        for (int s = 0; s < x.size(); s++) {
            x2.add(DocumentContext.join(x.get(s), document[s]));
        }
        LinearModel second = fit(tags, features, settings, false, x2, segments, y);
        log.accept("second pass: done");
        return new NerTagger(CompactModel.of(first), CompactModel.of(second), features, settings.segments());
    }

    private static int[] decode(LinearModel model, int[][] f, SegmentFeatures segments) {
        float[] emissions = new float[f.length * model.tags().size()];
        model.emissions(f, emissions);
        if (segments != null) {
            return SemiMarkov.decode(emissions, f.length, model.transitions, model.tags(),
                    model.segmentScores(segments, null));
        }
        return Viterbi.decode(emissions, f.length, model.transitions, model.tags());
    }

    /** The sum of the settings' replicas; the sum scores as their mean does, scale aside. */
    private static LinearModel fit(TagSet tags, Features features, Settings settings, boolean firstPass,
            List<int[][]> x, List<SegmentFeatures> segments, List<int[]> y) {
        Crf crf = settings.crf();
        boolean useCrf = crf != null && (firstPass ? crf.first() : crf.second());
        LinearModel sum = null;
        for (int r = 0; r < (useCrf ? crf.replicas() : settings.replicas()); r++) {
            LinearModel m = useCrf
                    ? new CrfTrainer(tags, settings.bits(), features.signature(), settings.seed() + r, crf.c2(),
                            crf.eta0(), crf.cost()).train(x, y, crf.epochs())
                    : new PerceptronTrainer(tags, settings.bits(), features.signature(), settings.seed() + r,
                            settings.margin()).train(x, segments, y, settings.epochs(), null);
            if (sum == null) {
                sum = m;
            } else {
                sum.add(m);
            }
        }
        return sum;
    }

    private static int[] gold(Conll.Sentence s, TagSet tags) {
        int[] gold = new int[s.size()];
        for (int i = 0; i < gold.length; i++) {
            gold[i] = tags.index(s.tags().get(i));
            if (gold[i] < 0) {
                throw new IllegalArgumentException("tag " + s.tags().get(i) + " is not in " + tags.tags());
            }
        }
        return gold;
    }

    /**
     * K-fold cross-validation: {@code k} models, each trained without one contiguous part of the
     * sentences and scored on it, their scores pooled. Choices between settings are made on this
     * rather than on the dev part alone, which is too small to tell them apart.
     */
    public static ChunkScore crossValidate(List<Conll.Sentence> sentences, int k, TagSet tags, Features features,
            Settings settings, int threads, Consumer<String> log) throws InterruptedException {
        if (k < 2 || k > sentences.size()) {
            throw new IllegalArgumentException("folds must be from 2 to the sentence count: " + k);
        }
        ChunkScore[] scores = new ChunkScore[k];
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads));
        try {
            List<Future<?>> runs = new ArrayList<>();
            for (int f = 0; f < k; f++) {
                int from = (int) ((long) sentences.size() * f / k);
                int to = (int) ((long) sentences.size() * (f + 1) / k);
                int fold = f;
                runs.add(pool.submit(() -> {
                    List<Conll.Sentence> train = new ArrayList<>(sentences.subList(0, from));
                    train.addAll(sentences.subList(to, sentences.size()));
                    scores[fold] = evaluate(train(train, tags, features, settings, m -> { }),
                            sentences.subList(from, to));
                    log.accept(String.format(Locale.ROOT, "fold %d of %d: F1 %.2f", fold + 1, k,
                            scores[fold].micro().f1()));
                }));
            }
            for (Future<?> run : runs) {
                run.get();
            }
        } catch (ExecutionException e) {
            throw new IllegalStateException("a fold failed to train", e.getCause());
        } finally {
            pool.shutdown();
        }
        ChunkScore pooled = new ChunkScore();
        for (ChunkScore score : scores) {
            pooled.addAll(score);
        }
        return pooled;
    }

    /** Tags the sentences' tokens (as one consecutive text) and scores the tags against theirs. */
    public static ChunkScore evaluate(NerTagger tagger, List<Conll.Sentence> gold) {
        List<List<String>> tokens = new ArrayList<>(gold.size());
        for (Conll.Sentence s : gold) {
            tokens.add(s.tokens());
        }
        List<List<String>> predicted = tagger.tagTokens(tokens);
        ChunkScore score = new ChunkScore();
        for (int s = 0; s < gold.size(); s++) {
            score.add(gold.get(s).tags(), predicted.get(s));
        }
        return score;
    }

    static List<Word> words(List<String> tokens) {
        List<Word> words = new ArrayList<>(tokens.size());
        for (String t : tokens) {
            words.add(Word.of(t));
        }
        return words;
    }
}
