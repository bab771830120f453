package org.marsad.story.cluster;

import java.util.HashMap;
import java.util.Map;

/**
 * The sum of a story's article vectors, with its squared length kept up to date, so the cosine
 * of a new article with the story costs one pass over the article's terms.
 */
final class Centroid {
    private final Map<Integer, Float> sum = new HashMap<>();
    private double squaredLength;

    double dot(TermVector v) {
        double d = 0;
        int[] terms = v.terms();
        float[] w = v.weights();
        for (int i = 0; i < terms.length; i++) {
            Float s = sum.get(terms[i]);
            if (s != null) {
                d += s * w[i];
            }
        }
        return d;
    }

    double cosine(TermVector v) {
        return squaredLength == 0 ? 0 : dot(v) / Math.sqrt(squaredLength);
    }

    void add(TermVector v, int sign) {
        squaredLength += 2 * sign * dot(v) + 1; // v has unit length
        int[] terms = v.terms();
        float[] w = v.weights();
        for (int i = 0; i < terms.length; i++) {
            sum.merge(terms[i], sign * w[i], Float::sum);
        }
        squaredLength = Math.max(0, squaredLength);
    }

    void addAll(Centroid o) {
        for (Map.Entry<Integer, Float> e : o.sum.entrySet()) {
            sum.merge(e.getKey(), e.getValue(), Float::sum);
        }
        squaredLength = 0;
        for (float s : sum.values()) {
            squaredLength += (double) s * s;
        }
    }

    /** The dot product of two centroids. */
    double dot(Centroid o) {
        Centroid small = sum.size() <= o.sum.size() ? this : o;
        Centroid large = small == this ? o : this;
        double d = 0;
        for (Map.Entry<Integer, Float> e : small.sum.entrySet()) {
            Float s = large.sum.get(e.getKey());
            if (s != null) {
                d += s * e.getValue();
            }
        }
        return d;
    }
}
