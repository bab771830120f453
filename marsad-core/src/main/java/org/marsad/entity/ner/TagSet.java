package org.marsad.entity.ner;

import java.util.Arrays;
import java.util.List;

/**
 * The BIO tags a model predicts ({@code O}, {@code B-PER}, {@code I-PER}, ...), with {@code O} at
 * index 0, and which tag may follow which: {@code I-X} only after {@code B-X} or {@code I-X}, so a
 * decoded sequence is always well formed and every entity begins with its {@code B-}.
 */
public final class TagSet {
    public static final String OUTSIDE = "O";

    private final String[] tags;
    private final boolean[] allowed; // allowed[from * n + to]; from == n is the sentence start

    public TagSet(List<String> tags) {
        if (tags.isEmpty() || !tags.get(0).equals(OUTSIDE)) {
            throw new IllegalArgumentException("the first tag must be O: " + tags);
        }
        this.tags = tags.toArray(new String[0]);
        int n = this.tags.length;
        allowed = new boolean[(n + 1) * n];
        for (int from = 0; from <= n; from++) {
            for (int to = 0; to < n; to++) {
                String t = this.tags[to];
                allowed[from * n + to] = !t.startsWith("I-")
                        || (from < n && this.tags[from].length() > 2 && this.tags[from].substring(2).equals(t.substring(2)));
            }
        }
    }

    /** The tags of BIO over the given entity types, in a fixed order: O, then B- and I- of each type. */
    public static TagSet ofTypes(List<String> types) {
        String[] t = new String[1 + 2 * types.size()];
        t[0] = OUTSIDE;
        for (int i = 0; i < types.size(); i++) {
            t[1 + 2 * i] = "B-" + types.get(i);
            t[2 + 2 * i] = "I-" + types.get(i);
        }
        return new TagSet(Arrays.asList(t));
    }

    public int size() {
        return tags.length;
    }

    public String tag(int index) {
        return tags[index];
    }

    /** The index of a tag, or -1 when the set has no such tag. */
    public int index(String tag) {
        for (int i = 0; i < tags.length; i++) {
            if (tags[i].equals(tag)) {
                return i;
            }
        }
        return -1;
    }

    /** Whether {@code to} may follow {@code from}; {@code from == size()} is the sentence start. */
    public boolean allowed(int from, int to) {
        return allowed[from * tags.length + to];
    }

    public List<String> tags() {
        return List.of(tags);
    }
}
