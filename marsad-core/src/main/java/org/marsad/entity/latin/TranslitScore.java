package org.marsad.entity.latin;

import java.util.List;
import java.util.Locale;

/**
 * Transliteration scores over gold pairs: exact-match accuracy of the first answer and of the
 * first five, and the mean edit distance of the first answer to the gold spelling. Case is ignored.
 */
public final class TranslitScore {
    private int pairs;
    private int top1;
    private int top5;
    private long distance;

    /** Adds one gold spelling and the answers given for its word, best first. */
    public void add(String gold, List<String> answers) {
        String g = gold.toLowerCase(Locale.ROOT);
        String first = answers.isEmpty() ? "" : answers.get(0).toLowerCase(Locale.ROOT);
        pairs++;
        if (g.equals(first)) {
            top1++;
        }
        for (int i = 0; i < Math.min(5, answers.size()); i++) {
            if (g.equals(answers.get(i).toLowerCase(Locale.ROOT))) {
                top5++;
                break;
            }
        }
        distance += EditDistance.between(g, first);
    }

    public int pairs() {
        return pairs;
    }

    public double top1() {
        return pairs == 0 ? 0 : (double) top1 / pairs;
    }

    public double top5() {
        return pairs == 0 ? 0 : (double) top5 / pairs;
    }

    public double meanEditDistance() {
        return pairs == 0 ? 0 : (double) distance / pairs;
    }

    /** Scores every pair with the transliterator's five best candidates. */
    public static TranslitScore of(Transliterator t, List<TranslitPair> gold) {
        TranslitScore s = new TranslitScore();
        for (TranslitPair p : gold) {
            s.add(p.latin(), t.candidates(p.arabic(), 5));
        }
        return s;
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "%d pairs: top-1 %.2f%%, top-5 %.2f%%, mean edit distance %.3f", pairs,
                100 * top1(), 100 * top5(), meanEditDistance());
    }
}
