package org.marsad.entity.latin;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;

/**
 * A back-off n-gram model over symbol ids, as an ARPA file holds one: for every stored n-gram
 * its log probability, for every stored context its back-off weight. Lookups go through one
 * hash table keyed by a 64-bit hash of the n-gram read backwards, so the key of a longer
 * history extends the key of the shorter one and a lookup costs one probe per order.
 * Log probabilities are natural logs, stored to three decimals.
 */
final class NgramModel {
    /** Symbol ids of the sentence boundaries; real symbols start at 2. */
    static final int START = 0;
    static final int END = 1;
    private static final long SEED = 0x6A09E667F3BCC909L;
    private static final float SCALE = 1000f;

    /** One n-gram as the estimator gives it, for writing. */
    record Entry(int[] ids, double logProb, double logBow) {
    }

    private final int order;
    private final LongIntMap index;
    private final float[] logProb;
    private final float[] logBow;

    private NgramModel(int order, LongIntMap index, float[] logProb, float[] logBow) {
        this.order = order;
        this.index = index;
        this.logProb = logProb;
        this.logBow = logBow;
    }

    int order() {
        return order;
    }

    /**
     * A history ready for many lookups: its stored suffixes and the sums of their back-off
     * weights, so that scoring a symbol after it costs one probe per order it is stored at.
     */
    final class Context {
        /** {@code backoff[k]}: the back-off weights of the stored contexts longer than {@code k}, summed. */
        private final double[] backoff;
        private final int[] history;
        private final int stored;

        /** The last {@code order - 1} of {@code history[0, length)} (the most recent symbol last). */
        Context(int[] history, int length) {
            int max = Math.min(order - 1, length);
            this.backoff = new double[max + 1];
            this.history = new int[max];
            double[] bow = new double[max + 1];
            long key = SEED;
            int k = 0;
            while (k < max) {
                int h = history[length - 1 - k];
                long next = extend(key, h);
                int c = index.get(next);
                if (c < 0) {
                    break; // no longer context is stored either
                }
                this.history[k] = h;
                key = next;
                k++;
                bow[k] = logBow[c];
            }
            this.stored = k;
            for (int i = k - 1; i >= 0; i--) {
                backoff[i] = backoff[i + 1] + bow[i + 1];
            }
        }

        /** The log probability of {@code w} (a known symbol) after this history. */
        double logProb(int w) {
            long gram = extend(SEED, w);
            int at = index.get(gram);
            if (at < 0) {
                throw new IllegalArgumentException("unknown symbol " + w);
            }
            int k = 0;
            while (k < stored) {
                long longer = extend(gram, history[k]);
                int g = index.get(longer);
                if (g < 0) {
                    break; // a longer n-gram ending in w would have this one as its suffix
                }
                gram = longer;
                at = g;
                k++;
            }
            return logProb[at] + backoff[k];
        }
    }

    /** The log probability of {@code w} after {@code history[0, length)} (most recent last). */
    double logProb(int[] history, int length, int w) {
        return new Context(history, length).logProb(w);
    }

    private static long extend(long h, int id) {
        long x = h + (id + 1) * 0x9E3779B97F4A7C15L;
        x = (x ^ (x >>> 30)) * 0xBF58476D1CE4E5B9L;
        x = (x ^ (x >>> 27)) * 0x94D049BB133111EBL;
        return x ^ (x >>> 31);
    }

    private static long keyOf(int[] ids) {
        long k = SEED;
        for (int i = ids.length - 1; i >= 0; i--) {
            k = extend(k, ids[i]);
        }
        return k;
    }

    /**
     * Writes n-grams by order, each order sorted: every n-gram as the number of ids it shares with
     * the one before, its other ids, and its quantised log probability and back-off weight.
     */
    static void write(DataOutputStream out, int order, List<List<Entry>> byOrder) throws IOException {
        out.writeByte(order);
        for (List<Entry> entries : byOrder) {
            out.writeInt(entries.size());
            int[] prev = new int[0];
            for (Entry e : entries) {
                int shared = 0;
                while (shared < prev.length && shared < e.ids().length && prev[shared] == e.ids()[shared]) {
                    shared++;
                }
                out.writeByte(shared);
                for (int i = shared; i < e.ids().length; i++) {
                    writeVarint(out, e.ids()[i]);
                }
                out.writeShort(quantise(e.logProb()));
                out.writeShort(quantise(e.logBow()));
                prev = e.ids();
            }
        }
    }

    static NgramModel read(DataInputStream in) throws IOException {
        int order = in.readUnsignedByte();
        LongIntMap index = new LongIntMap(1 << 16);
        float[] p = new float[1 << 16];
        float[] b = new float[1 << 16];
        int n = 0;
        for (int k = 1; k <= order; k++) {
            int count = in.readInt();
            if (n + count > p.length) {
                p = Arrays.copyOf(p, Math.max(p.length * 2, n + count));
                b = Arrays.copyOf(b, p.length);
            }
            int[] ids = new int[k];
            for (int e = 0; e < count; e++) {
                int shared = in.readUnsignedByte();
                for (int i = shared; i < k; i++) {
                    ids[i] = readVarint(in);
                }
                p[n] = in.readShort() / SCALE;
                b[n] = in.readShort() / SCALE;
                index.put(keyOf(ids), n++);
            }
        }
        return new NgramModel(order, index, p, b);
    }

    private static short quantise(double logValue) {
        return (short) Math.max(Short.MIN_VALUE, Math.min(0, Math.round(logValue * SCALE)));
    }

    private static void writeVarint(DataOutputStream out, int v) throws IOException {
        while ((v & ~0x7F) != 0) {
            out.writeByte((v & 0x7F) | 0x80);
            v >>>= 7;
        }
        out.writeByte(v);
    }

    private static int readVarint(DataInputStream in) throws IOException {
        int v = 0;
        for (int shift = 0;; shift += 7) {
            int b = in.readUnsignedByte();
            v |= (b & 0x7F) << shift;
            if ((b & 0x80) == 0) {
                return v;
            }
        }
    }
}
