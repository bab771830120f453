package org.marsad.entity.ner;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Decoding over segments instead of tags (a semi-Markov model, Sarawagi and Cohen 2004): a
 * sentence is cut into entities of up to {@link #MAX_LENGTH} tokens and single {@code O} tokens,
 * and an entity scores what its BIO tags score plus the weights of features of the whole segment
 * ({@link Features#segments}): its length, its words together, the word after it. Those see a
 * name's end where token features see only one word each side; wrong boundaries were a quarter of
 * the recogniser's misses on the dev part.
 *
 * <p>Tags are laid out as {@link TagSet#ofTypes} lays them out: {@code O}, then {@code B-} and
 * {@code I-} of each type.
 */
final class SemiMarkov {
    /**
     * The longest entity the decoder proposes. ANERcorp's training file has 12 names of 7 tokens or
     * more in 9,000; 8 scored 0.26 F1 above 6 on cross-validation, and tagging time grows with it.
     */
    static final int MAX_LENGTH = 8;

    private SemiMarkov() {
    }

    /** Throws unless the tags are laid out as segments are decoded: O, then B- and I- of each type. */
    static void requireLayout(TagSet tags) {
        List<String> types = new ArrayList<>();
        for (int t = 1; t < tags.size(); t += 2) {
            types.add(tags.tag(t).substring(Math.min(2, tags.tag(t).length())));
        }
        if (!TagSet.ofTypes(types).tags().equals(tags.tags())) {
            throw new IllegalArgumentException("segments need tags laid out as O, B-X, I-X, ...: " + tags.tags());
        }
    }

    /** The index of segment {@code [start, start + length)} in a sentence's segment arrays. */
    static int index(int start, int length) {
        return start * MAX_LENGTH + length - 1;
    }

    /**
     * The best BIO tags of a sentence.
     *
     * @param emissions   {@code emissions[i * tags + t]}
     * @param transitions {@code transitions[from * tags + to]}, row {@code tags} the start
     * @param segments    {@code segments[index(s, len) * types + type]}: the segment features' score
     */
    static int[] decode(float[] emissions, int length, float[] transitions, TagSet tagSet, float[] segments) {
        int nt = tagSet.size();
        int types = (nt - 1) / 2;
        int[] out = new int[length];
        if (length == 0) {
            return out;
        }
        float[] best = new float[(length + 1) * nt];
        Arrays.fill(best, Float.NEGATIVE_INFINITY);
        int[] backStart = new int[(length + 1) * nt];
        int[] backTag = new int[(length + 1) * nt];
        // enter[s * nt + to]: the best way into a segment starting at s with tag `to`, and from which tag
        float[] enter = new float[length * nt];
        int[] enterFrom = new int[length * nt];
        enterAt(0, best, transitions, nt, enter, enterFrom, true);
        for (int e = 1; e <= length; e++) {
            int s0 = e - 1;
            int cell = e * nt;
            best[cell] = enter[s0 * nt] + emissions[s0 * nt];
            backStart[cell] = s0;
            backTag[cell] = enterFrom[s0 * nt];
            for (int t = 0; t < types; t++) {
                int b = 1 + 2 * t;
                int in = b + 1;
                float inside = 0;
                for (int len = 1; len <= MAX_LENGTH && len <= e; len++) {
                    int s = e - len;
                    float internal = len >= 2 ? transitions[b * nt + in] + (len - 2) * transitions[in * nt + in] : 0;
                    float v = enter[s * nt + b] + emissions[s * nt + b] + inside + internal
                            + segments[index(s, len) * types + t];
                    int last = len == 1 ? b : in;
                    if (v > best[cell + last]) {
                        best[cell + last] = v;
                        backStart[cell + last] = s;
                        backTag[cell + last] = enterFrom[s * nt + b];
                    }
                    inside += emissions[s * nt + in];
                }
            }
            if (e < length) {
                enterAt(e, best, transitions, nt, enter, enterFrom, false);
            }
        }
        int tag = 0;
        for (int t = 1; t < nt; t++) {
            if (best[length * nt + t] > best[length * nt + tag]) {
                tag = t;
            }
        }
        int e = length;
        while (e > 0) {
            int s = backStart[e * nt + tag];
            int prev = backTag[e * nt + tag];
            if (tag == 0) {
                out[s] = 0;
            } else {
                int b = tag % 2 == 1 ? tag : tag - 1;
                out[s] = b;
                for (int i = s + 1; i < e; i++) {
                    out[i] = b + 1;
                }
            }
            e = s;
            tag = prev;
        }
        return out;
    }

    private static void enterAt(int s, float[] best, float[] transitions, int nt, float[] enter, int[] from,
            boolean start) {
        for (int to = 0; to < nt; to++) {
            if (to != 0 && to % 2 == 0) {
                continue; // segments start with O or a B- tag
            }
            if (start) {
                enter[to] = transitions[nt * nt + to];
                from[to] = nt;
                continue;
            }
            float top = Float.NEGATIVE_INFINITY;
            int arg = 0;
            for (int p = 0; p < nt; p++) {
                float v = best[s * nt + p] + transitions[p * nt + to];
                if (v > top) {
                    top = v;
                    arg = p;
                }
            }
            enter[s * nt + to] = top;
            from[s * nt + to] = arg;
        }
    }

    /** Adds the B- column weights of some buckets, one sum a type, to {@code out[at..at + types)}. */
    interface Weights {
        void addTo(int[] buckets, float[] out, int at);
    }

    /**
     * The segment features' score of every candidate segment and type, laid out for
     * {@link #decode}: {@code out[index(s, len) * types + type]}.
     */
    static float[] scores(SegmentFeatures f, int types, Weights weights, float[] buffer) {
        int n = f.starts().length;
        float[] starts = new float[n * types];
        float[] ends = new float[n * types];
        for (int i = 0; i < n; i++) {
            weights.addTo(f.starts()[i], starts, i * types);
            weights.addTo(f.ends()[i], ends, i * types);
        }
        int size = n * MAX_LENGTH * types;
        float[] out = buffer != null && buffer.length >= size ? buffer : new float[size];
        for (int s = 0; s < n; s++) {
            for (int len = 1; len <= MAX_LENGTH && s + len <= n; len++) {
                int at = index(s, len) * types;
                int e = s + len - 1;
                for (int t = 0; t < types; t++) {
                    out[at + t] = starts[s * types + t] + ends[e * types + t];
                }
                weights.addTo(f.spans()[index(s, len)], out, at);
            }
        }
        return out;
    }

    /** The entities of a BIO tag sequence as {start, end, type}, type counted from 0. */
    static List<int[]> chunks(int[] tags) {
        List<int[]> out = new ArrayList<>();
        int i = 0;
        while (i < tags.length) {
            if (tags[i] == 0) {
                i++;
                continue;
            }
            int b = tags[i] % 2 == 1 ? tags[i] : tags[i] - 1;
            int j = i + 1;
            while (j < tags.length && tags[j] == b + 1) {
                j++;
            }
            out.add(new int[] {i, j, (b - 1) / 2});
            i = j;
        }
        return out;
    }
}
