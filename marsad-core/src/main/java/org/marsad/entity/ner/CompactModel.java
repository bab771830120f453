package org.marsad.entity.ner;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A trained {@link LinearModel} as the tagger runs it and the model file stores it: each weight
 * quantised to 16 bits against the largest magnitude (the rounding, under 1/32767 of it, is far
 * below the margins that separate tags), and only the buckets with a non-zero weight kept, found
 * by the rank of the bucket in a bitset of the buckets that have one. Both passes then fit in the processor's last-level cache, which
 * is what makes scoring fast: a dense float table would be 36 MB a pass, and nearly every feature
 * lookup a cache miss.
 */
final class CompactModel {
    private final TagSet tags;
    private final int bits;
    private final long signature;
    final float[] transitions;
    private final float scale;
    /** The rows of the buckets with a non-zero weight, in bucket order, {@code tags} weights a row. */
    private final short[] weights;
    /**
     * One bit a bucket, set where the bucket has a row: 128 KB that stay in cache, and most buckets
     * of unseen words and segments are empty.
     */
    private final long[] present;
    /**
     * For each 64 buckets, how many rows come before them: with {@link #present} the row of a
     * bucket is a count of set bits (a rank), so no bucket-to-row table of 4 MB is read, which
     * did not stay in cache and cost a miss a feature.
     */
    private final int[] rank;

    /** @param rowOf each bucket's offset in {@code weights}, or -1; rows must be in bucket order */
    private CompactModel(TagSet tags, int bits, long signature, float[] transitions, float scale, int[] rowOf,
            short[] weights) {
        this.tags = tags;
        this.bits = bits;
        this.signature = signature;
        this.transitions = transitions;
        this.scale = scale;
        this.weights = weights;
        this.present = new long[(rowOf.length + 63) / 64];
        this.rank = new int[present.length];
        int n = tags.size();
        int rows = 0;
        for (int b = 0; b < rowOf.length; b++) {
            if ((b & 63) == 0) {
                rank[b >>> 6] = rows;
            }
            if (rowOf[b] >= 0) {
                if (rowOf[b] != rows * n) {
                    throw new IllegalArgumentException("model rows out of bucket order at bucket " + b);
                }
                present[b >>> 6] |= 1L << b;
                rows++;
            }
        }
    }

    /** The offset of a bucket's row in {@link #weights}, or -1 when the bucket has none. */
    private int row(int bucket) {
        long word = present[bucket >>> 6];
        long bit = 1L << bucket;
        if ((word & bit) == 0) {
            return -1;
        }
        return (rank[bucket >>> 6] + Long.bitCount(word & (bit - 1))) * tags.size();
    }

    /** Quantises a trained model. */
    static CompactModel of(LinearModel m) {
        int n = m.tags().size();
        float max = 0;
        for (float w : m.weights) {
            max = Math.max(max, Math.abs(w));
        }
        float scale = max > 0 ? max / Short.MAX_VALUE : 1;
        int[] rowOf = new int[1 << m.bits()];
        Arrays.fill(rowOf, -1);
        short[] rows = new short[1024 * n];
        int used = 0;
        short[] q = new short[n];
        for (int b = 0; b < rowOf.length; b++) {
            boolean any = false;
            for (int t = 0; t < n; t++) {
                q[t] = (short) Math.round(m.weights[b * n + t] / scale);
                any |= q[t] != 0;
            }
            if (any) {
                if (used + n > rows.length) {
                    rows = Arrays.copyOf(rows, rows.length * 2);
                }
                System.arraycopy(q, 0, rows, used, n);
                rowOf[b] = used;
                used += n;
            }
        }
        return new CompactModel(m.tags(), m.bits(), m.signature(), m.transitions.clone(), scale, rowOf,
                Arrays.copyOf(rows, used));
    }

    TagSet tags() {
        return tags;
    }

    int bits() {
        return bits;
    }

    long signature() {
        return signature;
    }

    /**
     * Fills {@code scores[i * tags + t]} with the emission score of tag t at token i: the sum of
     * the weights of the token's features, and of its {@code extra} features when given.
     */
    void emissions(int[][] features, int[][] extra, float[] scores) {
        int n = tags.size();
        int[] sum = new int[n];
        for (int i = 0; i < features.length; i++) {
            Arrays.fill(sum, 0);
            add(features[i], sum, n);
            if (extra != null) {
                add(extra[i], sum, n);
            }
            for (int t = 0; t < n; t++) {
                scores[i * n + t] = sum[t] * scale;
            }
        }
    }

    /**
     * The unscaled integer score sums of each token's features, {@code sums[i * tags + t]}: the
     * part of the emissions that stays the same when only the {@code extra} features change.
     */
    int[] sums(int[][] features) {
        int n = tags.size();
        int[] sums = new int[features.length * n];
        int[] sum = new int[n];
        for (int i = 0; i < features.length; i++) {
            Arrays.fill(sum, 0);
            add(features[i], sum, n);
            System.arraycopy(sum, 0, sums, i * n, n);
        }
        return sums;
    }

    /** {@link #emissions(int[][], int[][], float[])} from the {@link #sums} of the features and the extra ones. */
    void emissions(int[] sums, int[][] extra, float[] scores) {
        int n = tags.size();
        int[] sum = new int[n];
        for (int i = 0; i < extra.length; i++) {
            System.arraycopy(sums, i * n, sum, 0, n);
            add(extra[i], sum, n);
            for (int t = 0; t < n; t++) {
                scores[i * n + t] = sum[t] * scale;
            }
        }
    }

    /** The segment features' scores of a sentence, for {@link SemiMarkov#decode}. */
    float[] segmentScores(SegmentFeatures segments) {
        return SemiMarkov.scores(segments, (tags.size() - 1) / 2, this::addSegmentWeights, null);
    }

    /** Adds the B- column weights of the buckets, one sum a type, to {@code out[at..at + types)}. */
    void addSegmentWeights(int[] buckets, float[] out, int at) {
        int types = (tags.size() - 1) / 2;
        for (int bucket : buckets) {
            int row = row(bucket);
            if (row < 0) {
                continue;
            }
            for (int t = 0; t < types; t++) {
                out[at + t] += weights[row + 1 + 2 * t] * scale;
            }
        }
    }

    private void add(int[] buckets, int[] sum, int n) {
        for (int bucket : buckets) {
            int row = row(bucket);
            if (row < 0) {
                continue;
            }
            for (int t = 0; t < n; t++) {
                sum[t] += weights[row + t];
            }
        }
    }

    /** Writes the model: header, transitions, then the non-zero rows with gap-coded bucket numbers. */
    void write(DataOutputStream d) throws IOException {
        int n = tags.size();
        d.writeInt(bits);
        d.writeLong(signature);
        d.writeInt(n);
        for (String t : tags.tags()) {
            d.writeUTF(t);
        }
        for (float t : transitions) {
            d.writeFloat(t);
        }
        d.writeFloat(scale);
        d.writeInt(weights.length / n);
        int last = -1;
        for (int b = 0; b < present.length * 64; b++) {
            int row = row(b);
            if (row < 0) {
                continue;
            }
            writeVarInt(d, b - last);
            last = b;
            for (int t = 0; t < n; t++) {
                d.writeShort(weights[row + t]);
            }
        }
    }

    static CompactModel read(DataInputStream d) throws IOException {
        int bits = d.readInt();
        if (bits < 8 || bits > 26) {
            throw new IOException("bad NER model: " + bits + " bits");
        }
        long signature = d.readLong();
        int n = d.readInt();
        List<String> names = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            names.add(d.readUTF());
        }
        TagSet tags = new TagSet(names);
        float[] transitions = new float[(n + 1) * n];
        for (int i = 0; i < transitions.length; i++) {
            transitions[i] = d.readFloat();
        }
        float scale = d.readFloat();
        int rows = d.readInt();
        int[] rowOf = new int[1 << bits];
        Arrays.fill(rowOf, -1);
        short[] weights = new short[rows * n];
        int b = -1;
        for (int r = 0; r < rows; r++) {
            b += readVarInt(d);
            rowOf[b] = r * n;
            for (int t = 0; t < n; t++) {
                weights[r * n + t] = d.readShort();
            }
        }
        return new CompactModel(tags, bits, signature, transitions, scale, rowOf, weights);
    }

    private static void writeVarInt(DataOutputStream d, int v) throws IOException {
        while ((v & ~0x7F) != 0) {
            d.writeByte((v & 0x7F) | 0x80);
            v >>>= 7;
        }
        d.writeByte(v);
    }

    private static int readVarInt(DataInputStream d) throws IOException {
        int v = 0;
        for (int shift = 0; ; shift += 7) {
            int b = d.readUnsignedByte();
            v |= (b & 0x7F) << shift;
            if ((b & 0x80) == 0) {
                return v;
            }
        }
    }
}
