package org.marsad.text;

import java.util.Arrays;
import java.util.Collection;

/**
 * Answers "is this stretch of a word a listed word, possibly followed by a suffix?" in one walk
 * down a character trie from the first letter, with a hash lookup only where a listed word ends
 * (the dictionary-lookup half of Buckwalter-style analysers, cut down to what {@link Clitics}
 * needs). Two kinds of entries: stems, which may be followed by any listed suffix
 * ({@code وزير} matches {@code وزيرها}), and exact words (first names), which may not.
 *
 * <p>A stem ending in a ta marbuta ({@code ه} once normalised) is also entered without it, so
 * that {@code وزارته} and {@code وزارات} are found from {@code وزارة}; one ending in
 * {@code اء} also with the hamza on its seat, so that {@code لقائه} is found from {@code لقاء}.
 */
final class StemTrie {
    private static final byte STEM = 1;
    private static final byte EXACT = 2;

    private final Node root = new Node();
    private final WordSet suffixes;

    /**
     * @param stems    normalised stems, three letters or more
     * @param exact    normalised words matched only as a whole
     * @param suffixes normalised suffix strings allowed after a stem (the empty one is implied)
     */
    StemTrie(Collection<String> stems, Collection<String> exact, Collection<String> suffixes) {
        for (String s : stems) {
            if (s.length() >= 3) {
                add(s, STEM);
                if (s.endsWith("ه")) {
                    add(s.substring(0, s.length() - 1), STEM);
                } else if (s.endsWith("اء")) {
                    add(s.substring(0, s.length() - 1) + "ئ", STEM); // لقاء → لقائه
                }
            }
        }
        for (String e : exact) {
            if (!e.isEmpty()) {
                add(e, EXACT);
            }
        }
        this.suffixes = new WordSet(suffixes);
    }

    /** Whether {@code w[from, end)} is a listed exact word, or a listed stem plus a suffix. */
    boolean matches(CharSequence w, int from, int end) {
        Node node = root;
        for (int i = from; i < end; i++) {
            node = node.child(w.charAt(i));
            if (node == null) {
                return false;
            }
            int next = i + 1;
            if ((node.flags & EXACT) != 0 && next == end) {
                return true;
            }
            if ((node.flags & STEM) != 0 && (next == end || suffixes.contains(w, next, end))) {
                return true;
            }
        }
        return false;
    }

    private void add(String word, byte flag) {
        Node node = root;
        for (int i = 0; i < word.length(); i++) {
            node = node.childOrAdd(word.charAt(i));
        }
        node.flags |= flag;
    }

    private static final class Node {
        private static final char[] NO_KEYS = new char[0];
        private static final Node[] NO_KIDS = new Node[0];

        char[] keys = NO_KEYS;
        Node[] kids = NO_KIDS;
        byte flags;

        Node child(char c) {
            char[] k = keys;
            for (int i = 0; i < k.length; i++) {
                if (k[i] == c) {
                    return kids[i];
                }
            }
            return null;
        }

        Node childOrAdd(char c) {
            Node existing = child(c);
            if (existing != null) {
                return existing;
            }
            Node n = new Node();
            keys = Arrays.copyOf(keys, keys.length + 1);
            kids = Arrays.copyOf(kids, kids.length + 1);
            keys[keys.length - 1] = c;
            kids[kids.length - 1] = n;
            return n;
        }
    }
}
