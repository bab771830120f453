package org.marsad.web.eval;

import java.util.List;
import java.util.Locale;

/**
 * The confusion counts of trafilatura's evaluation (tests/eval_common.py, {@code count_item}
 * and {@code ConfusionMatrix}): a "with" snippet found in the extracted text is a true positive,
 * missing a false negative; a "without" snippet found is a false positive, missing a true
 * negative. Snippets and text are compared after collapsing every run of white space into one
 * space and trimming ({@code norm}); a failed extraction (null) finds nothing.
 */
public final class SegmentCounts {

    public int tp;
    public int fp;
    public int fn;
    public int tn;

    /** Counts one document and adds it to the totals; returns that document's counts. */
    public SegmentCounts add(List<String> with, List<String> without, String result) {
        SegmentCounts one = new SegmentCounts();
        String text = result == null ? null : norm(result);
        for (String w : with) {
            if (text != null && text.contains(norm(w))) {
                one.tp++;
            } else {
                one.fn++;
            }
        }
        for (String w : without) {
            if (text != null && text.contains(norm(w))) {
                one.fp++;
            } else {
                one.tn++;
            }
        }
        tp += one.tp;
        fp += one.fp;
        fn += one.fn;
        tn += one.tn;
        return one;
    }

    /** Python's {@code re.sub(r"\s+", " ", text).strip()}: \s is Unicode white space there. */
    static String norm(String text) {
        StringBuilder b = new StringBuilder(text.length());
        boolean space = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isPythonSpace(c)) {
                space = true;
            } else {
                if (space && b.length() > 0) {
                    b.append(' ');
                }
                space = false;
                b.append(c);
            }
        }
        return b.toString();
    }

    /** The characters Python's str.isspace() accepts, which is what \s matches in str patterns. */
    static boolean isPythonSpace(char c) {
        return c == ' ' || (c >= '\t' && c <= '\r') || (c >= '\u001C' && c <= '\u001F') || c == '\u0085'
                || c == '\u00A0' || c == '\u1680' || (c >= '\u2000' && c <= '\u200A') || c == '\u2028'
                || c == '\u2029' || c == '\u202F' || c == '\u205F' || c == '\u3000';
    }

    public double precision() {
        return tp + fp == 0 ? 0 : (double) tp / (tp + fp);
    }

    public double recall() {
        return tp + fn == 0 ? 0 : (double) tp / (tp + fn);
    }

    public double accuracy() {
        int total = tp + fp + fn + tn;
        return total == 0 ? 0 : (double) (tp + tn) / total;
    }

    public double f1() {
        int denominator = 2 * tp + fp + fn;
        return denominator == 0 ? 0 : 2.0 * tp / denominator;
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "precision %.3f  recall %.3f  accuracy %.3f  F1 %.3f  (tp %d fp %d fn %d tn %d)",
                precision(), recall(), accuracy(), f1(), tp, fp, fn, tn);
    }
}
