package org.marsad.story.cluster;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Online story clustering: each article, as it arrives, joins the story whose articles it is
 * most like or opens a new one, in the manner of single-pass first-story detection (Allan et al.
 * 1998), and nothing already placed is clustered again. Two corrections keep stories right as
 * they grow: an article close to two stories that are close to each other merges them, and a
 * story that doubles in size is checked for parts that no longer share anything and split.
 *
 * <p>Likeness is the mean cosine of the article's tf-idf vector (words and entities) with the
 * story's articles, discounted as the article's day moves away from the story's days: a story can go quiet for
 * weeks and resume, but the older it is the more an article must share with it.
 */
public final class StoryClusterer {
    /** Terms of an article that find candidate stories. */
    private static final int FINDING_TERMS = 12;
    /** Postings scanned per term, newest first; older ones belong to stories long closed. */
    private static final int SCAN = 400;
    /** Candidate stories measured in full: those sharing most finding terms with the article. */
    private static final int MEASURED = 40;

    private final ClusterSettings settings;
    private final List<Story> stories = new ArrayList<>();
    private final List<ClusterArticle> articles = new ArrayList<>();
    private final List<Story> storyOf = new ArrayList<>();
    /** For each term, the stories whose articles weigh it heavily, each with the day it was posted. */
    private final Map<Integer, Postings> postings = new HashMap<>();

    public StoryClusterer() {
        this(ClusterSettings.DEFAULT);
    }

    public StoryClusterer(ClusterSettings settings) {
        this.settings = settings;
    }

    ClusterSettings settings() {
        return settings;
    }

    /** Places the next document (numbered from 0 in the order added) and returns its story. */
    public Story add(ClusterArticle a) {
        int doc = articles.size();
        articles.add(a);
        List<Scored> near = a.copyOf() >= 0 ? List.of() : candidates(a);
        Story story;
        if (a.copyOf() >= 0) {
            story = story(a.copyOf());
        } else if (!near.isEmpty() && near.get(0).score >= settings.join()) {
            story = near.get(0).story;
        } else {
            story = open();
        }
        storyOf.add(story);
        story.add(doc, a);
        post(story, a);
        for (int i = 1; i < near.size() && near.get(i).score >= settings.join(); i++) {
            Story other = near.get(i).story;
            if (other.alive() && other != story && story.likeness(other) >= settings.merge()
                    && story.close(other, settings)) {
                story = merge(story, other);
            }
        }
        if (story.size() >= 2 * story.checkedAtSize) {
            story.checkedAtSize = story.size();
            new StorySplitter(this).split(story);
        }
        return story;
    }

    /** The story a document belongs to now. */
    public Story story(int doc) {
        Story s = storyOf.get(doc);
        while (s.mergedInto != null) {
            s = s.mergedInto;
        }
        storyOf.set(doc, s);
        return s;
    }

    /** The live stories, in the order they were opened. */
    public List<Story> stories() {
        List<Story> out = new ArrayList<>();
        for (Story s : stories) {
            if (s.alive() && s.size() > 0) {
                out.add(s);
            }
        }
        return out;
    }

    /** The vector of an added document. */
    public TermVector vector(int doc) {
        return articles.get(doc).vector();
    }

    ClusterArticle article(int doc) {
        return articles.get(doc);
    }

    Story open() {
        Story s = new Story(stories.size());
        stories.add(s);
        return s;
    }

    /** Moves a document from the story it is in to {@code to}; the caller mends the old story's centroid and span. */
    void move(int doc, Story to) {
        ClusterArticle a = articles.get(doc);
        storyOf.set(doc, to);
        to.add(doc, a);
        post(to, a);
    }

    private record Scored(Story story, double score) {
    }

    /** The stories the article might join, best first, with their discounted likeness. */
    private List<Scored> candidates(ClusterArticle a) {
        Map<Story, Integer> hits = new HashMap<>();
        for (int term : heaviest(a.vector(), FINDING_TERMS)) {
            Postings p = postings.get(term);
            if (p != null) {
                p.collect(a.day(), settings.windowDays(), SCAN, s -> hits.merge(live(s), 1, Integer::sum));
            }
        }
        List<Map.Entry<Story, Integer>> found = new ArrayList<>(hits.entrySet());
        // most terms shared first, then the oldest story: the same input gives the same stories on every run
        found.sort((x, y) -> x.getValue().equals(y.getValue()) ? x.getKey().number() - y.getKey().number()
                : y.getValue() - x.getValue());
        if (found.size() > MEASURED) {
            found = found.subList(0, MEASURED);
        }
        List<Scored> out = new ArrayList<>();
        for (Map.Entry<Story, Integer> e : found) {
            Story s = e.getKey();
            long gap = s.gap(a.day());
            if (gap <= settings.windowDays() && s.carries(a, settings)) {
                out.add(new Scored(s, s.likeness(a.vector()) * settings.discount(gap)));
            }
        }
        out.sort((x, y) -> Double.compare(y.score, x.score));
        return out;
    }

    private static Story live(Story s) {
        while (s.mergedInto != null) {
            s = s.mergedInto;
        }
        return s;
    }

    private void post(Story story, ClusterArticle a) {
        for (int term : heaviest(a.vector(), FINDING_TERMS)) {
            postings.computeIfAbsent(term, t -> new Postings()).add(story, a.day());
        }
    }

    /** The larger story absorbs the smaller; on a tie the older one. */
    private Story merge(Story a, Story b) {
        Story keep = a.size() > b.size() || a.size() == b.size() && a.number() < b.number() ? a : b;
        Story gone = keep == a ? b : a;
        for (int doc : gone.members()) {
            keep.members().add(doc);
            keep.remember(articles.get(doc));
            storyOf.set(doc, keep);
        }
        keep.centroid.addAll(gone.centroid);
        gone.mergedInto = keep;
        gone.members().clear();
        return keep;
    }

    /** The ids of the {@code n} heaviest terms of a vector. */
    static int[] heaviest(TermVector v, int n) {
        int k = Math.min(n, v.size());
        int[] best = new int[k];
        float[] bestWeight = new float[k];
        int filled = 0;
        for (int i = 0; i < v.size(); i++) {
            float w = v.weights()[i];
            if (filled < k) {
                best[filled] = v.terms()[i];
                bestWeight[filled++] = w;
            } else {
                int min = 0;
                for (int j = 1; j < k; j++) {
                    if (bestWeight[j] < bestWeight[min]) {
                        min = j;
                    }
                }
                if (w > bestWeight[min]) {
                    best[min] = v.terms()[i];
                    bestWeight[min] = w;
                }
            }
        }
        return best;
    }
}
