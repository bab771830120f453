package org.marsad.entity.ner;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.marsad.text.Token;

/**
 * Non-local features for the second pass of the recogniser: what the first pass predicted for the
 * other occurrences of the same stem in the surrounding text. A name is usually written in full
 * once and then repeated bare ({@code اميل لحود ... وقال لحود}), a club or party recurs in every
 * paragraph of its story; the first pass gets some occurrences right, and these features carry
 * that to the rest (Krishnan and Manning 2006's stacked CRF; Ratinov and Roth 2009).
 *
 * <p>The surrounding text is the sentences within {@link #WINDOW} of the current one, so a
 * stream of sentences without document boundaries (CoNLL) and an article behave the same.
 */
final class DocumentContext {
    /** Sentences each side that count as the same document (ANERcorp's stories run 10 to 40). */
    static final int WINDOW = 20;
    private static final int TAG = 600; // + tag: some other occurrence was predicted with this tag
    private static final int MAJORITY = 620; // + tag: most other occurrences
    private static final int ONLY_OUTSIDE = 640; // every other occurrence was O
    private static final int PASS_TAG_AT = 650; // + 20 * (offset + 1) + tag: the first pass's tag nearby

    private static final int[] NONE = new int[0];

    private DocumentContext() {
    }

    /**
     * The extra feature buckets of every token.
     *
     * @param sentences the words
     * @param firstPass the first pass's tag indices, sentence by sentence
     */
    static int[][][] features(List<List<Word>> sentences, List<int[]> firstPass, int tags, int bits) {
        int m = sentences.size();
        Map<String, int[]> counts = new HashMap<>();
        int[][][] out = new int[m][][];
        // slide a window of sentences [from, to) over the text, adding and removing its counts
        int from = 0;
        int to = 0;
        for (int s = 0; s < m; s++) {
            while (to < m && to <= s + WINDOW) {
                count(sentences.get(to), firstPass.get(to), counts, tags, 1);
                to++;
            }
            while (from < s - WINDOW) {
                count(sentences.get(from), firstPass.get(from), counts, tags, -1);
                from++;
            }
            List<Word> words = sentences.get(s);
            int[] own = firstPass.get(s);
            out[s] = new int[words.size()][];
            for (int i = 0; i < words.size(); i++) {
                int[] doc = buckets(words.get(i), own[i], counts, tags, bits);
                int[] b = java.util.Arrays.copyOf(doc, doc.length + 3);
                for (int d = -1; d <= 1; d++) {
                    int j = i + d;
                    int tag = j < 0 ? tags : j >= own.length ? tags + 1 : own[j];
                    b[doc.length + d + 1] = (int) (Features.mix(PASS_TAG_AT + 20 * (d + 1) + tag, 0) >>> (64 - bits));
                }
                out[s][i] = b;
            }
        }
        return out;
    }

    private static int[] buckets(Word w, int ownTag, Map<String, int[]> counts, int tags, int bits) {
        int[] c = counts.get(key(w));
        if (c == null) {
            return NONE;
        }
        long[] f = new long[tags + 2];
        int k = 0;
        int others = 0;
        int best = -1;
        int bestCount = 0;
        for (int t = 0; t < tags; t++) {
            int n = c[t] - (t == ownTag ? 1 : 0);
            others += n;
            if (n > 0) {
                if (t > 0) {
                    f[k++] = Features.mix(TAG + t, 0);
                }
                if (n > bestCount) {
                    best = t;
                    bestCount = n;
                }
            }
        }
        if (others == 0) {
            return NONE;
        }
        f[k++] = Features.mix(MAJORITY + best, 0);
        if (best == 0 && k == 1) {
            f[k++] = Features.mix(ONLY_OUTSIDE, 0);
        }
        int[] buckets = new int[k];
        for (int j = 0; j < k; j++) {
            buckets[j] = (int) (f[j] >>> (64 - bits));
        }
        return buckets;
    }

    private static void count(List<Word> words, int[] predicted, Map<String, int[]> counts, int tags, int sign) {
        for (int i = 0; i < words.size(); i++) {
            String key = key(words.get(i));
            if (key == null) {
                continue;
            }
            counts.computeIfAbsent(key, k -> new int[tags])[predicted[i]] += sign;
        }
    }

    /** The stem of a word that can be a name (at least two letters), or null. */
    static String key(Word w) {
        if ((w.kind() != Token.Kind.WORD && w.kind() != Token.Kind.LATIN) || w.stem().length() < 2) {
            return null;
        }
        return w.stem();
    }

    /** Each token's first-pass features followed by its document features. */
    static int[][] join(int[][] base, int[][] document) {
        int[][] out = new int[base.length][];
        for (int i = 0; i < base.length; i++) {
            int[] b = base[i];
            int[] d = document[i];
            int[] joined = java.util.Arrays.copyOf(b, b.length + d.length);
            System.arraycopy(d, 0, joined, b.length, d.length);
            out[i] = joined;
        }
        return out;
    }
}
