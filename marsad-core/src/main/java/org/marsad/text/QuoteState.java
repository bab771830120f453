package org.marsad.text;

/**
 * Which quotations are open at a point of a line, for the sentence splitter: an ender inside an
 * open quotation does not end the sentence. Guillemets nest ({@code «} opens, {@code »} closes);
 * curly quotes are taken in either orientation (Arabic pages mirror them), any curly mark closing
 * an open curly quotation; a straight {@code "} toggles.
 *
 * <p>Scraped text loses openers (a quotation that began a paragraph earlier) and has stray
 * marks, so a mark only opens a quotation when it is not shaped like a closer: a mark attached
 * to the word before and followed by white space, punctuation or the line end
 * ({@code هذه". }) never opens one. The splitter resets the state at each line break, so an
 * unclosed quotation swallows at most the rest of its line.
 */
final class QuoteState {
    private int guillemets;
    private boolean curly;
    private boolean straight;

    void reset() {
        guillemets = 0;
        curly = false;
        straight = false;
    }

    boolean inQuote() {
        return guillemets > 0 || curly || straight;
    }

    static boolean isQuote(char c) {
        return c == '"' || c == '«' || c == '»' || c == '“' || c == '”' || c == '„' || c == '‟';
    }

    /** Updates the state for the quotation mark at {@code i} of the line {@code [ls, le)}. */
    void see(CharSequence text, int i, int ls, int le) {
        char c = text.charAt(i);
        switch (c) {
            case '«' -> guillemets++;
            case '»' -> guillemets = Math.max(0, guillemets - 1);
            case '“', '”', '„', '‟' -> curly = !curly && opensHere(text, i, ls, le);
            case '"' -> straight = !straight && opensHere(text, i, ls, le);
            default -> {
            }
        }
    }

    /**
     * Whether the mark at {@code i}, met right after a sentence ender, belongs to the sentence
     * being ended: it closes an open quotation, or is a stray closer. Updates the state.
     */
    boolean closesAfterEnder(CharSequence text, int i, int ls, int le) {
        char c = text.charAt(i);
        switch (c) {
            case '»':
                guillemets = Math.max(0, guillemets - 1);
                return true;
            case '“', '”', '„', '‟':
                if (curly) {
                    curly = false;
                    return true;
                }
                return !opensHere(text, i, ls, le);
            case '"':
                if (straight) {
                    straight = false;
                    return true;
                }
                return !opensHere(text, i, ls, le);
            default:
                return false;
        }
    }

    /** A mark opens unless it is attached to what precedes and detached from what follows. */
    private static boolean opensHere(CharSequence text, int i, int ls, int le) {
        boolean attachedBefore = i > ls && !CharKind.isBlank(CharKind.of(text.charAt(i - 1)));
        if (!attachedBefore) {
            return true;
        }
        if (i + 1 >= le) {
            return false;
        }
        char next = text.charAt(i + 1);
        byte kind = CharKind.of(next);
        boolean detachedAfter = CharKind.isBlank(kind) || (kind == CharKind.PUNCT && !isOpening(next));
        return !detachedAfter;
    }

    private static boolean isOpening(char c) {
        return c == '(' || c == '[' || c == '{' || c == '«' || c == '“' || c == '"';
    }
}
