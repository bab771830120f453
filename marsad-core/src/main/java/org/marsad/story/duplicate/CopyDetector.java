package org.marsad.story.duplicate;

import java.util.ArrayList;
import java.util.List;
import org.marsad.story.IntSets;

/**
 * Finds, for each new article, the earlier article it is a copy of: the same agency story
 * reprinted whole, trimmed, or lightly edited, under any headline or footer. Candidates come from
 * MinHash LSH; each is then measured exactly on its shingles, so what is reported rests on the
 * real overlap and not on an estimate.
 *
 * <p>A pair is a copy when most of the union is shared (Jaccard, for whole and lightly edited
 * reprints) or when nearly all of the shorter text is in the longer (containment, for trimmed
 * reprints), the latter only when the shorter text is long enough that containment means more
 * than a shared stock phrase.
 */
public final class CopyDetector {
    /** Share of the union that makes two texts one story reprinted. */
    public static final double MIN_JACCARD = 0.6;
    /** Share of the shorter text found in the longer that makes it a trimmed reprint. */
    public static final double MIN_CONTAINMENT = 0.85;
    /** Shingles the shorter text needs before containment alone counts (about two sentences). */
    public static final int MIN_CONTAINED_SHINGLES = 40;

    /** 20 bands of 5 rows: a pair at Jaccard 0.8 is a candidate with probability 0.9996, at 0.5 with 0.47. */
    private final MinHash minHash = new MinHash(100);
    private final LshIndex lsh = new LshIndex(20, 5);
    private final List<int[]> shingles = new ArrayList<>();

    /** A copy found: the earlier document and how much the two share. */
    public record Copy(int doc, double jaccard, double containment) {
    }

    /** How many documents were added. */
    public int size() {
        return shingles.size();
    }

    /**
     * Adds the next document (numbered from 0 in the order added) and returns the earlier document
     * it copies most closely, or null when it copies none.
     */
    public Copy add(int[] docShingles) {
        int doc = shingles.size();
        shingles.add(docShingles);
        if (docShingles.length == 0) {
            return null; // too short to tell a copy from a shared phrase
        }
        int[] signature = minHash.signature(docShingles);
        Copy best = null;
        for (int other : lsh.candidates(signature)) {
            Copy c = measure(other, docShingles, shingles.get(other));
            if (c != null && (best == null || c.jaccard() > best.jaccard())) {
                best = c;
            }
        }
        lsh.add(doc, signature);
        return best;
    }

    /** The shingles of an added document. */
    public int[] shingles(int doc) {
        return shingles.get(doc);
    }

    private static Copy measure(int other, int[] a, int[] b) {
        int shared = IntSets.shared(a, b);
        double jaccard = (double) shared / (a.length + b.length - shared);
        int shorter = Math.min(a.length, b.length);
        double containment = (double) shared / shorter;
        boolean copy = jaccard >= MIN_JACCARD || shorter >= MIN_CONTAINED_SHINGLES && containment >= MIN_CONTAINMENT;
        return copy ? new Copy(other, jaccard, containment) : null;
    }
}
