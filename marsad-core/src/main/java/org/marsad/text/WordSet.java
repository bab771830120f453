package org.marsad.text;

import java.util.Collection;

/**
 * A read-only set of normalised words that answers for a range of a larger text without building
 * a String (an open-addressing table probed with {@link String#hashCode}'s formula, like Lucene's
 * {@code CharArraySet}). Used on the tokenizer's hot path.
 */
final class WordSet {
    private final String[] slots;
    private final int mask;

    WordSet(Collection<String> words) {
        int capacity = Integer.highestOneBit(Math.max(4, words.size() * 2 + 1)) << 1;
        slots = new String[capacity];
        mask = capacity - 1;
        for (String w : words) {
            if (w.isEmpty()) {
                continue;
            }
            int slot = spread(w.hashCode()) & mask;
            while (slots[slot] != null && !slots[slot].equals(w)) {
                slot = (slot + 1) & mask;
            }
            slots[slot] = w;
        }
    }

    /** Whether {@code s[from, to)} is in the set. */
    boolean contains(CharSequence s, int from, int to) {
        int h = 0;
        for (int i = from; i < to; i++) {
            h = 31 * h + s.charAt(i);
        }
        int len = to - from;
        for (int slot = spread(h) & mask; slots[slot] != null; slot = (slot + 1) & mask) {
            String w = slots[slot];
            if (w.length() == len && regionEquals(w, s, from, len)) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code s[from, to)} followed by {@code last} is in the set. */
    boolean containsWithLast(CharSequence s, int from, int to, char last) {
        int h = 0;
        for (int i = from; i < to; i++) {
            h = 31 * h + s.charAt(i);
        }
        h = 31 * h + last;
        int len = to - from;
        for (int slot = spread(h) & mask; slots[slot] != null; slot = (slot + 1) & mask) {
            String w = slots[slot];
            if (w.length() == len + 1 && w.charAt(len) == last && regionEquals(w, s, from, len)) {
                return true;
            }
        }
        return false;
    }

    boolean contains(String word) {
        return contains(word, 0, word.length());
    }

    private static boolean regionEquals(String w, CharSequence s, int from, int len) {
        for (int i = 0; i < len; i++) {
            if (w.charAt(i) != s.charAt(from + i)) {
                return false;
            }
        }
        return true;
    }

    private static int spread(int h) {
        h *= 0x9E3779B9;
        return h ^ (h >>> 16);
    }
}
