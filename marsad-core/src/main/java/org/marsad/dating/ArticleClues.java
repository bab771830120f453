package org.marsad.dating;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.marsad.doc.Doc;
import org.marsad.doc.TextSpan;
import org.marsad.text.SentenceSplitter;
import org.marsad.text.Tokenizer;
import org.marsad.time.Timex;
import org.marsad.time.TimexTagger;

/**
 * What an article says about when it was written: the sentences whose time expressions depend on
 * the publication day (re-read under each candidate day), the dates written in full, which do
 * not, and each sentence's content words, which link its expressions to dated mentions of the
 * same events in other articles.
 */
final class ArticleClues {
    private static final Pattern DAY_OF_MONTH = Pattern.compile("(\\d{4}|XXXX)-\\d\\d-\\d\\d");
    final String id;
    final String text;
    /** The sentences with an expression relative to the publication day, in text order. */
    final List<TextSpan> sentences;
    /** Those sentences' expressions, found once, resolved under each candidate day. */
    final TimexTagger.Prepared relative;
    /** A date written in full ({@code 16 يونيو 2021}), and whether its clause speaks of the future. */
    record Written(int start, String value, DayRange days, boolean future) {
    }

    /** Calendar values read without an anchor: the dates written in full. */
    final List<Written> absolute;
    /** Content stems of each sentence, outside its time expressions; empty when not tokenised. */
    final List<String[]> context;
    /** Where expressions that name a day of a month ({@code 10 يناير}, year or not) start. */
    private final Set<Integer> dayOfMonth;

    private ArticleClues(String id, String text, List<TextSpan> sentences, TimexTagger.Prepared relative,
                         List<Written> absolute, List<String[]> context, Set<Integer> dayOfMonth) {
        this.id = id;
        this.text = text;
        this.sentences = sentences;
        this.relative = relative;
        this.absolute = absolute;
        this.context = context;
        this.dayOfMonth = dayOfMonth;
    }

    /**
     * Whether the expression starting here names a day of a month: two articles that both speak
     * of "10 January" and share a word agree by little chance, a "Thursday" by much.
     */
    boolean namesDayOfMonth(int start) {
        return dayOfMonth.contains(start);
    }

    static ArticleClues of(Doc doc, TimexTagger tagger) {
        return of(doc, tagger, tagger.prepare(doc.text(), doc.get(SentenceSplitter.LAYER)), true);
    }

    /**
     * The clues of an article whose sentences are prepared ({@link TimexTagger#prepare}); without
     * {@code context} the sentences' words are not read (no corpus to match them in).
     */
    static ArticleClues of(Doc doc, TimexTagger tagger, TimexTagger.Prepared all, boolean context) {
        List<Timex> unanchored = tagger.resolve(all, null);
        List<TextSpan> allSentences = doc.get(SentenceSplitter.LAYER);
        boolean[] relativeAt = new boolean[allSentences.size()];
        int index = 0;
        List<TextSpan> sentences = new ArrayList<>();
        List<Written> absolute = new ArrayList<>();
        Set<Integer> dayOfMonth = new HashSet<>();
        int t = 0;
        for (TextSpan s : allSentences) {
            boolean relative = false;
            while (t < unanchored.size() && unanchored.get(t).start() < s.end()) {
                Timex x = unanchored.get(t++);
                if (DAY_OF_MONTH.matcher(x.value()).lookingAt()) {
                    dayOfMonth.add(x.start());
                }
                DayRange r = DayRange.of(x.value());
                if (r != null) {
                    absolute.add(new Written(x.start(), x.value(), r, tagger.speaksOfFuture(doc.text(), s, x)));
                } else if (x.type() != Timex.Type.DURATION && x.type() != Timex.Type.SET) {
                    relative = true; // without an anchor: PAST_REF, XXXX-12-07, a weekday...
                }
            }
            if (relative) {
                sentences.add(s);
            }
            relativeAt[index++] = relative;
        }
        return new ArticleClues(doc.id(), doc.text(), sentences, all.select(relativeAt), absolute,
                context ? ContextWords.of(sentences, doc.get(Tokenizer.LAYER), unanchored) : noContext(sentences),
                dayOfMonth);
    }

    private static List<String[]> noContext(List<TextSpan> sentences) {
        List<String[]> none = new ArrayList<>();
        for (int s = 0; s < sentences.size(); s++) {
            none.add(new String[0]);
        }
        return none;
    }

    /** Every content stem of the article's clue sentences, for document frequencies. */
    Set<String> words() {
        Set<String> all = new LinkedHashSet<>();
        for (String[] c : context) {
            all.addAll(List.of(c));
        }
        return all;
    }
}
