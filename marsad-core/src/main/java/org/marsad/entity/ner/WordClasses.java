package org.marsad.entity.ner;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.zip.GZIPInputStream;

/**
 * Distributional word classes learnt from unlabelled news (see
 * {@code WordClassBuilder}): for each known word, its class at each of a
 * few granularities, coarse to fine. Words of one class occur in the same contexts, so a class
 * feature carries what the labelled data taught about a word to the words it never showed.
 *
 * <p>It also keeps, for each word, how often it occurs in that corpus and how often with the
 * article: rare words and words that never take the article are likelier names.
 *
 * <p>File format (gzip'd UTF-8): {@code #} comment lines, a {@code sizes} line with the class
 * counts, then {@code word TAB class TAB class ... TAB count TAB with-article} a line.
 */
public final class WordClasses {
    /** No class (an unknown word): distinct from every class id. */
    public static final int NONE = -1;
    private static final WordClasses EMPTY = new WordClasses(new int[0], new HashMap<>());

    private final int[] sizes;
    private final Map<String, int[]> classes;

    private WordClasses(int[] sizes, Map<String, int[]> classes) {
        this.sizes = sizes;
        this.classes = classes;
    }

    /** No classes at all (for tests and for training without a corpus). */
    public static WordClasses empty() {
        return EMPTY;
    }

    public static WordClasses read(InputStream gzip) throws IOException {
        BufferedReader r = new BufferedReader(new InputStreamReader(new GZIPInputStream(gzip, 1 << 16),
                StandardCharsets.UTF_8), 1 << 16);
        int[] sizes = null;
        Map<String, int[]> classes = new HashMap<>(1 << 17);
        for (String line; (line = r.readLine()) != null; ) {
            if (line.startsWith("#") || line.isEmpty()) {
                continue;
            }
            String[] f = line.split("\t");
            if (sizes == null) {
                if (!f[0].equals("sizes")) {
                    throw new IOException("word class file: expected the sizes line, found " + line);
                }
                sizes = new int[f.length - 1];
                for (int i = 1; i < f.length; i++) {
                    sizes[i - 1] = Integer.parseInt(f[i]);
                }
                continue;
            }
            int[] ids = new int[sizes.length + 2];
            for (int i = 0; i < ids.length; i++) {
                ids[i] = Integer.parseInt(f[i + 1]);
            }
            classes.put(f[0], ids);
        }
        if (sizes == null) {
            throw new IOException("word class file without a sizes line");
        }
        return new WordClasses(sizes, classes);
    }

    /** Loads a class file from the class path. */
    public static WordClasses load(String resource) {
        try (InputStream in = WordClasses.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("word classes not found on the class path: " + resource);
            }
            return read(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read word classes " + resource, e);
        }
    }

    /** How many granularities each word has a class at. */
    public int levels() {
        return sizes.length;
    }

    public int[] sizes() {
        return Arrays.copyOf(sizes, sizes.length);
    }

    /**
     * The word's classes, coarse to fine, then its corpus count and its count with the article;
     * null for a word not in the corpus vocabulary.
     */
    public int[] of(String key) {
        return classes.get(key);
    }

    public int words() {
        return classes.size();
    }
}
