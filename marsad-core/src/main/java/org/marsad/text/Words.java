package org.marsad.text;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntPredicate;

/** White space as scraped Arabic text has it, and the word spans it separates. */
public final class Words {
    private Words() {
    }

    /** White space, including no-break spaces and the direction marks scraped text is full of. */
    public static boolean isSpace(char c) {
        if (c <= ' ') {
            return c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == '\f' || c == 0x0B;
        }
        if (c < 0x0080 || (c >= 0x0600 && c <= 0x06FF)) {
            // the hot path: ASCII and Arabic letters, digits and punctuation
            return false;
        }
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u200F' || c == '\u200E'
                || c == '\u200B' || c == '\u202A' || c == '\u202B' || c == '\u202C';
    }

    /** The spans of {@code [from, to)} between characters that {@code isBreak} accepts, as {start, end}. */
    public static List<int[]> split(CharSequence s, int from, int to, IntPredicate isBreak) {
        List<int[]> words = new ArrayList<>();
        int i = from;
        while (i < to) {
            while (i < to && isBreak.test(s.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < to && !isBreak.test(s.charAt(i))) {
                i++;
            }
            if (i > start) {
                words.add(new int[] {start, i});
            }
        }
        return words;
    }

    /** The white-space separated words of {@code [from, to)}. */
    public static int[][] of(CharSequence s, int from, int to) {
        return split(s, from, to, c -> isSpace((char) c)).toArray(new int[0][]);
    }
}
