package org.marsad.story.duplicate;

import java.util.Arrays;

/**
 * Locality-sensitive hashing over MinHash signatures: a signature is cut into bands of a few
 * rows, and two sets become candidates when they agree on every row of at least one band. With
 * {@code b} bands of {@code r} rows a pair of Jaccard similarity {@code s} is a candidate with
 * probability {@code 1 - (1 - s^r)^b}, so the band shape sets where recall falls off.
 *
 * <p>Buckets live in flat arrays (an open-addressing table from band key to the newest entry, and
 * a chain from each entry to the previous one in its bucket) so a corpus of hundreds of
 * thousands of articles costs a few bytes per band per article.
 */
public final class LshIndex {
    private final int bands;
    private final int rows;
    private long[] keys = new long[1 << 16];
    private int[] heads = new int[1 << 16];
    private int used;
    private int[] entryDoc = new int[1 << 16];
    private int[] entryNext = new int[1 << 16];
    private int entries;

    public LshIndex(int bands, int rows) {
        this.bands = bands;
        this.rows = rows;
        Arrays.fill(heads, -1);
    }

    /** The signature length this index expects. */
    public int signatureSize() {
        return bands * rows;
    }

    /** Files document {@code doc} under each of its bands. */
    public void add(int doc, int[] signature) {
        check(signature);
        for (int b = 0; b < bands; b++) {
            long key = bandKey(signature, b);
            int slot = slot(key);
            if (heads[slot] == -1) {
                keys[slot] = key;
                used++;
            }
            growEntries();
            entryDoc[entries] = doc;
            entryNext[entries] = heads[slot];
            heads[slot] = entries++;
            if (used * 2 > keys.length) {
                rehash();
            }
        }
    }

    /** The documents that share a band with {@code signature}, each once, in no particular order. */
    public int[] candidates(int[] signature) {
        check(signature);
        int[] out = new int[16];
        int n = 0;
        for (int b = 0; b < bands; b++) {
            int slot = slot(bandKey(signature, b));
            for (int e = heads[slot]; e != -1; e = entryNext[e]) {
                if (n == out.length) {
                    out = Arrays.copyOf(out, n * 2);
                }
                out[n++] = entryDoc[e];
            }
        }
        Arrays.sort(out, 0, n);
        int distinct = 0;
        for (int i = 0; i < n; i++) {
            if (i == 0 || out[i] != out[i - 1]) {
                out[distinct++] = out[i];
            }
        }
        return Arrays.copyOf(out, distinct);
    }

    private void check(int[] signature) {
        if (signature.length != bands * rows) {
            throw new IllegalArgumentException("signature of " + signature.length + " values; this index takes "
                    + bands * rows);
        }
    }

    private long bandKey(int[] signature, int band) {
        long h = band;
        for (int r = band * rows, end = r + rows; r < end; r++) {
            h = h * 0x100000001B3L + signature[r];
        }
        return Hashing.mix(h);
    }

    /** The slot holding {@code key}, or the empty slot where it would go. */
    private int slot(long key) {
        int mask = keys.length - 1;
        int i = (int) key & mask;
        while (heads[i] != -1 && keys[i] != key) {
            i = (i + 1) & mask;
        }
        return i;
    }

    private void growEntries() {
        if (entries == entryDoc.length) {
            entryDoc = Arrays.copyOf(entryDoc, entries * 2);
            entryNext = Arrays.copyOf(entryNext, entries * 2);
        }
    }

    private void rehash() {
        long[] oldKeys = keys;
        int[] oldHeads = heads;
        keys = new long[oldKeys.length * 2];
        heads = new int[oldKeys.length * 2];
        Arrays.fill(heads, -1);
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldHeads[i] != -1) {
                int slot = slot(oldKeys[i]);
                keys[slot] = oldKeys[i];
                heads[slot] = oldHeads[i];
            }
        }
    }
}
