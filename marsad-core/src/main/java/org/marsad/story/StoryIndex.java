package org.marsad.story;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.marsad.dating.DayRange;
import org.marsad.doc.Span;
import org.marsad.story.cluster.ClusterArticle;
import org.marsad.story.cluster.ClusterSettings;
import org.marsad.story.cluster.Story;
import org.marsad.story.cluster.StoryClusterer;
import org.marsad.story.cluster.TermCounter;
import org.marsad.story.cluster.Vocabulary;
import org.marsad.story.duplicate.CopyDetector;
import org.marsad.story.duplicate.CopyGroups;
import org.marsad.story.duplicate.Shingles;
import org.marsad.story.summary.Sentence;
import org.marsad.story.summary.StorySummarizer;
import org.marsad.story.timeline.EventMention;
import org.marsad.story.timeline.MentionReader;
import org.marsad.story.timeline.TimelineBuilder;
import org.marsad.text.Token;
import org.marsad.text.Tokenizer;

/**
 * The cross-document layer, kept up to date one article at a time: each added article is checked
 * for being a copy of an earlier one, placed in a story, and remembered for its story's timeline
 * and summary. Nothing already placed is analysed again; what an addition changes (a story
 * merged or split, an earlier copy found) shows in the next {@link #placement} and
 * {@link #stories()}. Not thread-safe: articles are added from one thread.
 */
public final class StoryIndex {
    /** Terms kept per article vector. */
    private static final int VECTOR_TERMS = 60;
    /** Body sentences of each article that may go into its story's summary. */
    private static final int SUMMARY_CANDIDATES = 4;
    /** Articles of a story read for its summary: the earliest, which carry the news first. */
    private static final int SUMMARY_ARTICLES = 60;
    /** The longest span of days a time expression may name to tie an article to a story's days. */
    private static final int NAMED_SPAN_DAYS = 7;

    private final Tokenizer tokenizer = new Tokenizer();
    private final TermCounter terms = new TermCounter();
    private final Vocabulary vocabulary = new Vocabulary();
    private final CopyDetector copies = new CopyDetector();
    private final CopyGroups groups = new CopyGroups(this::compareDocs);
    private final StoryClusterer clusterer;
    private final MentionReader mentions = new MentionReader();
    private final TimelineBuilder timelines = new TimelineBuilder();
    private final StorySummarizer summarizer = new StorySummarizer(3);
    private final List<Digest> digests = new ArrayList<>();
    private final Map<String, Integer> docs = new HashMap<>();

    public StoryIndex() {
        this(ClusterSettings.DEFAULT);
    }

    public StoryIndex(ClusterSettings settings) {
        clusterer = new StoryClusterer(settings);
    }

    /** Adds an article and returns where it went; an id added before is placed again as a new article. */
    public Placement add(StoryArticle a) {
        int doc = digests.size();
        List<Token> tokens = tokenizer.tokenize(a.text());
        CopyDetector.Copy copy = copies.add(Shingles.ofBody(tokens, a.bodyStart()));
        digests.add(new Digest(a.id(), a.outlet(), a.headline(), a.published(), mentions.read(a),
                summaryCandidates(a, tokens)));
        docs.put(a.id(), doc);
        groups.add(doc);
        if (copy != null) {
            groups.join(copy.doc(), doc);
        }
        long day = a.published() == null ? ClusterArticle.UNDATED : a.published().toEpochDay();
        Story story = clusterer.add(new ClusterArticle(vocabulary.add(terms.count(a, tokens), VECTOR_TERMS), day,
                copy == null ? -1 : copy.doc(), actors(a), a.outlet(), namedDays(a, day)));
        return new Placement(storyId(story), duplicateOf(doc));
    }

    public int size() {
        return digests.size();
    }

    /** Where an added article is now, or null for an id never added. */
    public Placement placement(String articleId) {
        Integer doc = docs.get(articleId);
        return doc == null ? null : new Placement(storyId(clusterer.story(doc)), duplicateOf(doc));
    }

    /** The shingles an added article was compared on for copies, or null for an id never added. */
    public int[] shingles(String articleId) {
        Integer doc = docs.get(articleId);
        return doc == null ? null : copies.shingles(doc);
    }

    /** Every story, largest first (ties: earliest opened first), with its summary and timeline. */
    public List<StoryView> stories() {
        List<Story> live = new ArrayList<>(clusterer.stories());
        live.sort(Comparator.comparingInt(Story::size).reversed().thenComparingInt(Story::number));
        List<StoryView> out = new ArrayList<>(live.size());
        for (Story s : live) {
            out.add(view(s));
        }
        return out;
    }

    private StoryView view(Story s) {
        List<Integer> members = new ArrayList<>(s.members());
        members.sort(this::compareDocs);
        List<String> articles = new ArrayList<>();
        LinkedHashSet<String> outlets = new LinkedHashSet<>();
        List<EventMention> told = new ArrayList<>();
        List<Sentence> candidates = new ArrayList<>();
        LocalDate first = null;
        LocalDate last = null;
        for (int doc : members) {
            Digest d = digests.get(doc);
            articles.add(d.id());
            if (d.outlet() != null) {
                outlets.add(d.outlet());
            }
            told.addAll(d.mentions());
            if (articles.size() <= SUMMARY_ARTICLES) {
                candidates.addAll(d.sentences());
            }
            if (d.published() != null) {
                first = first == null || d.published().isBefore(first) ? d.published() : first;
                last = last == null || d.published().isAfter(last) ? d.published() : last;
            }
        }
        return new StoryView(storyId(s), title(s), articles, List.copyOf(outlets), first, last,
                summarizer.summarize(candidates), timelines.build(told));
    }

    /** The headline of the article closest to the story's centre. */
    private String title(Story s) {
        String best = null;
        double bestFit = Double.NEGATIVE_INFINITY;
        for (int doc : s.members()) {
            String headline = digests.get(doc).headline();
            double fit = s.fit(clusterer.vector(doc));
            if (headline != null && !headline.isBlank() && fit > bestFit) {
                bestFit = fit;
                best = headline;
            }
        }
        return best;
    }

    /** A story is named after its first article, so its id stays as articles join it. */
    private String storyId(Story s) {
        int founder = s.members().stream().min(Integer::compare).orElseThrow();
        return "s-" + digests.get(founder).id();
    }

    private String duplicateOf(int doc) {
        int original = groups.original(doc);
        return original == doc ? null : digests.get(original).id();
    }

    /** Earlier publication first; undated after dated; then in the order added. */
    private int compareDocs(int a, int b) {
        LocalDate da = digests.get(a).published();
        LocalDate db = digests.get(b).published();
        if (da != null && db != null && !da.equals(db)) {
            return da.compareTo(db);
        }
        if ((da == null) != (db == null)) {
            return da == null ? 1 : -1;
        }
        return Integer.compare(a, b);
    }

    private List<Sentence> summaryCandidates(StoryArticle a, List<Token> tokens) {
        List<Sentence> out = new ArrayList<>();
        int bodyStart = a.bodyStart();
        int position = 0;
        for (StoryArticle.Range r : a.sentences()) {
            if (r.start() < bodyStart) {
                continue;
            }
            if (position == SUMMARY_CANDIDATES) {
                break;
            }
            List<Integer> words = new ArrayList<>();
            for (int i = Span.firstEndingAfter(tokens, r.start()); i < tokens.size() && tokens.get(i).start() < r.end(); i++) {
                if (terms.isContent(tokens.get(i))) {
                    words.add(tokens.get(i).stem().hashCode());
                }
            }
            int[] set = IntSets.of(words.stream().mapToInt(Integer::intValue).toArray());
            out.add(new Sentence(a.id(), a.outlet(), r.start(), r.end(), a.slice(r).strip(), set, position++));
        }
        return out;
    }

    /** The people and organisations an article names, by corpus entity id. */
    private static Set<String> actors(StoryArticle a) {
        Set<String> out = new HashSet<>();
        for (StoryArticle.Mention m : a.entities()) {
            if (m.entity() != null && ("PER".equals(m.type()) || "ORG".equals(m.type()))) {
                out.add(m.entity());
            }
        }
        return out;
    }

    /**
     * The days an article's time expressions look back or ahead to: those naming a day, or a span
     * of up to a week ("last week", "on 9 and 10 January"), that leaves out its own day.
     */
    private static Set<Long> namedDays(StoryArticle a, long own) {
        Set<Long> out = new HashSet<>();
        for (StoryArticle.Timex t : a.timexes()) {
            DayRange r = t.value() == null ? null : DayRange.of(t.value());
            if (r != null && r.days() <= NAMED_SPAN_DAYS && (own < r.first() || own > r.last())) {
                for (long d = r.first(); d <= r.last(); d++) {
                    out.add(d);
                }
            }
        }
        return out;
    }

    /** What is kept of an article once placed. */
    private record Digest(String id, String outlet, String headline, LocalDate published,
            List<EventMention> mentions, List<Sentence> sentences) {
    }
}
