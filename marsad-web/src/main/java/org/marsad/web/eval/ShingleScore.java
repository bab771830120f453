package org.marsad.web.eval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The article-body metrics of the Zyte (Scrapinghub) article-extraction benchmark, as its
 * evaluate.py defines them: texts are cut into tokens with Python's {@code \w+} (Unicode
 * letters, digits and underscore), tokens into overlapping 4-token shingles (a text of fewer
 * tokens is one shingle, an empty text none), and true positives, false positives and false
 * negatives are counted over the shingle multisets, then divided by their sum so every
 * document weighs the same. Precision is averaged over the documents that predicted
 * something or had a false positive (tp + fp > 0), recall over those with gold text
 * (tp + fn > 0), and F1 is the harmonic mean of the two averages. Accuracy is the share of
 * documents whose token list equals the gold one.
 */
public final class ShingleScore {

    static final int SHINGLE = 4;

    /** tp, fp, fn of one document, normalised to sum to 1 (or all 0). */
    public record Counts(double tp, double fp, double fn) {
    }

    private ShingleScore() {
    }

    public static Counts match(String gold, String predicted) {
        Map<List<String>, Integer> g = shingles(gold);
        Map<List<String>, Integer> p = shingles(predicted);
        double tp = 0, fp = 0, fn = 0;
        for (Map.Entry<List<String>, Integer> e : g.entrySet()) {
            int pc = p.getOrDefault(e.getKey(), 0);
            tp += Math.min(e.getValue(), pc);
            fn += Math.max(0, e.getValue() - pc);
        }
        for (Map.Entry<List<String>, Integer> e : p.entrySet()) {
            int gc = g.getOrDefault(e.getKey(), 0);
            fp += Math.max(0, e.getValue() - gc);
        }
        double sum = tp + fp + fn;
        return sum > 0 ? new Counts(tp / sum, fp / sum, fn / sum) : new Counts(0, 0, 0);
    }

    public static double precision(Counts c) {
        if (c.fp() == 0 && c.fn() == 0) {
            return 1;
        }
        if (c.tp() == 0 && c.fp() == 0) {
            return 0;
        }
        return c.tp() / (c.tp() + c.fp());
    }

    public static double recall(Counts c) {
        if (c.fp() == 0 && c.fn() == 0) {
            return 1;
        }
        if (c.tp() == 0 && c.fn() == 0) {
            return 0;
        }
        return c.tp() / (c.tp() + c.fn());
    }

    /** Mean precision, mean recall and their F1 over documents, as metrics_from_tp_fp_fns. */
    public static double[] metrics(List<Counts> docs) {
        double p = 0, r = 0;
        int np = 0, nr = 0;
        for (Counts c : docs) {
            if (c.tp() + c.fp() > 0) {
                p += precision(c);
                np++;
            }
            if (c.tp() + c.fn() > 0) {
                r += recall(c);
                nr++;
            }
        }
        double precision = np == 0 ? 0 : p / np;
        double recall = nr == 0 ? 0 : r / nr;
        double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        return new double[] {precision, recall, f1};
    }

    public static boolean sameTokens(String gold, String predicted) {
        return tokens(gold).equals(tokens(predicted));
    }

    private static Map<List<String>, Integer> shingles(String text) {
        List<String> tokens = tokens(text);
        Map<List<String>, Integer> counts = new HashMap<>();
        int n = Math.max(1, tokens.size() - SHINGLE + 1);
        for (int i = 0; i < n; i++) {
            List<String> shingle = tokens.subList(Math.min(i, tokens.size()), Math.min(i + SHINGLE, tokens.size()));
            if (!shingle.isEmpty()) {
                counts.merge(List.copyOf(shingle), 1, Integer::sum);
            }
        }
        return counts;
    }

    /** Python's {@code re.findall(r'\w+', text)} for str patterns. */
    static List<String> tokens(String text) {
        List<String> tokens = new ArrayList<>();
        if (text == null) {
            return tokens;
        }
        int start = -1;
        int i = 0;
        while (i <= text.length()) {
            int cp = i < text.length() ? text.codePointAt(i) : ' ';
            boolean word = i < text.length() && isWordChar(cp);
            if (word && start < 0) {
                start = i;
            } else if (!word && start >= 0) {
                tokens.add(text.substring(start, i));
                start = -1;
            }
            i += i < text.length() ? Character.charCount(cp) : 1;
        }
        return tokens;
    }

    /** Python's \w: str.isalnum() (letters Lu Ll Lt Lm Lo, and numbers Nd Nl No) or "_". */
    static boolean isWordChar(int cp) {
        if (cp == '_') {
            return true;
        }
        switch (Character.getType(cp)) {
            case Character.UPPERCASE_LETTER, Character.LOWERCASE_LETTER, Character.TITLECASE_LETTER,
                    Character.MODIFIER_LETTER, Character.OTHER_LETTER, Character.DECIMAL_DIGIT_NUMBER,
                    Character.LETTER_NUMBER, Character.OTHER_NUMBER:
                return true;
            default:
                return false;
        }
    }
}
