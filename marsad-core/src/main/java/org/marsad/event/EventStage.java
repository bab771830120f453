package org.marsad.event;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.marsad.dating.DayRange;
import org.marsad.doc.Doc;
import org.marsad.doc.Layer;
import org.marsad.doc.TextSpan;
import org.marsad.entity.article.ArticleEntityStage;
import org.marsad.pipeline.Stage;
import org.marsad.quote.QuoteStage;
import org.marsad.text.SentenceSplitter;
import org.marsad.text.Token;
import org.marsad.text.Tokenizer;
import org.marsad.time.TimexTagger;

/**
 * Adds the events an article tells of ({@link #LAYER}): meetings, calls, visits, military moves,
 * sanctions, agreements. A trigger-and-cue method in the manner of the event extractors of the
 * ACE evaluations, with a lexicon instead of a trained model, in one pass over each sentence's
 * tokens:
 * <ol>
 *   <li>trigger words, with the cues around them that make them a real occasion rather than the
 *       idea of one ({@link TriggerReader});</li>
 *   <li>the sentence's dates tied to the nearest trigger ({@link DateTies});</li>
 *   <li>the parties and place from the mentions around each trigger ({@link PartyFinder});</li>
 *   <li>triggers that nothing pins down dropped; triggers of one type that do not disagree on date
 *       or place merged, so "اجتماع ... ويشارك في الجلسة" is one meeting;</li>
 *   <li>an undated event dated from its sentence; announced and threatened ones marked.</li>
 * </ol>
 * Statements are left to the quotes stage, which builds its own {@link Event}s.
 */
public final class EventStage implements Stage {
    public static final Layer<Event> LAYER = Layer.of("events", Event.class);

    private final EventWords words;

    public EventStage() {
        this(EventWords.standard());
    }

    EventStage(EventWords words) {
        this.words = words;
    }

    @Override
    public String name() {
        return "events";
    }

    @Override
    public Set<Layer<?>> needs() {
        return Set.of(SentenceSplitter.LAYER, Tokenizer.LAYER, TimexTagger.LAYER, ArticleEntityStage.LAYER,
                QuoteStage.LAYER);
    }

    @Override
    public Set<Layer<?>> adds() {
        return Set.of(LAYER);
    }

    @Override
    public void process(Doc doc) {
        List<Token> tokens = doc.get(Tokenizer.LAYER);
        List<TextSpan> sentences = doc.get(SentenceSplitter.LAYER);
        int[] sentenceOf = new int[tokens.size()];
        int s = 0;
        for (int k = 0; k < tokens.size(); k++) {
            while (s + 1 < sentences.size() && tokens.get(k).start() >= sentences.get(s).end()) {
                s++;
            }
            sentenceOf[k] = s;
        }
        TokenMarks marks = new TokenMarks(words, tokens, doc.get(ArticleEntityStage.LAYER),
                doc.get(TimexTagger.LAYER), doc.get(QuoteStage.LAYER), sentenceOf);
        LocalDate published = doc.meta().published();
        List<Event> events = new ArrayList<>();
        Map<EventType, List<Integer>> lastParties = new EnumMap<>(EventType.class);
        int from = 0;
        while (from < tokens.size()) {
            int to = from;
            while (to < tokens.size() && sentenceOf[to] == sentenceOf[from]) {
                to++;
            }
            sentence(doc.text(), marks, from, to, sentences.get(sentenceOf[from]), published, lastParties, events);
            from = to;
        }
        doc.put(LAYER, events);
    }

    private static void sentence(String text, TokenMarks m, int from, int to, TextSpan sentence, LocalDate published,
            Map<EventType, List<Integer>> lastParties, List<Event> out) {
        List<Candidate> candidates = TriggerReader.read(m, from, to);
        if (candidates.isEmpty()) {
            return;
        }
        DateTies.tie(m, from, to, candidates);
        List<Candidate> events = new ArrayList<>();
        for (Candidate c : candidates) {
            c.planned |= isAfter(c.date, published);
            PartyFinder.find(m, from, to, c);
            if (!c.pinned()) {
                continue;
            }
            Candidate same = events.stream().filter(e -> e.compatible(c)).findFirst().orElse(null);
            if (same != null) {
                same.absorb(c);
            } else {
                events.add(c);
            }
        }
        for (Candidate c : events) {
            if (c.date == null && c.timex < 0 && !m.attribution[c.token]) {
                DateTies.fallBack(m, from, to, c, events);
            }
            if (!c.parties.isEmpty()) {
                lastParties.put(c.type, List.copyOf(c.parties));
            } else if (refersBack(m, c, from) && lastParties.containsKey(c.type)) {
                c.parties.addAll(lastParties.get(c.type));
            }
            out.add(event(text, m, c, sentence, published));
        }
    }

    /**
     * Whether a trigger names an event told before: it carries the article or follows a
     * demonstrative ("الاتصال عبر الفيديو"، "تلك المحادثات"). Such an event with no party of its own
     * in its sentence takes those of the last event of its type, as a reader would.
     */
    private static boolean refersBack(TokenMarks m, Candidate c, int from) {
        return m.tokens.get(c.token).hasArticle() || (c.token > from && m.is(c.token - 1, EventWords.Cue.REFER));
    }

    private static Event event(String text, TokenMarks m, Candidate c, TextSpan sentence, LocalDate published) {
        Token first = m.tokens.get(c.token);
        EventStatus status = c.possible ? EventStatus.POSSIBLE
                : c.planned || isAfter(c.date, published) ? EventStatus.PLANNED : EventStatus.HAPPENED;
        return new Event(c.type, first.articleStart(text), m.tokens.get(c.phraseEnd).end(), sentence.start(), sentence.end(),
                c.date, c.parties, c.place, status);
    }

    private static boolean isAfter(String date, LocalDate published) {
        if (date == null || published == null) {
            return false;
        }
        DayRange range = DayRange.of(date);
        return range != null && range.first() > published.toEpochDay();
    }
}
