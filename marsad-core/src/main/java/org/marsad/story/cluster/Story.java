package org.marsad.story.cluster;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A story as the clusterer keeps it: its articles (document numbers, in the order they joined),
 * their summed vectors, the span of their publication days, the days its original articles
 * (not copies) have news of, their outlets, the days its articles name, and the actors they
 * name. A story merged into another forwards to it.
 */
public final class Story {
    private final int number;
    private final List<Integer> members = new ArrayList<>();
    final Centroid centroid = new Centroid();
    /**
     * Days the story has news of: the day of its first article, and the days of original
     * articles (not reprints) that look back or ahead to the story's days. An article that joined
     * through its actors alone does not open its day: the next item of a series would otherwise
     * bring in the whole day's coverage of that item.
     */
    private final Set<Long> days = new HashSet<>();
    /** Days its articles name, other than the days they were published on. */
    private final Set<Long> named = new HashSet<>();
    /** The outlets of its original articles. */
    private final Set<String> outlets = new HashSet<>();
    private final Map<String, Integer> actors = new HashMap<>();
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

    /** Counts the article's days and actors in the story's (its vector is the caller's to add). */
    void remember(ClusterArticle a) {
        widen(a.day());
        if (a.dated() && a.copyOf() < 0 && (days.isEmpty() || linked(a))) {
            days.add(a.day());
        }
        if (a.copyOf() < 0 && a.outlet() != null) {
            outlets.add(a.outlet());
        }
        named.addAll(a.namedDays());
        a.actors().forEach(x -> actors.merge(x, 1, Integer::sum));
    }

    /** Forgets what {@link #remember} counted of the articles that stay: their days and actors again. */
    void forgetAll() {
        days.clear();
        named.clear();
        outlets.clear();
        actors.clear();
        resetSpan();
    }

    /**
     * Whether the article may join the story on likeness. It may when it was published on a day
     * the story has news of. Otherwise:
     * <ul>
     *   <li>it must name at least {@link ClusterSettings#actors} of the story's people and
     *   organisations (unless no article of the story is dated): a developing story is carried
     *   by its actors, while a daily item (a forecast, a market report) names no one;</li>
     *   <li>and an outlet that already told the story must look back or ahead to a day the story
     *   tells of: its follow-up refers to what it reported before, while the next item of a
     *   series it runs (the day's executions, the next relief flight, the next congratulation
     *   cable) names the same bodies but tells of its own day only, or of none;</li>
     *   <li>and so must a new outlet once {@link ClusterSettings#widelyTold} outlets told the
     *   story: a late first report is then less likely than the series' next item.</li>
     * </ul>
     * An undated article is held to the same: nothing places it on the story's days.
     */
    boolean carries(ClusterArticle a, ClusterSettings settings) {
        if (a.dated() && days.contains(a.day())) {
            return true;
        }
        if (!days.isEmpty() && sharedActors(a.actors()) < settings.actors()) {
            return false;
        }
        boolean lateFirstReport = !outlets.contains(a.outlet()) && outlets.size() < settings.widelyTold();
        return a.outlet() == null || lateFirstReport || linked(a);
    }

    /**
     * Whether the article looks back or ahead to a day the story has news of or names, or the
     * story names the article's day.
     */
    private boolean linked(ClusterArticle a) {
        return a.dated() && named.contains(a.day()) || intersects(days, a.namedDays())
                || intersects(named, a.namedDays());
    }

    private static <T> boolean intersects(Set<T> a, Set<T> b) {
        Set<T> small = a.size() <= b.size() ? a : b;
        Set<T> large = small == a ? b : a;
        for (T x : small) {
            if (large.contains(x)) {
                return true;
            }
        }
        return false;
    }

    /** How many of the article's actors the story's articles name. */
    int sharedActors(Set<String> of) {
        int n = 0;
        for (String x : of) {
            n += actors.containsKey(x) ? 1 : 0;
        }
        return n;
    }

    /**
     * Whether two stories may be merged: they have a day of news in common, or they share
     * as many actors as {@link #carries} asks and, unless a few outlets told each apart, one looks back or ahead to the other's
     * days (the rule an article from another day is held to in {@link #carries}).
     */
    boolean close(Story o, ClusterSettings settings) {
        if (intersects(days, o.days)) {
            return true;
        }
        if (sharedActors(o.actors.keySet()) < settings.actors()) {
            return false;
        }
        boolean fewOutlets = outlets.size() + o.outlets.size() < settings.widelyTold();
        return fewOutlets && !intersects(outlets, o.outlets) || intersects(named, o.days) || intersects(days, o.named)
                || intersects(named, o.named);
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
