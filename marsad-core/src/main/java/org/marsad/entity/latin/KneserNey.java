package org.marsad.entity.latin;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Interpolated modified Kneser-Ney estimation (Chen and Goodman 1998) of an n-gram model over
 * symbol sequences, written out in back-off form. Lower orders count how many different
 * symbols precede an n-gram rather than how often it occurs (KenLM's adjusted counts); three
 * discounts per order come from the counts of counts. N-grams are keyed by strings of chars,
 * one char per symbol id, which sort in id order.
 */
final class KneserNey {
    private final int order;
    /** Adjusted counts by order (index 0: unigrams). */
    private final List<Map<String, Integer>> counts = new ArrayList<>();

    private KneserNey(int order) {
        this.order = order;
    }

    /** The model of the sequences (symbol ids from 2 on; the boundaries are added here), by order. */
    static List<List<NgramModel.Entry>> estimate(List<int[]> sequences, int order) {
        KneserNey kn = new KneserNey(order);
        kn.count(sequences);
        return kn.probabilities();
    }

    private void count(List<int[]> sequences) {
        List<Map<String, Integer>> raw = new ArrayList<>();
        for (int k = 0; k < order; k++) {
            raw.add(new HashMap<>());
        }
        for (int[] seq : sequences) {
            char[] tokens = new char[seq.length + 2];
            tokens[0] = NgramModel.START;
            for (int i = 0; i < seq.length; i++) {
                tokens[i + 1] = (char) seq[i];
            }
            tokens[tokens.length - 1] = NgramModel.END;
            for (int i = 1; i < tokens.length; i++) {
                for (int k = 1; k <= order && i - k + 1 >= 0; k++) {
                    raw.get(k - 1).merge(new String(tokens, i - k + 1, k), 1, Integer::sum);
                }
            }
        }
        for (int k = 1; k <= order; k++) {
            if (k == order) {
                counts.add(raw.get(k - 1));
                continue;
            }
            // an n-gram after the start can have nothing before it, so it keeps its raw count
            Map<String, Integer> adjusted = new HashMap<>();
            for (Map.Entry<String, Integer> e : raw.get(k - 1).entrySet()) {
                if (e.getKey().charAt(0) == NgramModel.START) {
                    adjusted.put(e.getKey(), e.getValue());
                }
            }
            for (String longer : raw.get(k).keySet()) {
                adjusted.merge(longer.substring(1), 1, Integer::sum);
            }
            counts.add(adjusted);
        }
    }

    private List<List<NgramModel.Entry>> probabilities() {
        List<Map<String, Double>> prob = new ArrayList<>();
        List<Map<String, Double>> bow = new ArrayList<>();
        for (int k = 1; k <= order; k++) {
            Map<String, Integer> c = counts.get(k - 1);
            double[] d = discounts(c);
            Map<String, double[]> contexts = new HashMap<>(); // total, then how many continuations have count 1, 2, 3+
            for (Map.Entry<String, Integer> e : c.entrySet()) {
                double[] s = contexts.computeIfAbsent(e.getKey().substring(0, k - 1), x -> new double[4]);
                s[0] += e.getValue();
                s[Math.min(e.getValue(), 3)]++;
            }
            Map<String, Double> gamma = new HashMap<>();
            for (Map.Entry<String, double[]> e : contexts.entrySet()) {
                double[] s = e.getValue();
                gamma.put(e.getKey(), (d[1] * s[1] + d[2] * s[2] + d[3] * s[3]) / s[0]);
            }
            Map<String, Double> p = new HashMap<>();
            int vocabulary = counts.get(0).size();
            for (Map.Entry<String, Integer> e : c.entrySet()) {
                String gram = e.getKey();
                String context = gram.substring(0, k - 1);
                double lower = k == 1 ? 1.0 / vocabulary : prob.get(k - 2).get(gram.substring(1));
                double a = e.getValue();
                p.put(gram, (a - d[Math.min(e.getValue(), 3)]) / contexts.get(context)[0] + gamma.get(context) * lower);
            }
            prob.add(p);
            if (k > 1) {
                bow.add(gamma);
            }
        }
        bow.add(Map.of());
        return entries(prob, bow);
    }

    /** Modified Kneser-Ney discounts D1, D2, D3+ (index 1 to 3) from the counts of counts. */
    private static double[] discounts(Map<String, Integer> c) {
        double[] n = new double[5];
        for (int v : c.values()) {
            if (v <= 4) {
                n[v]++;
            }
        }
        if (n[1] == 0 || n[2] == 0 || n[3] == 0 || n[4] == 0) {
            return new double[] {0, 0.5, 1.0, 1.5}; // too little data for estimates: the usual values
        }
        double y = n[1] / (n[1] + 2 * n[2]);
        return new double[] {0, 1 - 2 * y * n[2] / n[1], 2 - 3 * y * n[3] / n[2], 3 - 4 * y * n[4] / n[3]};
    }

    private List<List<NgramModel.Entry>> entries(List<Map<String, Double>> prob, List<Map<String, Double>> bow) {
        List<List<NgramModel.Entry>> out = new ArrayList<>();
        for (int k = 1; k <= order; k++) {
            List<String> grams = new ArrayList<>(prob.get(k - 1).keySet());
            if (k == 1) {
                grams.add(String.valueOf((char) NgramModel.START)); // a context only, never predicted
            }
            grams.sort(null);
            List<NgramModel.Entry> entries = new ArrayList<>(grams.size());
            for (String g : grams) {
                int[] ids = g.chars().toArray();
                Double p = prob.get(k - 1).get(g);
                Double b = bow.get(k - 1).get(g);
                entries.add(new NgramModel.Entry(ids, p == null ? -99 : Math.log(p), b == null ? 0 : Math.log(b)));
            }
            out.add(entries);
        }
        return out;
    }
}
