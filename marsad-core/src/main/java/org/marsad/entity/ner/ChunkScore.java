package org.marsad.entity.ner;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Entity-level precision, recall and F1 exactly as CoNLL's {@code conlleval} script (version
 * 2004-01-26) computes them: a chunk is correct only when gold and prediction start and end on
 * the same tokens with the same type. Chunk boundaries follow conlleval's {@code startOfChunk} and
 * {@code endOfChunk} to the letter, so an {@code I-X} after {@code O} or after another type starts
 * a chunk, and a tag is split at its first hyphen into chunk tag and type.
 *
 * <p>Feed it sentence by sentence with {@link #add}; each sentence is followed by a boundary, as
 * the blank line that conlleval reads as an {@code O O} token that is not counted.
 */
public final class ChunkScore {
    private final Map<String, int[]> byType = new TreeMap<>(); // {correct, gold, predicted}
    private int tokens;
    private int correctTags;
    // conlleval's state, carried from token to token
    private String lastCorrect = "O";
    private String lastCorrectType = "";
    private String lastGuessed = "O";
    private String lastGuessedType = "";
    private boolean inCorrect;

    /** Adds one sentence's gold and predicted tags. */
    public void add(List<String> gold, List<String> predicted) {
        if (gold.size() != predicted.size()) {
            throw new IllegalArgumentException(gold.size() + " gold tags, " + predicted.size() + " predicted");
        }
        for (int i = 0; i < gold.size(); i++) {
            step(gold.get(i), predicted.get(i), false);
        }
        step("O", "O", true);
    }

    /** Adds another score's counts, as if its sentences had been added here (for pooled folds). */
    public void addAll(ChunkScore other) {
        for (Map.Entry<String, int[]> e : other.byType.entrySet()) {
            int[] c = counts(e.getKey());
            for (int i = 0; i < c.length; i++) {
                c[i] += e.getValue()[i];
            }
        }
        tokens += other.tokens;
        correctTags += other.correctTags;
    }

    private void step(String gold, String guess, boolean boundary) {
        String correct = tag(gold);
        String correctType = type(gold);
        String guessed = tag(guess);
        String guessedType = type(guess);
        if (inCorrect) {
            boolean correctEnds = endOfChunk(lastCorrect, correct, lastCorrectType, correctType);
            boolean guessedEnds = endOfChunk(lastGuessed, guessed, lastGuessedType, guessedType);
            if (correctEnds && guessedEnds && lastGuessedType.equals(lastCorrectType)) {
                inCorrect = false;
                counts(lastCorrectType)[0]++;
            } else if (correctEnds != guessedEnds || !guessedType.equals(correctType)) {
                inCorrect = false;
            }
        }
        boolean correctStarts = startOfChunk(lastCorrect, correct, lastCorrectType, correctType);
        boolean guessedStarts = startOfChunk(lastGuessed, guessed, lastGuessedType, guessedType);
        if (correctStarts && guessedStarts && guessedType.equals(correctType)) {
            inCorrect = true;
        }
        if (correctStarts) {
            counts(correctType)[1]++;
        }
        if (guessedStarts) {
            counts(guessedType)[2]++;
        }
        if (!boundary) {
            if (correct.equals(guessed) && guessedType.equals(correctType)) {
                correctTags++;
            }
            tokens++;
        }
        lastCorrect = correct;
        lastCorrectType = correctType;
        lastGuessed = guessed;
        lastGuessedType = guessedType;
    }

    private int[] counts(String type) {
        return byType.computeIfAbsent(type, t -> new int[3]);
    }

    /** conlleval's endOfChunk: whether a chunk ended between the previous tag and this one. */
    static boolean endOfChunk(String prevTag, String tag, String prevType, String type) {
        return prevTag.equals("B") && (tag.equals("B") || tag.equals("O"))
                || prevTag.equals("I") && (tag.equals("B") || tag.equals("O"))
                || prevTag.equals("E") && (tag.equals("E") || tag.equals("I") || tag.equals("O"))
                || !prevTag.equals("O") && !prevTag.equals(".") && !prevType.equals(type)
                || prevTag.equals("]") || prevTag.equals("[");
    }

    /** conlleval's startOfChunk: whether a chunk starts at this tag. */
    static boolean startOfChunk(String prevTag, String tag, String prevType, String type) {
        return (prevTag.equals("B") || prevTag.equals("I") || prevTag.equals("O")) && tag.equals("B")
                || prevTag.equals("O") && (tag.equals("I") || tag.equals("E"))
                || prevTag.equals("E") && (tag.equals("E") || tag.equals("I"))
                || !tag.equals("O") && !tag.equals(".") && !prevType.equals(type)
                || tag.equals("[") || tag.equals("]");
    }

    /** The chunk tag: the label up to its first hyphen, or the whole label without one. */
    private static String tag(String label) {
        int dash = label.indexOf('-');
        return dash < 0 ? label : label.substring(0, dash);
    }

    /** The type: the label after its first hyphen, or empty. */
    private static String type(String label) {
        int dash = label.indexOf('-');
        return dash < 0 ? "" : label.substring(dash + 1);
    }

    /** Precision, recall and F1 (percentages) of one type, or of all with {@code null}. */
    public Prf of(String type) {
        int correct = 0;
        int gold = 0;
        int predicted = 0;
        for (Map.Entry<String, int[]> e : byType.entrySet()) {
            if (type == null || e.getKey().equals(type)) {
                correct += e.getValue()[0];
                gold += e.getValue()[1];
                predicted += e.getValue()[2];
            }
        }
        return new Prf(correct, gold, predicted);
    }

    public Prf micro() {
        return of(null);
    }

    /** The entity types seen in gold or prediction, sorted (conlleval lists the empty type too). */
    public List<String> types() {
        return List.copyOf(byType.keySet());
    }

    public double accuracy() {
        return tokens == 0 ? 0 : 100.0 * correctTags / tokens;
    }

    /** Counts and scores of one type or all. */
    public record Prf(int correct, int gold, int predicted) {
        public double precision() {
            return predicted == 0 ? 0 : 100.0 * correct / predicted;
        }

        public double recall() {
            return gold == 0 ? 0 : 100.0 * correct / gold;
        }

        public double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }
    }

    /** The report in conlleval's layout: totals, then one line a type. */
    public String report() {
        StringBuilder b = new StringBuilder();
        Prf all = micro();
        b.append(String.format(Locale.ROOT, "processed %d tokens with %d phrases; found: %d phrases; correct: %d.%n",
                tokens, all.gold(), all.predicted(), all.correct()));
        b.append(String.format(Locale.ROOT, "accuracy: %6.2f%%; precision: %6.2f%%; recall: %6.2f%%; FB1: %6.2f%n",
                accuracy(), all.precision(), all.recall(), all.f1()));
        for (String type : types()) {
            Prf p = of(type);
            b.append(String.format(Locale.ROOT, "%17s: precision: %6.2f%%; recall: %6.2f%%; FB1: %6.2f  %d%n", type,
                    p.precision(), p.recall(), p.f1(), p.predicted()));
        }
        return b.toString();
    }
}
