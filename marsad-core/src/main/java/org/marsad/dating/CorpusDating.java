package org.marsad.dating;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.marsad.batch.CorpusStage;
import org.marsad.doc.Doc;
import org.marsad.doc.TextSpan;
import org.marsad.pipeline.Pipeline;
import org.marsad.text.SentenceSplitter;
import org.marsad.text.Tokenizer;
import org.marsad.time.Timex;
import org.marsad.time.TimexTagger;

/**
 * Dates the articles that give no date from what the whole corpus says. Every article's dated
 * mentions go into an {@link EvidenceIndex}; articles without a written date are held back, and
 * at the end dated in rounds, the surest first, each newly dated article becoming evidence for
 * the rest (an article dated by the Geneva talks dates the one that says "the call last week").
 * Articles whose own text dates them surely are not held.
 * A held article is then analysed again from the time stage with its new date.
 *
 * <p>At most {@code maxHeld} articles are held, so memory stays bounded; the others keep the
 * date their own text gave them.
 */
public final class CorpusDating implements CorpusStage {
    public static final int DEFAULT_MAX_HELD = 300;
    /** Articles dated at least this surely by their own text are not held; a round dates them first. */
    private static final double SURE = 0.5;
    /** Rounds of dating at the end; the last dates all that can be dated. */
    private static final int ROUNDS = 4;

    private final Pipeline pipeline;
    private final TimexTagger tagger;
    private final PublicationDater dater;
    private final int maxHeld;
    private final EvidenceIndex evidence = new EvidenceIndex();
    private final List<Doc> held = new ArrayList<>();
    /** Each held article's matches and how many mentions they were computed over. */
    private record Matches(List<List<EvidenceIndex.Match>> bySentence, int upTo) {
    }

    private final Map<Doc, Matches> matches = new IdentityHashMap<>();

    public CorpusDating(Pipeline pipeline, TimexTagger tagger, int maxHeld) {
        this.pipeline = pipeline;
        this.tagger = tagger;
        this.dater = new PublicationDater(tagger);
        this.maxHeld = maxHeld;
    }

    @Override
    public boolean pass(Doc doc) {
        if (doc.meta().hasWrittenDate()) {
            addEvidence(doc, 1, true);
            return true;
        }
        boolean sure = doc.meta().published() != null && doc.meta().publishedConfidence() >= SURE;
        if (!sure && held.size() < maxHeld) {
            held.add(doc);
            return false;
        }
        addEvidence(doc, doc.meta().published() == null ? 0 : doc.meta().publishedConfidence(), true);
        return true;
    }

    @Override
    public List<Doc> finish() {
        Map<Doc, ArticleClues> clues = new IdentityHashMap<>();
        matches.clear();
        for (Doc doc : held) {
            ArticleClues c = ArticleClues.of(doc, tagger);
            clues.put(doc, c);
            evidence.countDocument(c.words());
        }
        Map<Doc, Doc> dated = new IdentityHashMap<>();
        List<Doc> open = new ArrayList<>(held);
        for (int round = 1; round <= ROUNDS && !open.isEmpty(); round++) {
            int take = round == ROUNDS ? open.size() : (open.size() + ROUNDS - round) / (ROUNDS - round + 1);
            List<Doc> sure = dateRound(open, clues, dated, take);
            if (sure.isEmpty()) {
                break;
            }
            open.removeAll(sure);
        }
        List<Doc> out = new ArrayList<>(held.size());
        for (Doc doc : held) {
            out.add(dated.getOrDefault(doc, doc));
        }
        held.clear();
        matches.clear();
        return out;
    }

    /** Dates the {@code take} surest of the open articles, and any other sure one; returns them. */
    private List<Doc> dateRound(List<Doc> open, Map<Doc, ArticleClues> clues, Map<Doc, Doc> dated, int take) {
        List<Doc> docs = new ArrayList<>();
        List<PublicationDater.Inference> found = new ArrayList<>();
        for (Doc doc : open) {
            ArticleClues c = clues.get(doc);
            PublicationDater.Inference inf = dater.infer(c, matchesOf(doc, c), doc.meta().downloaded());
            if (inf != null) {
                docs.add(doc);
                found.add(inf);
            }
        }
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < docs.size(); i++) {
            order.add(i);
        }
        order.sort((a, b) -> Double.compare(found.get(b).confidence(), found.get(a).confidence()));
        List<Doc> done = new ArrayList<>();
        for (int k = 0; k < order.size(); k++) {
            int i = order.get(k);
            if (k >= take && found.get(i).confidence() < SURE) {
                break;
            }
            Doc doc = docs.get(i);
            PublicationDater.Inference inf = found.get(i);
            Doc redated = pipeline.reanalyze(doc, doc.meta().withInferredPublished(inf.date(), inf.confidence()),
                    TimexTagger.LAYER);
            dated.put(doc, redated);
            addEvidence(redated, inf.confidence(), false);
            done.add(doc);
        }
        return done;
    }

    /** Adds a dated article's mentions; {@code count} its words, unless they were counted when it was held. */
    /** A held article's matches, brought up to date with the mentions added since last asked. */
    private List<List<EvidenceIndex.Match>> matchesOf(Doc doc, ArticleClues c) {
        Matches known = matches.get(doc);
        if (known == null) {
            known = new Matches(new ArrayList<>(), 0);
            for (int s = 0; s < c.context.size(); s++) {
                known.bySentence().add(List.of());
            }
        }
        List<List<EvidenceIndex.Match>> now = new ArrayList<>();
        for (int s = 0; s < c.context.size(); s++) {
            now.add(evidence.matches(c.context.get(s), c.id, known.upTo(), known.bySentence().get(s)));
        }
        matches.put(doc, new Matches(now, evidence.size()));
        return now;
    }

    private void addEvidence(Doc doc, double weight, boolean count) {
        List<Timex> timexes = doc.get(TimexTagger.LAYER);
        List<TextSpan> sentences = new ArrayList<>();
        List<List<DayRange>> days = new ArrayList<>();
        int t = 0;
        for (TextSpan s : doc.get(SentenceSplitter.LAYER)) {
            List<DayRange> here = new ArrayList<>();
            while (t < timexes.size() && timexes.get(t).start() < s.end()) {
                DayRange r = DayRange.of(timexes.get(t++).value());
                if (r != null && r.days() <= 31) {
                    here.add(r);
                }
            }
            if (!here.isEmpty()) {
                sentences.add(s);
                days.add(here);
            }
        }
        List<String[]> context = ContextWords.of(sentences, doc.get(Tokenizer.LAYER), timexes);
        List<String> words = new ArrayList<>();
        for (int i = 0; i < sentences.size(); i++) {
            String[] c = evidence.intern(context.get(i));
            words.addAll(List.of(c));
            if (weight > 0) {
                for (DayRange r : days.get(i)) {
                    evidence.add(new DatedMention(doc.id(), r, c, weight));
                }
            }
        }
        if (count) {
            evidence.countDocument(new LinkedHashSet<>(words));
        }
    }
}
