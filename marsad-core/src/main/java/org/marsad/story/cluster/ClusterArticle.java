package org.marsad.story.cluster;

/**
 * What the clusterer knows of an article: its vector, its publication day (epoch day, or
 * {@link #UNDATED}) and the document it copies (-1 for none).
 */
public record ClusterArticle(TermVector vector, long day, int copyOf) {
    public static final long UNDATED = Long.MIN_VALUE;
}
