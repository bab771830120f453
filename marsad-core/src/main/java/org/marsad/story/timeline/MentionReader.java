package org.marsad.story.timeline;

import java.util.ArrayList;
import java.util.List;
import org.marsad.dating.DayRange;
import org.marsad.story.StoryArticle;

/**
 * Reads what an article contributes to a timeline: its dated events, and its lead statement,
 * the words of a named person the article opens with (the news of most reports is what someone
 * said). Later quotes are left to the quote layer: a timeline of every remark would bury events.
 */
public final class MentionReader {
    /** The lead statement's speech verb lies in one of the first sentences of the body. */
    private static final int LEAD_SENTENCES = 3;

    public List<EventMention> read(StoryArticle a) {
        List<EventMention> out = new ArrayList<>();
        for (StoryArticle.Event e : a.events()) {
            DayRange days = e.date() == null ? null : DayRange.of(e.date());
            if (days != null) {
                out.add(new EventMention(a.id(), e.type(), e.date(), days, inferred(a, e.sentence(), e.date()),
                        e.participants(), e.place(), e.status(), e.sentence().start(), e.sentence().end(),
                        a.slice(e.sentence())));
            }
        }
        EventMention lead = leadStatement(a);
        if (lead != null) {
            out.add(lead);
        }
        return out;
    }

    private EventMention leadStatement(StoryArticle a) {
        List<StoryArticle.Range> body = bodySentences(a);
        for (StoryArticle.Quote q : a.quotes()) {
            int at = q.cueStart() >= 0 ? q.cueStart() : q.start();
            StoryArticle.Range sentence = body.stream().filter(s -> s.contains(at)).findFirst().orElse(null);
            if (sentence == null || body.indexOf(sentence) >= LEAD_SENTENCES) {
                continue;
            }
            if (q.speakerEntity() == null || !isPerson(a, q.speakerEntity())) {
                return null; // the lead is an institution's or an unnamed source's: no one to put on the timeline
            }
            StoryArticle.Timex when = dateOutside(a, sentence, q);
            String date = when != null ? when.value() : a.published() != null ? a.published().toString() : null;
            if (date == null) {
                return null;
            }
            boolean inferred = when != null ? inferred(a, sentence, date) : a.publishedInferred();
            return new EventMention(a.id(), "STATEMENT", date, DayRange.of(date), inferred, List.of(q.speakerEntity()),
                    null, "HAPPENED", sentence.start(), sentence.end(), a.slice(sentence));
        }
        return null;
    }

    private static List<StoryArticle.Range> bodySentences(StoryArticle a) {
        int bodyStart = a.bodyStart();
        return a.sentences().stream().filter(s -> s.start() >= bodyStart).limit(LEAD_SENTENCES + 1L).toList();
    }

    private static boolean isPerson(StoryArticle a, String entity) {
        return a.entities().stream().anyMatch(m -> entity.equals(m.entity()) && "PER".equals(m.type()));
    }

    /** A day named in the sentence outside what was said: when it was said, not what it was about. */
    private static StoryArticle.Timex dateOutside(StoryArticle a, StoryArticle.Range sentence, StoryArticle.Quote q) {
        for (StoryArticle.Timex t : a.timexes()) {
            boolean inSentence = sentence.start() <= t.start() && t.end() <= sentence.end();
            boolean inQuote = t.start() < q.end() && q.start() < t.end();
            DayRange days = DayRange.of(t.value());
            if (inSentence && !inQuote && days != null && days.days() == 1) {
                return t;
            }
        }
        return null;
    }

    /**
     * Whether a date rests on an inferred publication date: the article's date was inferred, and
     * the time expression that gave the date writes no year ("on Thursday", "10 January").
     */
    private static boolean inferred(StoryArticle a, StoryArticle.Range sentence, String date) {
        if (!a.publishedInferred()) {
            return false;
        }
        for (StoryArticle.Timex t : a.timexes()) {
            if (sentence.start() <= t.start() && t.end() <= sentence.end() && date.equals(t.value())
                    && writesYear(a.text(), t)) {
                return false;
            }
        }
        return true;
    }

    private static boolean writesYear(String text, StoryArticle.Timex t) {
        int digits = 0;
        for (int i = t.start(); i < t.end(); i++) {
            digits = Character.isDigit(text.charAt(i)) ? digits + 1 : 0;
            if (digits == 4) {
                return true;
            }
        }
        return false;
    }
}
