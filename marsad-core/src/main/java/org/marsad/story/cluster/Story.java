package org.marsad.story.cluster;

import java.util.ArrayList;
import java.util.List;

/**
 * A story as the clusterer keeps it: its articles (document numbers, in the order they joined),
 * their summed vectors, and the span of their publication days. A story merged into another
 * forwards to it.
 */
public final class Story {
    private final int number;
    private final List<Integer> members = new ArrayList<>();
    final Centroid centroid = new Centroid();
    private final java.util.TreeSet<Long> days = new java.util.TreeSet<>();
    private final java.util.Map<String, Integer> actors = new java.util.HashMap<>();
    private long firstDay = Long.MAX_VALUE;
    private long lastDay = Long.MIN_VALUE;
    Story mergedInto;
    int checkedAtSize = 4;

    Story(int number) {
        this.number = number;
    }

    /** The story's number: the order in which stories were opened. */
    public int number() {
        return number;
    }

    /** Its articles' document numbers. */
    public List<Integer> members() {
        return members;
    }

    public int size() {
        return members.size();
    }

    /** The cosine of a vector with the story's centroid: how central an article is to the story. */
    public double fit(TermVector v) {
        return centroid.cosine(v);
    }

    /**
     * The mean cosine of a vector with the story's articles (group-average linkage). Unlike the
     * cosine with the centroid, it falls as a story's articles grow apart, so a loose story of
     * many events does not draw in every article on its theme.
     */
    double likeness(TermVector v) {
        return members.isEmpty() ? 0 : centroid.dot(v) / members.size();
    }

    /** The mean cosine between the articles of two stories. */
    double likeness(Story o) {
        return members.isEmpty() || o.members.isEmpty() ? 0
                : centroid.dot(o.centroid) / ((double) members.size() * o.members.size());
    }

    public boolean alive() {
        return mergedInto == null;
    }

    /** The days between {@code day} and the nearest day of the story's span (0 inside it). */
    long gap(long day) {
        if (day == ClusterArticle.UNDATED || members.isEmpty() || firstDay == Long.MAX_VALUE) {
            return 0;
        }
        return day < firstDay ? firstDay - day : Math.max(0, day - lastDay);
    }

    void add(int doc, ClusterArticle a) {
        members.add(doc);
        centroid.add(a.vector(), 1);
        remember(a);
    }

    /** Counts the article's day and actors in the story's (its vector is the caller's to add). */
    void remember(ClusterArticle a) {
        widen(a.day());
        if (a.day() != ClusterArticle.UNDATED) {
            days.add(a.day());
        }
        a.actors().forEach(x -> actors.merge(x, 1, Integer::sum));
    }

    /** Forgets what {@link #remember} counted of the articles that stay: their days and actors again. */
    void forgetAll() {
        days.clear();
        actors.clear();
        resetSpan();
    }

    /** Whether an article of {@code day} was published on a day the story has articles of (an undated one always is). */
    boolean sameDay(long day) {
        return day == ClusterArticle.UNDATED || days.isEmpty() || days.contains(day);
    }

    /** How many of the article's actors the story's articles name. */
    int sharedActors(java.util.Set<String> of) {
        int n = 0;
        for (String x : of) {
            n += actors.containsKey(x) ? 1 : 0;
        }
        return n;
    }

    /** Whether two stories have a day in common or share {@code min} actors. */
    boolean close(Story o, int min) {
        for (long d : o.days) {
            if (days.contains(d)) {
                return true;
            }
        }
        return sharedActors(o.actors.keySet()) >= min;
    }

    void widen(long day) {
        if (day != ClusterArticle.UNDATED) {
            firstDay = Math.min(firstDay, day);
            lastDay = Math.max(lastDay, day);
        }
    }

    void resetSpan() {
        firstDay = Long.MAX_VALUE;
        lastDay = Long.MIN_VALUE;
    }
}
