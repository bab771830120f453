package org.marsad.server.view;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.marsad.server.corpus.ArticleInfo;
import org.marsad.server.corpus.Corpus;
import org.marsad.server.corpus.TimexDate;
import org.marsad.story.StoryView;
import org.marsad.story.summary.Sentence;
import org.marsad.story.summary.SummarySentence;
import org.marsad.story.timeline.TimelineEntry;

/** A story with everything its page shows: ids resolved to names, headlines and outlets. */
public record StoryDetail(String id, String title, int size, List<String> outlets, LocalDate first, LocalDate last,
        List<SummaryLine> summary, List<Entry> timeline, List<ArticleSummary> articles) {

    /** A story as lists show it. */
    public record Summary(String id, String title, int size, List<String> outlets, LocalDate first, LocalDate last) {
        public static Summary of(StoryView s) {
            return new Summary(s.id(), s.title(), s.size(), s.outlets(), s.first(), s.last());
        }
    }

    public record SummaryLine(String text, List<Source> sources) {
    }

    /** A cited sentence: the article and the sentence's offsets in its text. */
    public record Source(String article, int start, int end, String headline, String outlet, LocalDate published) {
    }

    /**
     * A timeline entry; {@code start}/{@code end} are the days its date covers and {@code precision}
     * how exact it is (null when the date is not one of days, weeks, months or years).
     */
    public record Entry(String date, LocalDate start, LocalDate end, String precision, boolean dateInferred,
            String type, String status, String summary, List<EntityRef> participants, EntityRef place,
            List<String> outlets, List<Source> sources) {
    }

    public static StoryDetail of(StoryView s, Corpus corpus) {
        List<SummaryLine> summary = new ArrayList<>();
        for (SummarySentence line : s.summary()) {
            List<Source> sources = new ArrayList<>();
            for (Sentence source : line.sources()) {
                sources.add(source(corpus, source.article(), source.start(), source.end()));
            }
            summary.add(new SummaryLine(line.text(), sources));
        }
        List<Entry> timeline = new ArrayList<>();
        for (TimelineEntry e : s.timeline()) {
            timeline.add(entry(e, corpus));
        }
        List<ArticleSummary> articles = new ArrayList<>();
        for (String id : s.articles()) {
            ArticleInfo a = corpus.article(id);
            if (a != null) {
                articles.add(ArticleSummary.of(a));
            }
        }
        return new StoryDetail(s.id(), s.title(), s.size(), s.outlets(), s.first(), s.last(), summary, timeline,
                articles);
    }

    private static Entry entry(TimelineEntry e, Corpus corpus) {
        TimexDate date = TimexDate.parse(e.date());
        List<EntityRef> participants = new ArrayList<>();
        for (String id : e.participants()) {
            participants.add(ref(corpus, id));
        }
        List<Source> sources = new ArrayList<>();
        List<String> outlets = new ArrayList<>();
        for (TimelineEntry.Source source : e.sources()) {
            Source s = source(corpus, source.article(), source.start(), source.end());
            sources.add(s);
            if (s.outlet() != null && !outlets.contains(s.outlet())) {
                outlets.add(s.outlet());
            }
        }
        return new Entry(e.date(), date == null ? null : date.start(), date == null ? null : date.end(),
                date == null ? null : date.precision().name(), e.dateInferred(), e.type(), e.status(), e.summary(),
                participants, e.place() == null ? null : ref(corpus, e.place()), outlets, sources);
    }

    private static EntityRef ref(Corpus corpus, String id) {
        var entity = corpus.entity(id);
        return entity != null ? EntityRef.of(entity, 0) : new EntityRef(id, null, id, null, 0);
    }

    private static Source source(Corpus corpus, String article, int start, int end) {
        ArticleInfo a = corpus.article(article);
        return a == null ? new Source(article, start, end, null, null, null)
                : new Source(article, start, end, a.headline(), a.outlet(), a.published());
    }
}
