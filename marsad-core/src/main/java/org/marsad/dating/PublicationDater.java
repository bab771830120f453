package org.marsad.dating;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.marsad.doc.Doc;
import org.marsad.doc.TextSpan;
import org.marsad.text.SentenceSplitter;
import org.marsad.time.Timex;
import org.marsad.time.TimexTagger;

/**
 * Infers the day an undated article was written. Each candidate day is tried as the anchor of
 * the article's time expressions, and scored by two kinds of evidence:
 * <ul>
 * <li>recency: news speaks mostly of days close to the day it is written, with a likelihood
 *     that falls off about as one over the distance, and its lead speaks of the news itself; so
 *     the lead's "الخميس" in a past-tense sentence is most likely the day of writing or the day
 *     before, and an article that looks back to "7 December" and ahead to "10 January" and to
 *     New Year's day was written in late December;</li>
 * <li>agreement with the corpus: an expression whose sentence tells of the same thing as a dated
 *     mention in another article (same event words, see {@link EvidenceIndex}) should resolve to
 *     that mention's day: "الأسبوع الماضي ... عبر تقنية الفيديو" must cover the day another
 *     article gives the video call.</li>
 * </ul>
 * Written dates must also sit on the side of the day their tense says. A download date, when the
 * input gives one, bounds the candidates, adds the week before it, and pulls towards itself as
 * strongly as the lead does; with nothing else to go on, it is the date. Beyond a month, a
 * mention's distance no longer counts: it is background (an anniversary, a history). The
 * confidence is the share of the best day in the normalised likelihood of all candidates, so an
 * article that could as well be from the week before gets a low one.
 */
public final class PublicationDater {
    /** Weight of agreeing with a dated mention of the same event, against one step of recency. */
    static final double MATCH_WEIGHT = 3;
    /**
     * How much more the first dated expression counts: news leads with the news, so the lead's
     * "الخميس" is the day of writing or the day before far more often than a later background date.
     */
    private static final double LEAD_WEIGHT = 3;
    /** The cost of a day on which the text's "today, Thursday" would not be a Thursday. */
    private static final double CONTRADICTION_PENALTY = 12;
    /** The cost of a written date on the wrong side of the day for its tense. */
    private static final double TENSE_PENALTY = 3;
    /**
     * Crawlers fetch news within a day or two of its appearing: a pull towards the download date as
     * strong as the lead's (README, dating; chosen on SaudiNewsNet days whose addresses give the
     * publication day).
     */
    private static final double DOWNLOAD_WEIGHT = 3;
    /**
     * Days beyond which a dated mention is background, not news: an article on the 1990 invasion,
     * downloaded in 2015, counts its date no more against 2015 than one a month away.
     */
    private static final int HORIZON = 31;
    /** How sure a date is that only the download gives. */
    private static final double DOWNLOAD_ONLY_CONFIDENCE = 0.05;
    /** How much more naming the same day of a month says than a Thursday or a "last week". */
    private static final double SAME_DAY_BOOST = 4;
    /**
     * Days around a referenced day where the article may have been written: a weekday or "last
     * week" reaches about this far.
     */
    private static final int AROUND = 10;
    /** Days after a written date where the article may have been written. */
    private static final int AFTER_WRITTEN = 31;
    private static final int MAX_CANDIDATES = 400;
    /** Ranges longer than a month say too little about the day to weigh. */
    private static final int MAX_RANGE = 31;

    public record Inference(LocalDate date, double confidence) {
    }

    private final TimexTagger tagger;

    public PublicationDater(TimexTagger tagger) {
        this.tagger = tagger;
    }

    /** The date of an article from its own text and its download date, without other articles. */
    public Inference infer(Doc doc) {
        return infer(doc, tagger.prepare(doc.text(), doc.get(SentenceSplitter.LAYER)));
    }

    /** The same, for an article whose sentences the caller has prepared (and will resolve again). */
    public Inference infer(Doc doc, TimexTagger.Prepared sentences) {
        ArticleClues clues = ArticleClues.of(doc, tagger, sentences, false);
        List<List<EvidenceIndex.Match>> none = new ArrayList<>();
        clues.sentences.forEach(s -> none.add(List.of()));
        return infer(clues, none, doc.meta().downloaded());
    }

    /** The date, given each relative sentence's matches in the corpus. */
    Inference infer(ArticleClues clues, List<List<EvidenceIndex.Match>> matches, LocalDate notAfter) {
        if (clues.sentences.isEmpty() && clues.absolute.isEmpty()) {
            // nothing in the text dates it: a crawled article was most likely published the day it was fetched
            return notAfter == null ? null : new Inference(notAfter, DOWNLOAD_ONLY_CONFIDENCE);
        }
        TreeSet<Long> candidates = candidates(clues, matches, notAfter);
        if (candidates.isEmpty()) {
            return null;
        }
        long best = 0;
        double bestScore = Double.NEGATIVE_INFINITY;
        double[] scores = new double[candidates.size()];
        int n = 0;
        for (long day : candidates) {
            double s = score(clues, matches, day);
            if (notAfter != null) {
                s -= DOWNLOAD_WEIGHT * Math.log1p(notAfter.toEpochDay() - day);
            }
            scores[n++] = s;
            if (s > bestScore) {
                bestScore = s;
                best = day;
            }
        }
        double mass = 0;
        for (double s : scores) {
            mass += Math.exp(s - bestScore);
        }
        return new Inference(LocalDate.ofEpochDay(best), 1 / mass);
    }

    private static TreeSet<Long> candidates(ArticleClues clues, List<List<EvidenceIndex.Match>> matches,
                                            LocalDate notAfter) {
        TreeSet<Long> days = new TreeSet<>();
        for (ArticleClues.Written written : clues.absolute) {
            DayRange r = written.days();
            if (r.days() <= MAX_RANGE) {
                addRange(days, r.first() - AROUND, r.last() + AFTER_WRITTEN);
            }
        }
        List<EvidenceIndex.Match> all = new ArrayList<>();
        matches.forEach(all::addAll);
        all.sort(Comparator.comparingDouble((EvidenceIndex.Match m) -> -m.similarity() * m.mention().weight()));
        for (EvidenceIndex.Match m : all) {
            DayRange r = m.mention().days();
            if ((m.sameKind() || r.days() == 1) && r.days() <= MAX_RANGE && days.size() < MAX_CANDIDATES) {
                addRange(days, r.first() - AROUND, r.last() + AROUND);
            }
        }
        if (notAfter != null) {
            long last = notAfter.toEpochDay();
            // the days just before the download are always candidates: the dated mentions may all be
            // background; and weekdays and deictics score alike from week to week, so the last week says it all
            addRange(days, last - 6, last);
            days.tailSet(last, false).clear();
        }
        return days;
    }

    private static void addRange(TreeSet<Long> days, long first, long last) {
        for (long d = first; d <= last; d++) {
            days.add(d);
        }
    }

    /** Log-likelihood, up to a constant, that the article was written on {@code day}. */
    private double score(ArticleClues clues, List<List<EvidenceIndex.Match>> matches, long day) {
        List<Timex> timexes = tagger.resolve(clues.relative, LocalDate.ofEpochDay(day));
        Map<String, DayRange> distinct = new HashMap<>();
        int leadStart = Integer.MAX_VALUE;
        String lead = null;
        double[] agreement = new double[clues.sentences.size()];
        double contradictions = 0;
        int s = 0;
        for (Timex t : timexes) {
            DayRange r = DayRange.of(t.value());
            if (r == null || r.days() > MAX_RANGE) {
                continue;
            }
            if (r.days() == 1 && clues.contradicts(t.start(), r.first(), day)) {
                contradictions += CONTRADICTION_PENALTY;
            }
            distinct.put(t.value(), r);
            if (t.start() < leadStart) {
                leadStart = t.start();
                lead = t.value();
            }
            s = sentenceOf(clues.sentences, t, s);
            boolean sameDay = clues.namesDayOfMonth(t.start());
            for (EvidenceIndex.Match m : matches.get(s)) {
                // "Thursday" or "last week" match by chance unless the event is of the same kind
                if (r.overlaps(m.mention().days()) && (sameDay || m.sameKind())) {
                    double sim = sameDay ? Math.min(1, m.similarity() * SAME_DAY_BOOST) : m.similarity();
                    agreement[s] = Math.max(agreement[s], sim * m.mention().weight());
                }
            }
        }
        double score = -contradictions;
        for (ArticleClues.Written w : clues.absolute) {
            if (w.days().days() > MAX_RANGE) {
                continue;
            }
            distinct.put(w.value(), w.days());
            if (w.start() < leadStart) {
                leadStart = w.start();
                lead = w.value();
            }
            // "talks that began on 14 September" cannot be written before the 14th
            boolean wrongSide = w.future() ? w.days().last() < day : w.days().first() > day;
            if (wrongSide) {
                score -= TENSE_PENALTY;
            }
        }
        for (Map.Entry<String, DayRange> e : distinct.entrySet()) {
            DayRange r = e.getValue();
            // a week or less places the day; a month only roughly
            double weight = r.days() <= 7 ? 1 : 0.5;
            if (e.getKey().equals(lead)) {
                weight *= LEAD_WEIGHT;
            }
            score -= weight * Math.log1p(Math.min(HORIZON, r.distanceTo(day)));
        }
        for (double a : agreement) {
            score += MATCH_WEIGHT * a;
        }
        return score;
    }

    private static int sentenceOf(List<TextSpan> sentences, Timex t, int from) {
        int s = from;
        while (s + 1 < sentences.size() && sentences.get(s).end() <= t.start()) {
            s++;
        }
        return s;
    }
}
