package org.marsad.entity.ner;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * The named-entity recogniser: BIO tags over PER, LOC, ORG and MISC from two linear-chain
 * models over {@link Features}, decoded by {@link Viterbi}. The first pass tags each sentence on
 * its own; the second sees, besides the same features, what the first predicted for the other
 * occurrences of each word in the surrounding sentences ({@link DocumentContext}), and runs again
 * over its own predictions ({@link #SECOND_PASS_RUNS}). Thread-safe: tagging keeps no state.
 *
 * <pre>{@code
 * NerTagger ner = NerTagger.standard();
 * List<String> tags = ner.tagTokens(List.of("قال", "الرئيس", "أوباما"));
 * }</pre>
 */
public final class NerTagger {
    /** The bundled model and word classes, on the class path. */
    public static final String MODEL_RESOURCE = "/org/marsad/entity/ner/model.bin.gz";
    public static final String CLASSES_RESOURCE = "/org/marsad/entity/ner/word-classes.tsv.gz";
    private static final int MAGIC = 0x4e455231; // "NER1"
    /** 2 added the segment flag; a version 1 model decodes over tags alone. */
    private static final int VERSION = 2;

    private static volatile NerTagger standard;

    private final CompactModel first;
    private final CompactModel second;
    private final Features features;
    private final boolean segments;

    NerTagger(CompactModel first, CompactModel second, Features features, boolean segments) {
        for (CompactModel m : List.of(first, second)) {
            if (m.bits() != features.bits() || m.signature() != features.signature()) {
                throw new IllegalArgumentException("the model was trained with other features or resources ("
                        + m.signature() + " bits " + m.bits() + ", these are " + features.signature() + " bits "
                        + features.bits() + ")");
            }
        }
        if (!first.tags().tags().equals(second.tags().tags())) {
            throw new IllegalArgumentException("the two passes predict different tags");
        }
        this.first = first;
        this.second = second;
        this.features = features;
        this.segments = segments;
        if (segments) {
            SemiMarkov.requireLayout(first.tags());
        }
    }

    /** The bundled model, loaded once. */
    public static NerTagger standard() {
        NerTagger t = standard;
        if (t == null) {
            synchronized (NerTagger.class) {
                t = standard;
                if (t == null) {
                    t = load();
                    standard = t;
                }
            }
        }
        return t;
    }

    /** Loads the bundled model afresh (the benchmark times this). */
    public static NerTagger load() {
        WordClasses classes = WordClasses.load(CLASSES_RESOURCE);
        try (InputStream in = NerTagger.class.getResourceAsStream(MODEL_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("NER model not found on the class path: " + MODEL_RESOURCE);
            }
            return read(in, classes);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the NER model " + MODEL_RESOURCE, e);
        }
    }

    /** Reads a model file written by {@link #write}, to run over the given word classes. */
    public static NerTagger read(InputStream in, WordClasses classes) throws IOException {
        DataInputStream d = new DataInputStream(new BufferedInputStream(new GZIPInputStream(in, 1 << 16), 1 << 16));
        if (d.readInt() != MAGIC) {
            throw new IOException("not a marsad NER model");
        }
        int version = d.readInt();
        if (version < 1 || version > VERSION) {
            throw new IOException("NER model version " + version + ", this marsad reads 1 to " + VERSION);
        }
        boolean segments = false;
        if (version >= 2) {
            int length = d.readInt();
            if (length != 0 && length != SemiMarkov.MAX_LENGTH) {
                throw new IOException("NER model decodes entities of up to " + length + " tokens, this marsad "
                        + SemiMarkov.MAX_LENGTH);
            }
            segments = length > 0;
        }
        CompactModel first = CompactModel.read(d);
        CompactModel second = CompactModel.read(d);
        return new NerTagger(first, second, new Features(classes, Gazetteers.standard(), first.bits()), segments);
    }

    /** Writes both passes, gzip'd; the same model gives the same bytes. The caller closes {@code out}. */
    public void write(OutputStream out) throws IOException {
        GZIPOutputStream gzip = new GZIPOutputStream(out, 1 << 16);
        DataOutputStream d = new DataOutputStream(new BufferedOutputStream(gzip, 1 << 16));
        d.writeInt(MAGIC);
        d.writeInt(VERSION);
        d.writeInt(segments ? SemiMarkov.MAX_LENGTH : 0);
        first.write(d);
        second.write(d);
        d.flush();
        gzip.finish();
    }

    public TagSet tags() {
        return first.tags();
    }

    public Features features() {
        return features;
    }

    CompactModel first() {
        return first;
    }

    CompactModel second() {
        return second;
    }

    /**
     * How many times the second pass runs at tagging time. The first run reads the first pass's
     * tags as the context of each word's other occurrences; each later run reads the previous
     * run's own tags, which are better (so the context is too), and the model needs no change:
     * it only reads tags. One more run gained 0.15 F1 on five-fold cross-validation on ANERcorp's
     * training file (better on every fold) and 0.4 on its dev part; a third changed nothing.
     */
    static final int SECOND_PASS_RUNS = 2;

    /**
     * The tag indices of consecutive sentences of one text (an article, or a CoNLL file), which
     * the second pass reads as each other's context.
     */
    public List<int[]> tagIndices(List<List<Word>> sentences) {
        return tagIndices(sentences, SECOND_PASS_RUNS);
    }

    /** {@link #tagIndices(List)} with the second pass run {@code runs} times (at least once). */
    List<int[]> tagIndices(List<List<Word>> sentences, int runs) {
        if (runs < 1) {
            throw new IllegalArgumentException("the second pass runs at least once: " + runs);
        }
        // the second pass's scores of the sentence features, summed once for all its runs
        List<int[]> base = new ArrayList<>(sentences.size());
        List<int[]> tagged = new ArrayList<>(sentences.size());
        List<float[]> secondSegments = segments ? new ArrayList<>(sentences.size()) : null;
        float[] emissions = new float[64 * tags().size()];
        for (List<Word> s : sentences) {
            Features.Prepared prepared = features.prepare(s);
            int[][] f = features.extract(prepared);
            base.add(second.sums(f));
            emissions = fit(emissions, s.size());
            first.emissions(f, null, emissions);
            if (secondSegments != null) {
                SegmentFeatures candidates = features.segments(prepared);
                secondSegments.add(second.segmentScores(candidates));
                tagged.add(SemiMarkov.decode(emissions, s.size(), first.transitions, tags(),
                        first.segmentScores(candidates)));
            } else {
                tagged.add(Viterbi.decode(emissions, s.size(), first.transitions, tags()));
            }
        }
        for (int run = 0; run < runs; run++) {
            tagged = secondPass(sentences, base, tagged, emissions, secondSegments);
        }
        return tagged;
    }

    /** The second pass over the sentences, with {@code context} the tags their document features read. */
    private List<int[]> secondPass(List<List<Word>> sentences, List<int[]> base, List<int[]> context,
            float[] emissions, List<float[]> segmentScores) {
        int[][][] document = DocumentContext.features(sentences, context, tags().size(), features.bits());
        List<int[]> out = new ArrayList<>(sentences.size());
        for (int s = 0; s < sentences.size(); s++) {
            emissions = fit(emissions, sentences.get(s).size());
            second.emissions(base.get(s), document[s], emissions);
            out.add(segmentScores != null
                    ? SemiMarkov.decode(emissions, sentences.get(s).size(), second.transitions, tags(),
                            segmentScores.get(s))
                    : Viterbi.decode(emissions, sentences.get(s).size(), second.transitions, tags()));
        }
        return out;
    }

    private float[] fit(float[] emissions, int tokens) {
        int need = tokens * tags().size();
        return emissions.length >= need ? emissions : new float[need * 2];
    }

    /** The BIO tags of consecutive sentences of one text. */
    public List<List<String>> tag(List<List<Word>> sentences) {
        List<List<String>> out = new ArrayList<>(sentences.size());
        for (int[] best : tagIndices(sentences)) {
            List<String> tags = new ArrayList<>(best.length);
            for (int t : best) {
                tags.add(tags().tag(t));
            }
            out.add(tags);
        }
        return out;
    }

    /** The BIO tags of pre-tokenised consecutive sentences of one text. */
    public List<List<String>> tagTokens(List<List<String>> sentences) {
        List<List<Word>> words = new ArrayList<>(sentences.size());
        for (List<String> s : sentences) {
            words.add(NerTraining.words(s));
        }
        return tag(words);
    }
}
