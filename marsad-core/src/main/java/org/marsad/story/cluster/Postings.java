package org.marsad.story.cluster;

import java.util.Arrays;
import java.util.function.Consumer;

/**
 * The stories posted under one term, in the order posted, each with the day of the article that
 * posted it. Read newest first, so the scan for a new article stops at stories too old to take it.
 */
final class Postings {
    private Story[] stories = new Story[4];
    private long[] days = new long[4];
    private int size;

    void add(Story story, long day) {
        if (size > 0 && stories[size - 1] == story) {
            days[size - 1] = Math.max(days[size - 1], day);
            return;
        }
        if (size == stories.length) {
            stories = Arrays.copyOf(stories, size * 2);
            days = Arrays.copyOf(days, size * 2);
        }
        stories[size] = story;
        days[size++] = day;
    }

    /** Hands over the newest postings (at most {@code max}), skipping those more than {@code window} days from {@code day}. */
    void collect(long day, int window, int max, Consumer<Story> sink) {
        for (int i = size - 1, seen = 0; i >= 0 && seen < max; i--, seen++) {
            if (day == ClusterArticle.UNDATED || days[i] == ClusterArticle.UNDATED
                    || Math.abs(day - days[i]) <= window) {
                sink.accept(stories[i]);
            }
        }
    }
}
