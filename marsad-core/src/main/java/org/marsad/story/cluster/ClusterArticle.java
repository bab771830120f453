package org.marsad.story.cluster;

import java.util.Set;

/**
 * What the clusterer knows of an article: its vector, its publication day (epoch day, or
 * {@link #UNDATED}), the document it copies (-1 for none), its actors (the corpus ids of the
 * people and organisations it names), its outlet (or null), and the other days its time
 * expressions name (epoch days): what it looks back or ahead to.
 */
public record ClusterArticle(TermVector vector, long day, int copyOf, Set<String> actors, String outlet,
        Set<Long> namedDays) {
    public static final long UNDATED = Long.MIN_VALUE;

    public ClusterArticle {
        actors = Set.copyOf(actors);
        namedDays = Set.copyOf(namedDays);
    }

    public boolean dated() {
        return day != UNDATED;
    }
}
