package org.marsad.dating;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
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
    /** What a day named from the day of writing resolves to without an anchor: before, on, after it. */
    private static final List<String> DEICTIC = List.of("PAST_REF", "PRESENT_REF", "FUTURE_REF");
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
    /**
     * Where a day named from the day of writing with its weekday starts ({@code اليوم الخميس},
     * {@code أمس الثلاثاء}), and which way it points: 0 today, -1 before, 1 after.
     */
    private final Map<Integer, Integer> pinned;

    private ArticleClues(String id, String text, List<TextSpan> sentences, TimexTagger.Prepared relative,
                         List<Written> absolute, List<String[]> context, Set<Integer> dayOfMonth,
                         Map<Integer, Integer> pinned) {
        this.id = id;
        this.text = text;
        this.sentences = sentences;
        this.relative = relative;
        this.absolute = absolute;
        this.context = context;
        this.dayOfMonth = dayOfMonth;
        this.pinned = pinned;
    }

    /**
     * Whether the expression starting here, resolved to {@code value} under the candidate day
     * {@code day}, is at odds with it: {@code اليوم الخميس} written on a Monday, {@code أمس
     * الثلاثاء} on a Friday. Such a day is all but ruled out.
     */
    boolean contradicts(int start, long value, long day) {
        Integer way = pinned.get(start);
        if (way == null) {
            return false;
        }
        long diff = value - day;
        return way == 0 ? diff != 0 : way < 0 ? diff < -2 || diff > -1 : diff < 1 || diff > 2;
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
        Map<Integer, Integer> pinned = new HashMap<>();
        int t = 0;
        for (TextSpan s : allSentences) {
            boolean relative = false;
            while (t < unanchored.size() && unanchored.get(t).start() < s.end()) {
                Timex x = unanchored.get(t++);
                if (DAY_OF_MONTH.matcher(x.value()).lookingAt()) {
                    dayOfMonth.add(x.start());
                }
                int way = DEICTIC.indexOf(x.value());
                if (way >= 0 && TimexTagger.pinsWeekday(doc.text(), x)) {
                    pinned.put(x.start(), way - 1);
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
                dayOfMonth, pinned);
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
