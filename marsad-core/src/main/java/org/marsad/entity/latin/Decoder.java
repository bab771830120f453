package org.marsad.entity.latin;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;

/**
 * Beam search for the likeliest Latin spellings of an Arabic word under a {@link GraphoneModel}.
 * Hypotheses advance through the Arabic letters one graphone (one or two letters) at a time;
 * those that have read the same number of letters compete for the beam. Spellings reached by
 * several segmentations count once, at their best score.
 */
final class Decoder {
    /** A Latin spelling (lower case a-z) and its log probability. */
    record Candidate(String latin, double logProb) {
    }

    private static final Comparator<Hypothesis> BEST_FIRST = Comparator.comparingDouble(Hypothesis::score).reversed();

    private final GraphoneModel model;
    private final int beam;

    Decoder(GraphoneModel model, int beam) {
        this.model = model;
        this.beam = beam;
    }

    /** A path through the word: its last graphone and the path before it. */
    private record Hypothesis(int graphone, Hypothesis previous, double score) {
        /** The last {@code max} graphone ids, oldest first, into {@code out}; returns how many. */
        int history(int[] out, int max) {
            int n = 0;
            for (Hypothesis h = this; h != null && n < max; h = h.previous) {
                n++;
            }
            Hypothesis h = this;
            for (int i = n - 1; i >= 0; i--) {
                out[i] = h.graphone;
                h = h.previous;
            }
            return n;
        }
    }

    /** Up to {@code n} spellings of the (already folded) Arabic letters, best first. */
    List<Candidate> nbest(String arabic, int n) {
        int len = arabic.length();
        if (len == 0) {
            return List.of();
        }
        NgramModel ngrams = model.ngrams();
        int[] history = new int[ngrams.order() - 1];
        List<Beam> at = new ArrayList<>(len + 1);
        for (int i = 0; i <= len; i++) {
            at.add(new Beam(beam));
        }
        at.get(0).offer(null, NgramModel.START, 0);
        for (int i = 0; i < len; i++) {
            for (Hypothesis h : at.get(i).hypotheses()) {
                NgramModel.Context context = ngrams.new Context(history, h.history(history, history.length));
                for (int step = 1; step <= Graphone.MAX_ARABIC && i + step <= len; step++) {
                    for (int g : model.spelling(arabic, i, step)) {
                        at.get(i + step).offer(h, g, h.score() + context.logProb(g));
                    }
                }
            }
        }
        Map<String, Double> best = new LinkedHashMap<>();
        for (Hypothesis h : at.get(len).hypotheses()) {
            int known = h.history(history, history.length);
            double s = h.score() + ngrams.logProb(history, known, NgramModel.END);
            best.merge(spelling(h), s, Math::max);
        }
        List<Candidate> out = new ArrayList<>();
        best.forEach((latin, s) -> out.add(new Candidate(latin, s)));
        out.sort(Comparator.comparingDouble(Candidate::logProb).reversed().thenComparing(Candidate::latin));
        return out.size() > n ? out.subList(0, n) : out;
    }

    /** The best hypotheses that have read the same letters, at most {@code size} of them. */
    private static final class Beam {
        private final int size;
        private final PriorityQueue<Hypothesis> worstFirst = new PriorityQueue<>(BEST_FIRST.reversed());

        Beam(int size) {
            this.size = size;
        }

        void offer(Hypothesis previous, int graphone, double score) {
            if (worstFirst.size() == size) {
                if (score <= worstFirst.peek().score()) {
                    return;
                }
                worstFirst.poll();
            }
            worstFirst.add(new Hypothesis(graphone, previous, score));
        }

        /** Best first, ties in a fixed order. */
        List<Hypothesis> hypotheses() {
            List<Hypothesis> out = new ArrayList<>(worstFirst);
            out.sort(BEST_FIRST);
            return out;
        }
    }

    private String spelling(Hypothesis last) {
        List<String> parts = new ArrayList<>();
        for (Hypothesis h = last; h.graphone() != NgramModel.START; h = h.previous()) {
            parts.add(model.graphone(h.graphone()).latin());
        }
        StringBuilder b = new StringBuilder();
        for (int i = parts.size() - 1; i >= 0; i--) {
            b.append(parts.get(i));
        }
        return b.toString();
    }
}
