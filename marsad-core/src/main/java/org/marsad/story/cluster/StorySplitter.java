package org.marsad.story.cluster;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a story whose articles have drifted apart. Articles are linked when they are alike (or
 * one copies the other); a part of two or more articles with no link to the largest part leaves
 * to become a story of its own. An article with no link to any other stays: it joined on the
 * story as a whole, and alone it would be a story of one.
 */
final class StorySplitter {
    /** Stories larger than this are checked on their newest articles only, to bound the pairwise cost. */
    private static final int MAX_CHECKED = 400;

    private final StoryClusterer clusterer;

    StorySplitter(StoryClusterer clusterer) {
        this.clusterer = clusterer;
    }

    void split(Story story) {
        List<Integer> members = story.members();
        int n = Math.min(members.size(), MAX_CHECKED);
        int offset = members.size() - n;
        int[] part = new int[n];
        for (int i = 0; i < n; i++) {
            part[i] = i;
        }
        for (int i = 0; i < n; i++) {
            ClusterArticle a = clusterer.article(members.get(offset + i));
            for (int j = i + 1; j < n; j++) {
                ClusterArticle b = clusterer.article(members.get(offset + j));
                if (linked(a, b, members.get(offset + i), members.get(offset + j))) {
                    union(part, i, j);
                }
            }
        }
        int[] sizes = new int[n];
        for (int i = 0; i < n; i++) {
            sizes[find(part, i)]++;
        }
        int largest = 0;
        for (int i = 1; i < n; i++) {
            if (sizes[i] > sizes[largest]) {
                largest = i;
            }
        }
        List<List<Integer>> leaving = new ArrayList<>();
        List<Integer> roots = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            int r = find(part, i);
            if (r != largest && sizes[r] >= 2) {
                int k = roots.indexOf(r);
                if (k < 0) {
                    roots.add(r);
                    leaving.add(new ArrayList<>());
                    k = roots.size() - 1;
                }
                leaving.get(k).add(members.get(offset + i));
            }
        }
        if (!leaving.isEmpty()) {
            detach(story, leaving);
        }
    }

    private boolean linked(ClusterArticle a, ClusterArticle b, int docA, int docB) {
        return a.copyOf() == docB || b.copyOf() == docA || a.vector().dot(b.vector()) >= clusterer.settings().link();
    }

    private void detach(Story story, List<List<Integer>> leaving) {
        List<Integer> staying = new ArrayList<>(story.members());
        for (List<Integer> docs : leaving) {
            staying.removeAll(docs);
            Story fresh = clusterer.open();
            fresh.checkedAtSize = Math.max(4, docs.size());
            for (int doc : docs) {
                story.centroid.add(clusterer.vector(doc), -1);
                clusterer.move(doc, fresh);
            }
        }
        story.members().retainAll(staying);
        story.forgetAll();
        for (int doc : staying) {
            story.remember(clusterer.article(doc));
        }
    }

    private static int find(int[] part, int i) {
        while (part[i] != i) {
            part[i] = part[part[i]];
            i = part[i];
        }
        return i;
    }

    private static void union(int[] part, int a, int b) {
        int ra = find(part, a);
        int rb = find(part, b);
        if (ra != rb) {
            part[Math.max(ra, rb)] = Math.min(ra, rb);
        }
    }
}
