package org.marsad.entity.ner;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.zip.GZIPOutputStream;

/**
 * Builds the word-class file ({@link WordClasses}) from an unlabelled corpus: the exchange
 * algorithm at each class count, the runs in parallel (each is deterministic on its own, so the
 * file does not depend on the thread count). The gzip header carries no time stamp, so the same
 * corpus gives the same bytes.
 */
public final class WordClassBuilder {
    /** Class counts, coarse to fine: Brown-prefix-like granularities (Miller et al. 2004 used 8 to 20 bits). */
    public static final int[] SIZES = {64, 256, 1024};
    /** For each level, the level it refines (its classes nest in that one's), or -1 for a flat run. */
    static final int[] REFINE = {-1, -1, 1};
    /** Keys seen fewer times get no class: their contexts are too few to place them. */
    public static final int MIN_COUNT = 5;
    /** Passes of the exchange algorithm; moves have mostly stopped after about ten. */
    public static final int MAX_PASSES = 12;

    private WordClassBuilder() {
    }

    /** Reads the corpus, clusters it and writes the class file; returns the vocabulary size. */
    public static int build(Path corpusDir, Path out, int threads, Writer log) throws IOException {
        long t0 = System.nanoTime();
        NewsCorpus.Encoded corpus = NewsCorpus.read(corpusDir, MIN_COUNT);
        int words = corpus.vocabulary().length + 1; // the last id is every rare key
        note(log, "word classes: %,d tokens, %,d keys seen %d+ times (%.0f s)", corpus.ids().length, words - 1,
                MIN_COUNT, (System.nanoTime() - t0) / 1e9);
        int[][] classes = new int[SIZES.length][];
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads));
        try {
            // the flat levels are independent runs; each refined level waits for its parent
            List<Future<int[]>> runs = new ArrayList<>();
            for (int i = 0; i < SIZES.length; i++) {
                int size = SIZES[i];
                runs.add(REFINE[i] < 0 ? pool.submit(() -> new ExchangeClustering(size, corpus.ids(), words)
                        .run(MAX_PASSES, words / 1000)) : null);
            }
            for (int i = 0; i < SIZES.length; i++) {
                if (runs.get(i) == null) {
                    int parent = REFINE[i];
                    classes[i] = new ExchangeClustering(SIZES[i], corpus.ids(), words)
                            .refine(classes[parent], SIZES[i] / SIZES[parent], MAX_PASSES, words / 1000);
                } else {
                    classes[i] = runs.get(i).get();
                }
                note(log, "word classes: %d classes done (%.0f s)", SIZES[i], (System.nanoTime() - t0) / 1e9);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        } catch (ExecutionException e) {
            throw new IOException("clustering failed", e.getCause());
        } finally {
            pool.shutdown();
        }
        write(out, corpus, classes, corpusDir.getFileName().toString());
        return words - 1;
    }

    private static void write(Path out, NewsCorpus.Encoded corpus, int[][] classes, String corpusName) throws IOException {
        if (out.getParent() != null) {
            Files.createDirectories(out.getParent());
        }
        try (OutputStream file = Files.newOutputStream(out);
                Writer w = new OutputStreamWriter(new GZIPOutputStream(file, 1 << 16), StandardCharsets.UTF_8)) {
            w.write("# Word classes for the named-entity recogniser, learnt by the exchange algorithm\n");
            w.write("# (ExchangeClustering) from the " + corpusName + " corpus;\n");
            w.write("# built by 'marsad train ner'. Word: the stem as the tokenizer gives it, numbers as 0;\n");
            w.write("# then its class at each size, its count, and how many times it had the article.\n");
            StringBuilder sizes = new StringBuilder("sizes");
            for (int s : SIZES) {
                sizes.append('\t').append(s);
            }
            w.write(sizes.append('\n').toString());
            StringBuilder line = new StringBuilder();
            String[] vocabulary = corpus.vocabulary();
            for (int id = 0; id < vocabulary.length; id++) {
                if (vocabulary[id].equals(NewsCorpus.BOUNDARY)) {
                    continue;
                }
                line.setLength(0);
                line.append(vocabulary[id]);
                for (int[] c : classes) {
                    line.append('\t').append(c[id]);
                }
                line.append('\t').append(corpus.counts()[id]).append('\t').append(corpus.definite()[id]);
                w.write(line.append('\n').toString());
            }
        }
    }

    private static void note(Writer log, String format, Object... args) throws IOException {
        log.write(String.format(java.util.Locale.ROOT, format, args) + "\n");
        log.flush();
    }
}
