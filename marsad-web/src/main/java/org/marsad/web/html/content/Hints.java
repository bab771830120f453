package org.marsad.web.html.content;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A list of class and id fragments read from a resource file (see boilerplate-hints.txt for the
 * format: plain fragments, "=word" and "==class-name"), matched against an element's lower-cased {@code class} and {@code id}. Each entry
 * keeps its rank (its line order), so ordered lists can say which entry matched first.
 */
final class Hints {

    static final Hints BOILERPLATE = load("boilerplate-hints.txt");
    static final Hints WEAK_BOILERPLATE = load("boilerplate-weak-hints.txt");
    static final Hints CONTENT = load("content-hints.txt");
    static final Hints BODY_CONTAINERS = load("body-containers.txt");

    /** Returned by {@link #rank} when nothing matches. */
    static final int NONE = Integer.MAX_VALUE;

    /**
     * Plain fragments by their first character (all entries are ASCII), so a text is matched by
     * one look-up per position instead of one search per fragment; ranks lie beside them.
     */
    private final String[][] byFirst = new String[128][];
    private final int[][] ranksByFirst = new int[128][];
    /** "=x" entries: whole words of the class and id, split at anything not a letter or digit. */
    private final Map<String, Integer> words = new HashMap<>();
    /** "==x" entries: whole class names or ids, split at spaces only. */
    private final Map<String, Integer> tokens = new HashMap<>();

    private Hints(List<String> entries) {
        for (int i = 0; i < entries.size(); i++) {
            String e = entries.get(i);
            if (e.startsWith("==")) {
                tokens.putIfAbsent(e.substring(2), i);
            } else if (e.startsWith("=")) {
                words.putIfAbsent(e.substring(1), i);
            } else {
                char first = e.charAt(0);
                if (first >= 128) {
                    throw new IllegalArgumentException("hint fragments must start with ASCII: " + e);
                }
                int n = byFirst[first] == null ? 0 : byFirst[first].length;
                byFirst[first] = java.util.Arrays.copyOf(byFirst[first] == null ? new String[0] : byFirst[first], n + 1);
                ranksByFirst[first] = java.util.Arrays.copyOf(ranksByFirst[first] == null ? new int[0] : ranksByFirst[first], n + 1);
                byFirst[first][n] = e;
                ranksByFirst[first][n] = i;
            }
        }
    }

    /** Whether any entry matches the lower-cased class-and-id text. */
    boolean matches(String classAndId) {
        return rank(classAndId) != NONE;
    }

    /** The rank of the first entry that matches, or {@link #NONE}. */
    int rank(String classAndId) {
        if (classAndId.isEmpty()) {
            return NONE;
        }
        int best = NONE;
        for (int at = 0; at < classAndId.length(); at++) {
            char c = classAndId.charAt(at);
            String[] candidates = c < 128 ? byFirst[c] : null;
            if (candidates == null) {
                continue;
            }
            int[] ranks = ranksByFirst[c];
            for (int k = 0; k < candidates.length; k++) {
                if (ranks[k] < best && classAndId.startsWith(candidates[k], at)) {
                    best = ranks[k];
                }
            }
        }
        best = Math.min(best, split(classAndId, words, false));
        return Math.min(best, split(classAndId, tokens, true));
    }

    private static int split(String text, Map<String, Integer> entries, boolean atSpacesOnly) {
        if (entries.isEmpty()) {
            return NONE;
        }
        int best = NONE;
        int start = -1;
        for (int i = 0; i <= text.length(); i++) {
            char c = i < text.length() ? text.charAt(i) : ' ';
            boolean inside = atSpacesOnly ? !Character.isWhitespace(c) : Character.isLetterOrDigit(c);
            if (inside && start < 0) {
                start = i;
            } else if (!inside && start >= 0) {
                Integer r = entries.get(text.substring(start, i));
                if (r != null && r < best) {
                    best = r;
                }
                start = -1;
            }
        }
        return best;
    }

    private static Hints load(String name) {
        List<String> entries = new ArrayList<>();
        for (String e : ListResources.entries(name)) {
            entries.add(e.toLowerCase(Locale.ROOT));
        }
        return new Hints(entries);
    }
}
