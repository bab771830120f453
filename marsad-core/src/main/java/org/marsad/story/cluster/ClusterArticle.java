package org.marsad.story.cluster;

import java.util.Set;

/**
 * What the clusterer knows of an article: its vector, its publication day (epoch day, or
 * {@link #UNDATED}), the document it copies (-1 for none), and its actors: the corpus ids of the
 * people and organisations it names.
 */
public record ClusterArticle(TermVector vector, long day, int copyOf, Set<String> actors) {
    public static final long UNDATED = Long.MIN_VALUE;

    public ClusterArticle {
        actors = Set.copyOf(actors);
    }
}
