package org.marsad.time;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import org.marsad.clean.ArticleCleaner;
import org.marsad.doc.Doc;
import org.marsad.doc.TextSpan;
import org.marsad.ingest.ArticleSink;
import org.marsad.ingest.Ingestor;
import org.marsad.ingest.RawArticle;
import org.marsad.ingest.Rejection;
import org.marsad.pipeline.ArticleId;
import org.marsad.pipeline.Pipeline;
import org.marsad.text.SentenceSplitter;
import org.marsad.text.SentenceStage;

/**
 * Measures the temporal tagger alone: the articles are read, cleaned and split into sentences
 * once, untimed, and held in memory; then {@link TimexTagger#tag} runs over all of them on one
 * thread, several times after warm-up runs, and the rate is the median run's UTF-8 megabytes of
 * article text per second. It also gives a digest of everything the tagger outputs under a fixed
 * anchor, so a change meant to be only faster can be shown to change nothing.
 */
public final class TimexBench {
    public static final int DEFAULT_WARMUP_RUNS = 3;
    public static final int DEFAULT_RUNS = 7;
    /** The anchor of {@link #digest}: fixed, so the digest depends on the tagger alone. */
    public static final LocalDate DIGEST_ANCHOR = LocalDate.of(2015, 8, 1);

    /** Cleaned article texts, their sentences, and each article's anchor (publication or download date, or null). */
    public record Corpus(List<String> ids, List<String> texts, List<List<TextSpan>> sentences, List<LocalDate> anchors,
            long utf8Bytes) {
        public int size() {
            return texts.size();
        }
    }

    /** The runs' rates in MB/s (10^6 bytes of UTF-8 text a second), and how many timexes one run found. */
    public record Report(int articles, long utf8Bytes, double[] mbPerSecond, long timexes) {
        public double median() {
            double[] sorted = mbPerSecond.clone();
            Arrays.sort(sorted);
            int n = sorted.length;
            return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
        }

        @Override
        public String toString() {
            double[] sorted = mbPerSecond.clone();
            Arrays.sort(sorted);
            return String.format(Locale.ROOT, "%,d articles, %.1f MB of text, %,d timexes a run; %d runs: median %.1f MB/s "
                    + "(min %.1f, max %.1f)", articles, utf8Bytes / 1e6, timexes, sorted.length, median(), sorted[0],
                    sorted[sorted.length - 1]);
        }
    }

    private TimexBench() {
    }

    /** Reads, cleans and splits every article of the inputs (the untimed part). */
    public static Corpus load(Ingestor ingestor, List<String> inputs) {
        Pipeline sentences = new Pipeline(new ArticleCleaner(), List.of(new SentenceStage()));
        List<String> ids = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        List<List<TextSpan>> spans = new ArrayList<>();
        List<LocalDate> anchors = new ArrayList<>();
        long[] bytes = {0};
        ingestor.read(inputs, new ArticleSink() {
            @Override
            public void accept(RawArticle raw) {
                Doc doc = sentences.analyze(raw, ArticleId.of(raw.text()));
                ids.add(raw.provenance().label());
                texts.add(doc.text());
                spans.add(List.copyOf(doc.get(SentenceSplitter.LAYER)));
                LocalDate anchor = doc.meta().published() != null ? doc.meta().published() : doc.meta().downloaded();
                anchors.add(anchor);
                bytes[0] += doc.text().getBytes(StandardCharsets.UTF_8).length;
            }

            @Override
            public void reject(Rejection rejection) {
            }
        });
        return new Corpus(ids, texts, spans, anchors, bytes[0]);
    }

    public static Report run(Corpus corpus, int warmupRuns, int runs) {
        TimexTagger tagger = new TimexTagger();
        for (int r = 0; r < warmupRuns; r++) {
            tagAll(tagger, corpus);
        }
        double[] rates = new double[runs];
        long found = 0;
        for (int r = 0; r < runs; r++) {
            long start = System.nanoTime();
            found = tagAll(tagger, corpus);
            long nanos = System.nanoTime() - start;
            rates[r] = corpus.utf8Bytes() / 1e6 / (nanos / 1e9);
        }
        return new Report(corpus.size(), corpus.utf8Bytes(), rates, found);
    }

    private static long tagAll(TimexTagger tagger, Corpus corpus) {
        long found = 0;
        for (int a = 0; a < corpus.size(); a++) {
            found += tagger.tag(corpus.texts().get(a), corpus.sentences().get(a), corpus.anchors().get(a)).size();
        }
        return found;
    }

    /**
     * SHA-256 over every timex (offsets, type, value) of every article, tagged with
     * {@link #DIGEST_ANCHOR} and then with no anchor.
     */
    public static String digest(Corpus corpus) {
        TimexTagger tagger = new TimexTagger();
        MessageDigest sha;
        try {
            sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        for (LocalDate anchor : Arrays.asList(DIGEST_ANCHOR, null)) {
            for (int a = 0; a < corpus.size(); a++) {
                for (Timex t : tagger.tag(corpus.texts().get(a), corpus.sentences().get(a), anchor)) {
                    String line = a + "\t" + t.start() + "\t" + t.end() + "\t" + t.type() + "\t" + t.value() + "\n";
                    sha.update(line.getBytes(StandardCharsets.UTF_8));
                }
            }
        }
        return HexFormat.of().formatHex(sha.digest());
    }
}
