package org.marsad.entity.ner;

import java.util.Arrays;
import java.util.List;
import org.marsad.text.Token;

/**
 * The features of each token of a sentence, as buckets of a hashed weight table (the hashing
 * trick of Weinberger et al. 2009: no feature dictionary to store or look up). The templates are
 * those of the strong feature-based Arabic NER systems (Benajiba, Diab and Rosso 2008; Abdul-Hamid
 * and Darwish 2010) and of Ratinov and Roth (2009) for the word classes:
 *
 * <ul>
 *   <li>the word: surface, normalised form, stem, proclitics, and the normalised words at ±1, ±2;
 *       the stems at ±1; the word and stem bigrams around it;</li>
 *   <li>the stem's first and last one to four letters and its letter trigrams (Arabic morphology
 *       and the shapes of transliterated names), the word's shape (kind and length);</li>
 *   <li>its word classes ({@link WordClasses}) in bigrams with its neighbours' and with its
 *       proclitics, and alone at the finer granularities;</li>
 *   <li>how frequent the word is in the unlabelled corpus and how often it takes the article
 *       there, for it and its neighbours;</li>
 *   <li>name-list and trigger matches of the word and its neighbours at ±2 ({@link Gazetteers}).</li>
 * </ul>
 *
 * <p>{@link #segments} gives the features of candidate entities as wholes, for {@link SemiMarkov}
 * decoding.
 *
 * <p>Every feature is a template id mixed with the hash of its values; strings are hashed once
 * per token, so extraction allocates only the per-token bucket arrays.
 */
public final class Features {
    private static final long BOS = 0x5bd1e9955bd1e995L;
    private static final long EOS = 0x27d4eb2f165667c5L;
    private static final int MAX_AFFIX = 4;

    // template ids; a new template takes a new id, so old ones keep their buckets
    private static final int BIAS = 1;
    private static final int SURFACE = 2;
    private static final int NORM = 3;
    private static final int STEM = 4;
    private static final int PREFIX = 5;
    private static final int NORM_AT = 10; // + offset + 2
    private static final int STEM_AT = 20; // + offset + 1
    private static final int BIGRAM_LEFT = 25;
    private static final int BIGRAM_RIGHT = 26;
    private static final int STEM_START = 30; // + length
    private static final int STEM_END = 40; // + length
    private static final int SHAPE = 50;
    private static final int SHAPE_AT = 51; // + offset + 1
    private static final int FIRST = 55;
    private static final int CLASS = 60; // + level
    private static final int CLASS_LEFT = 120; // + level
    private static final int CLASS_RIGHT = 130; // + level
    private static final int MASK_BIT = 200; // + bit
    private static final int MASK_AT = 300; // + 40 * (offset + 2) + bit
    private static final int PREFIX_CLASS = 500; // + level
    private static final int FREQUENCY = 510;
    private static final int DEFINITE = 511;
    private static final int PROFILE_AT = 512; // + offset + 1: frequency and article of a neighbour
    private static final int STEM_BIGRAM = 520;
    private static final int TRIGRAM = 521;

    private final WordClasses classes;
    private final Gazetteers gazetteers;
    private final int bits;

    /**
     * @param bits the weight table has {@code 2^bits} buckets
     */
    public Features(WordClasses classes, Gazetteers gazetteers, int bits) {
        if (bits < 8 || bits > 26) {
            throw new IllegalArgumentException("bits out of range: " + bits);
        }
        this.classes = classes;
        this.gazetteers = gazetteers;
        this.bits = bits;
    }

    public int bits() {
        return bits;
    }

    /** How often the stem occurs in the unlabelled corpus the word classes were learnt from (0 if never). */
    public int corpusCount(String stem) {
        int[] c = classes.of(stem);
        return c == null ? 0 : c[classes.levels()];
    }

    /** A fingerprint of the resources the features read, stored with a model. */
    public long signature() {
        return gazetteers.signature() * 31 + classes.words() * 7L + classes.levels();
    }

    /**
     * What every feature template reads of a sentence, computed once for both the token features
     * and the segment features: word hashes, classes and corpus counts, padded with boundaries so
     * neighbours need no bounds checks (norm and classes by two, stem and shape by one), and the
     * name-list masks.
     */
    static final class Prepared {
        final List<Word> words;
        final long[] norm;
        final long[] stem;
        final long[] shape;
        final int[][] cls;
        final long[] counts;
        /** The proclitics' hash of each token, then 0 past the end. */
        final long[] prefix;
        final int[] masks;

        private Prepared(List<Word> words, long[] norm, long[] stem, long[] shape, int[][] cls, long[] counts,
                long[] prefix, int[] masks) {
            this.words = words;
            this.norm = norm;
            this.stem = stem;
            this.shape = shape;
            this.cls = cls;
            this.counts = counts;
            this.prefix = prefix;
            this.masks = masks;
        }
    }

    /** The sentence as the templates read it, for {@link #extract(Prepared)} and {@link #segments(Prepared)}. */
    Prepared prepare(List<Word> sentence) {
        int n = sentence.size();
        long[] norm = new long[n + 4];
        long[] stem = new long[n + 2];
        long[] shape = new long[n + 2];
        int[][] cls = new int[n + 4][];
        long[] counts = new long[n + 4];
        long[] prefix = new long[n + 1];
        Arrays.fill(counts, -2);
        Arrays.fill(norm, 0, 2, BOS);
        Arrays.fill(norm, n + 2, n + 4, EOS);
        stem[0] = BOS;
        stem[n + 1] = EOS;
        shape[0] = BOS;
        shape[n + 1] = EOS;
        int levels = classes.levels();
        int[] boundary = new int[levels];
        Arrays.fill(boundary, -2);
        cls[0] = cls[1] = cls[n + 2] = cls[n + 3] = boundary;
        int[] unknown = new int[levels];
        Arrays.fill(unknown, WordClasses.NONE);
        for (int i = 0; i < n; i++) {
            Word w = sentence.get(i);
            norm[i + 2] = hash(w.norm());
            stem[i + 1] = hash(w.stem());
            shape[i + 1] = shape(w);
            prefix[i] = hash(w.prefix());
            int[] c = classes.of(w.classKey());
            cls[i + 2] = c != null ? c : unknown;
            counts[i + 2] = c == null ? -1 : frequency(c[levels]) * 8L + definiteness(c[levels], c[levels + 1]);
        }
        return new Prepared(sentence, norm, stem, shape, cls, counts, prefix, gazetteers.masks(sentence));
    }

    /** The buckets of every token's features, one array a token. */
    public int[][] extract(List<Word> sentence) {
        return extract(prepare(sentence));
    }

    int[][] extract(Prepared p) {
        List<Word> sentence = p.words;
        int n = sentence.size();
        long[] norm = p.norm;
        long[] stem = p.stem;
        long[] shape = p.shape;
        int[][] cls = p.cls;
        long[] counts = p.counts;
        int[] masks = p.masks;
        int levels = classes.levels();
        int[][] out = new int[n][];
        long[] f = new long[96 + 5 * Gazetteers.BITS + 8 * classes.levels()];
        for (int i = 0; i < n; i++) {
            Word w = sentence.get(i);
            int k = 0;
            f[k++] = mix(BIAS, 0);
            f[k++] = mix(SURFACE, hash(w.surface()));
            f[k++] = mix(NORM, norm[i + 2]);
            f[k++] = mix(STEM, stem[i + 1]);
            long prefix = p.prefix[i];
            f[k++] = mix(PREFIX, prefix);
            for (int d = -2; d <= 2; d++) {
                if (d != 0) {
                    f[k++] = mix(NORM_AT + d + 2, norm[i + 2 + d]);
                }
            }
            f[k++] = mix(STEM_AT, stem[i]);
            f[k++] = mix(STEM_AT + 2, stem[i + 2]);
            f[k++] = mix(BIGRAM_LEFT, norm[i + 1] * 31 + norm[i + 2]);
            f[k++] = mix(BIGRAM_RIGHT, norm[i + 2] * 31 + norm[i + 3]);
            String s = w.stem();
            long h = 0xcbf29ce484222325L;
            for (int a = 1; a <= MAX_AFFIX && a <= s.length(); a++) {
                h = (h ^ s.charAt(a - 1)) * 0x100000001b3L;
                f[k++] = mix(STEM_START + a, h);
            }
            h = 0xcbf29ce484222325L;
            for (int a = 1; a <= MAX_AFFIX && a <= s.length(); a++) {
                h = (h ^ s.charAt(s.length() - a)) * 0x100000001b3L;
                f[k++] = mix(STEM_END + a, h);
            }
            f[k++] = mix(STEM_BIGRAM, stem[i] * 31 + stem[i + 1]);
            for (int a = 0; a + 3 <= s.length(); a++) {
                f[k++] = mix(TRIGRAM, s.charAt(a) * 0x100000001L + s.charAt(a + 1) * 0x10001L + s.charAt(a + 2));
            }
            f[k++] = mix(FREQUENCY, counts[i + 2] >> 3);
            f[k++] = mix(DEFINITE, counts[i + 2]);
            f[k++] = mix(PROFILE_AT, counts[i + 1]);
            f[k++] = mix(PROFILE_AT + 2, counts[i + 3]);
            f[k++] = mix(SHAPE, shape[i + 1]);
            f[k++] = mix(SHAPE_AT, shape[i]);
            f[k++] = mix(SHAPE_AT + 2, shape[i + 2]);
            if (i == 0) {
                f[k++] = mix(FIRST, 0);
            }
            // the coarsest class alone and the neighbours' classes alone were no help on dev
            // (cross-validated on train); in bigrams and with the proclitics they are
            for (int l = 0; l < levels; l++) {
                if (l > 0) {
                    f[k++] = mix(CLASS + l, cls[i + 2][l]);
                }
                f[k++] = mix(PREFIX_CLASS + l, prefix * 31 + cls[i + 2][l]);
                f[k++] = mix(CLASS_LEFT + l, cls[i + 1][l] * 4099L + cls[i + 2][l]);
                f[k++] = mix(CLASS_RIGHT + l, cls[i + 2][l] * 4099L + cls[i + 3][l]);
            }
            for (int d = -2; d <= 2; d++) {
                int j = i + d;
                int m = j < 0 || j >= n ? 0 : masks[j];
                while (m != 0) {
                    int bit = Integer.numberOfTrailingZeros(m);
                    m &= m - 1;
                    f[k++] = d == 0 ? mix(MASK_BIT + bit, 0) : mix(MASK_AT + 40 * (d + 2) + bit, 0);
                }
            }
            int[] buckets = new int[k];
            for (int j = 0; j < k; j++) {
                buckets[j] = (int) (f[j] >>> (64 - bits));
            }
            out[i] = buckets;
        }
        return out;
    }

    private static final int SEG = 800;

    /**
     * The features of every candidate entity segment of a sentence. A segment's features hold for
     * whichever type it is given: the model keeps their weights in its B- columns.
     */
    SegmentFeatures segments(List<Word> sentence) {
        return segments(prepare(sentence));
    }

    SegmentFeatures segments(Prepared p) {
        List<Word> sentence = p.words;
        int n = sentence.size();
        int max = SemiMarkov.MAX_LENGTH;
        int[] masks = p.masks;
        int[][] starts = new int[n][];
        int[][] ends = new int[n][];
        for (int i = 0; i < n; i++) {
            starts[i] = buckets(mix(SEG + 4, p.norm[i + 1]));
            ends[i] = buckets(mix(SEG + 3, p.norm[i + 3]),
                    mix(SEG + 5, classAt(p, i, 1) * 4099L + classAt(p, i + 1, 1)), mix(SEG + 7, p.counts[i + 3]),
                    mix(SEG + 9, p.prefix[i + 1]));
        }
        int[][] spans = new int[n * max][];
        long[] f = new long[8 + Gazetteers.NAME_LISTS.length];
        for (int s = 0; s < n; s++) {
            long joined = 0;
            long joinedClasses = 0;
            boolean punct = false;
            for (int len = 1; len <= max && s + len <= n; len++) {
                int e = s + len;
                Word last = sentence.get(e - 1);
                joined = joined * 31 + p.stem[e];
                joinedClasses = joinedClasses * 131 + classAt(p, e - 1, 0) + 2;
                punct |= last.kind() == Token.Kind.PUNCT || last.kind() == Token.Kind.SYMBOL;
                int k = 0;
                f[k++] = mix(SEG + 1, joined);
                f[k++] = mix(SEG + 6, (punct ? 16 : 0) + Math.min(len, 6));
                f[k++] = mix(SEG + 8, joinedClasses);
                if (len >= 2) {
                    f[k++] = mix(SEG + 2, p.stem[s + 1] * 31 + p.stem[e]);
                }
                for (int l = 0; l < Gazetteers.NAME_LISTS.length; l++) {
                    if (exact(masks, s, e, l)) {
                        f[k++] = mix(SEG + 10 + l, 0);
                    }
                }
                spans[SemiMarkov.index(s, len)] = buckets(Arrays.copyOf(f, k));
            }
        }
        return new SegmentFeatures(spans, starts, ends);
    }

    /** Token {@code i}'s class at {@code level}: none for an unknown word or a missing level, -2 past the end. */
    private int classAt(Prepared p, int i, int level) {
        if (i >= p.words.size()) {
            return -2;
        }
        return level < classes.levels() ? p.cls[i + 2][level] : WordClasses.NONE;
    }

    private int[] buckets(long... hashes) {
        int[] b = new int[hashes.length];
        for (int j = 0; j < hashes.length; j++) {
            b[j] = (int) (hashes[j] >>> (64 - bits));
        }
        return b;
    }

    /** Whether the segment is exactly one match of name list {@code l}. */
    private static boolean exact(int[] masks, int s, int e, int l) {
        int b = 1 << (2 * l);
        int in = 1 << (2 * l + 1);
        if ((masks[s] & b) == 0 || e < masks.length && (masks[e] & in) != 0) {
            return false;
        }
        for (int i = s + 1; i < e; i++) {
            if ((masks[i] & in) == 0) {
                return false;
            }
        }
        return true;
    }

    /** Corpus count in powers of two: names are rarer than the words around them. */
    private static int frequency(int count) {
        return 31 - Integer.numberOfLeadingZeros(Math.max(1, count));
    }

    /** How often the word takes the article, in fifths: personal names almost never do. */
    private static int definiteness(int count, int definite) {
        return count == 0 ? 0 : Math.round(4f * definite / count);
    }

    /** The word's kind and length, so the model sees punctuation, numbers, Latin and short words. */
    private static long shape(Word w) {
        int len = w.stem().length();
        int bucket = len <= 4 ? len : len <= 6 ? 5 : 6;
        return w.kind().ordinal() * 8L + bucket + (w.kind() == Token.Kind.PUNCT ? hash(w.norm()) : 0);
    }

    /** FNV-1a over the characters. */
    static long hash(String s) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < s.length(); i++) {
            h = (h ^ s.charAt(i)) * 0x100000001b3L;
        }
        return h;
    }

    /** A template id and a value hash, mixed by MurmurHash3's finaliser so every bit of both counts. */
    static long mix(int template, long value) {
        long h = value ^ (template * 0xC2B2AE3D27D4EB4FL);
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        h ^= h >>> 33;
        return h;
    }
}
