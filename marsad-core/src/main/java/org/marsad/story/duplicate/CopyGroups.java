package org.marsad.story.duplicate;

import java.util.Arrays;
import java.util.Comparator;

/**
 * The groups of copies of one story (union-find over document numbers), each with its earliest
 * member, which every other member names as the article it duplicates. Copying is taken as
 * transitive: a trimmed copy of a copy belongs to the original's group.
 */
public final class CopyGroups {
    private final Comparator<Integer> earlier;
    private int[] parent = new int[1024];
    private int[] first = new int[1024];
    private int size;

    /** @param earlier orders documents by publication, earliest first */
    public CopyGroups(Comparator<Integer> earlier) {
        this.earlier = earlier;
    }

    /** Makes room for document {@code doc}, alone in its group. */
    public void add(int doc) {
        if (doc != size) {
            throw new IllegalArgumentException("documents are added in order: expected " + size + ", got " + doc);
        }
        if (size == parent.length) {
            parent = Arrays.copyOf(parent, size * 2);
            first = Arrays.copyOf(first, size * 2);
        }
        parent[size] = size;
        first[size] = size;
        size++;
    }

    /** Puts two documents in one group. */
    public void join(int a, int b) {
        int ra = root(a);
        int rb = root(b);
        if (ra != rb) {
            parent[rb] = ra;
            if (earlier.compare(first[rb], first[ra]) < 0) {
                first[ra] = first[rb];
            }
        }
    }

    /** The earliest member of the document's group: itself when it is the original or copies nothing. */
    public int original(int doc) {
        return first[root(doc)];
    }

    public boolean sameGroup(int a, int b) {
        return root(a) == root(b);
    }

    private int root(int doc) {
        int r = doc;
        while (parent[r] != r) {
            r = parent[r];
        }
        while (parent[doc] != r) {
            int next = parent[doc];
            parent[doc] = r;
            doc = next;
        }
        return r;
    }
}
