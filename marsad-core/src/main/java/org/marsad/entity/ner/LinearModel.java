package org.marsad.entity.ner;


/**
 * The weights of a linear-chain model over BIO tags: one weight per (feature bucket, tag), one
 * per (previous tag, tag) transition, a start row for the first tag. A token's score for a tag is
 * the sum of its features' weights for that tag; {@link Viterbi} finds the best sequence.
 *
 * <p>This is the trainers' dense, mutable form; the tagger runs and stores the quantised
 * {@link CompactModel}.
 */
final class LinearModel {
    private final TagSet tags;
    private final int bits;
    private final long signature;
    /** weights[bucket * tags + tag]. */
    final float[] weights;
    /** transitions[from * tags + to]; from == tags is the start. */
    final float[] transitions;

    LinearModel(TagSet tags, int bits, long signature) {
        this(tags, bits, signature, new float[(1 << bits) * tags.size()], new float[(tags.size() + 1) * tags.size()]);
    }

    LinearModel(TagSet tags, int bits, long signature, float[] weights, float[] transitions) {
        this.tags = tags;
        this.bits = bits;
        this.signature = signature;
        this.weights = weights;
        this.transitions = transitions;
    }

    public TagSet tags() {
        return tags;
    }

    public int bits() {
        return bits;
    }

    /** The fingerprint of the feature resources the model was trained with ({@link Features#signature()}). */
    public long signature() {
        return signature;
    }

    /** Adds another model's weights and transitions to this one's (for a sum of replicas). */
    void add(LinearModel other) {
        if (other.weights.length != weights.length || !other.tags.tags().equals(tags.tags())) {
            throw new IllegalArgumentException("models of different shapes");
        }
        for (int k = 0; k < weights.length; k++) {
            weights[k] += other.weights[k];
        }
        for (int k = 0; k < transitions.length; k++) {
            transitions[k] += other.transitions[k];
        }
    }

    /** The segment features' scores of a sentence, for {@link SemiMarkov#decode}. */
    float[] segmentScores(SegmentFeatures segments, float[] buffer) {
        int n = tags.size();
        int types = (n - 1) / 2;
        return SemiMarkov.scores(segments, types, (buckets, out, at) -> {
            for (int bucket : buckets) {
                int w = bucket * n + 1;
                for (int t = 0; t < types; t++) {
                    out[at + t] += weights[w + 2 * t];
                }
            }
        }, buffer);
    }

    /** Fills {@code scores[i * tags + t]} with the emission score of tag t at token i. */
    void emissions(int[][] features, float[] scores) {
        int n = tags.size();
        for (int i = 0; i < features.length; i++) {
            int base = i * n;
            for (int t = 0; t < n; t++) {
                scores[base + t] = 0;
            }
            for (int bucket : features[i]) {
                int w = bucket * n;
                for (int t = 0; t < n; t++) {
                    scores[base + t] += weights[w + t];
                }
            }
        }
    }
}
