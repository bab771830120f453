package org.marsad.time;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.marsad.doc.Layer;
import org.marsad.doc.TextSpan;
import org.marsad.text.Lexicon;

/**
 * Finds and resolves the temporal expressions of a text, sentence by sentence: one left-to-right
 * pass over the words, where at each word every recogniser is asked for an expression starting
 * there and the longest wins (ties go to the earlier family: dates, days, periods, clock times,
 * durations, years, sets, holidays, references to the time told last, days counted from the
 * anchor). Relative expressions are resolved against the anchor (the
 * publication date); without one they keep their span and get a value that does not pretend
 * ({@code PRESENT_REF}, {@code PAST_REF}, {@code FUTURE_REF}, {@code XXXX-12-07}).
 *
 * <p>Thread-safe: the recognisers are stateless and the word buffer is per call.
 */
public final class TimexTagger {
    public static final Layer<Timex> LAYER = Layer.of("timexes", Timex.class);
    private static final Pattern WORD_BREAK = Pattern.compile("[^\\p{L}\\p{M}]+");

    private final Recognizer[] recognizers;
    /** The words any expression can start with (besides numbers and month names). */
    private final Set<String> starts = new HashSet<>();
    /**
     * The keys a recogniser is asked at, as written or behind a clitic: the start words and every
     * month name (with or without ال).
     */
    private final Set<String> startKeys = new HashSet<>();
    /** {@link #startKeys} and the Gregorian names written with و (وفبراير), as written only. */
    private final Set<String> writtenStartKeys = new HashSet<>();

    public TimexTagger() {
        DateRecognizer dates = new DateRecognizer();
        recognizers = new Recognizer[] {dates, new DayRecognizer(dates), new PeriodRecognizer(),
            new ClockRecognizer(), new DurationRecognizer(), new YearRecognizer(), new SetRecognizer(),
            new HolidayRecognizer(), new SameRecognizer(), new RelativeDayRecognizer()};
        for (Recognizer r : recognizers) {
            starts.addAll(r.starts());
        }
        startKeys.addAll(starts);
        startKeys.addAll(MonthNames.GREGORIAN.keys());
        startKeys.addAll(MonthNames.HIJRI.keys());
        writtenStartKeys.addAll(startKeys);
        for (String month : MonthNames.GREGORIAN.keys()) {
            writtenStartKeys.add("و" + month);
        }
    }

    public List<Timex> tag(CharSequence text, List<TextSpan> sentences, LocalDate anchor) {
        List<Timex> out = new ArrayList<>();
        TimeWords w = new TimeWords(text);
        List<Match> found = new ArrayList<>();
        for (TextSpan s : sentences) {
            w.read(s.start(), s.end());
            found.clear();
            scan(w, anchor, found, null);
            emit(w, found, out);
        }
        return out;
    }

    /**
     * The expressions of some sentences found once, so that they can be resolved again under many
     * anchors ({@link #resolve}) without reading the words again: what dating an undated article
     * needs, where every candidate day is tried as the anchor.
     */
    public static final class Prepared {
        private final List<TimeWords> sentences = new ArrayList<>();
        /** Per sentence: the word where each expression starts and the recogniser that found it. */
        private final List<int[]> hits = new ArrayList<>();

        private Prepared() {
        }

        /** The prepared sentences whose flag is set, sharing what was found in them. */
        public Prepared select(boolean[] keep) {
            Prepared p = new Prepared();
            for (int s = 0; s < sentences.size(); s++) {
                if (keep[s]) {
                    p.sentences.add(sentences.get(s));
                    p.hits.add(hits.get(s));
                }
            }
            return p;
        }
    }

    public Prepared prepare(CharSequence text, List<TextSpan> sentences) {
        Prepared p = new Prepared();
        List<Match> found = new ArrayList<>();
        List<Integer> by = new ArrayList<>();
        for (TextSpan s : sentences) {
            TimeWords w = new TimeWords(text);
            w.read(s.start(), s.end());
            found.clear();
            by.clear();
            scan(w, null, found, by);
            int[] hits = new int[found.size() * 2];
            for (int f = 0; f < found.size(); f++) {
                hits[2 * f] = found.get(f).start();
                hits[2 * f + 1] = by.get(f);
            }
            p.sentences.add(w);
            p.hits.add(hits);
        }
        return p;
    }

    /** The expressions of prepared sentences, resolved against {@code anchor}: as {@link #tag} would. */
    public List<Timex> resolve(Prepared p, LocalDate anchor) {
        List<Timex> out = new ArrayList<>();
        List<Match> found = new ArrayList<>();
        for (int s = 0; s < p.sentences.size(); s++) {
            TimeWords w = p.sentences.get(s);
            int[] hits = p.hits.get(s);
            found.clear();
            for (int h = 0; h < hits.length; h += 2) {
                Match m = recognizers[hits[h + 1]].match(w, hits[h], anchor);
                if (m != null) {
                    found.add(m);
                }
            }
            emit(w, found, out);
        }
        return out;
    }

    /** Finds the expressions of one sentence, left to right, the longest at each word. */
    private void scan(TimeWords w, LocalDate anchor, List<Match> found, List<Integer> by) {
        int i = 0;
        while (i < w.size) {
            if (!mayStart(w, i)) {
                i++;
                continue;
            }
            Match best = null;
            int bestBy = -1;
            for (int r = 0; r < recognizers.length; r++) {
                Match m = recognizers[r].match(w, i, anchor);
                if (m != null && m.end() > i && (best == null || m.end() > best.end())) {
                    best = m;
                    bestBy = r;
                }
            }
            if (best == null) {
                i++;
            } else {
                found.add(best);
                if (by != null) {
                    by.add(bestBy);
                }
                i = best.end();
            }
        }
    }

    private void emit(TimeWords w, List<Match> found, List<Timex> out) {
        for (int f = 0; f < found.size(); f++) {
            Match m = found.get(f);
            // في وقت سابق من اليوم الأربعاء: the vague phrase only leads to the date
            if (m.value().endsWith("_REF") && f + 1 < found.size() && w.key(m.end()).equals("من")
                    && found.get(f + 1).start() == m.end() + 1) {
                continue;
            }
            String value = m.value().startsWith(SameRecognizer.SAME) ? SameRecognizer.resolve(m.value(), out) : m.value();
            if (value == null) {
                continue; // اليوم نفسه with no day told before it
            }
            int first = m.start();
            int start = knownAsWritten(w, first) ? w.start[first] : w.afterClitic(first);
            out.add(new Timex(start, w.end[m.end() - 1], m.type(), value));
        }
    }

    /**
     * Whether an expression names a day from the day of writing together with its weekday
     * ({@code اليوم الخميس}, {@code يوم أمس (الثلاثاء)}, {@code غدا الجمعة}), which pins the
     * weekday of writing; a weekday alone ({@code الخميس}) does not.
     */
    public static boolean pinsWeekday(CharSequence text, Timex timex) {
        List<String> keys = new ArrayList<>();
        for (String word : WORD_BREAK.split(text.subSequence(timex.start(), timex.end()))) {
            if (!word.isEmpty()) {
                keys.add(Lexicon.key(word));
            }
        }
        return DayRecognizer.pinsWeekday(keys);
    }

    /**
     * Whether the clause around an expression speaks of the future ("ستعقد في 10 يناير"), by the
     * same tense cues that direct the tagger's own weekdays and dates.
     */
    public boolean speaksOfFuture(CharSequence text, TextSpan sentence, Timex timex) {
        TimeWords w = new TimeWords(text);
        w.read(sentence.start(), sentence.end());
        int from = 0;
        while (from < w.size && w.end[from] <= timex.start()) {
            from++;
        }
        int to = from;
        while (to < w.size && w.start[to] < timex.end()) {
            to++;
        }
        return TenseCue.future(w, from, to);
    }

    /** Whether word i is a start word as written, so a leading و/ف is its own letter (فبراير). */
    private boolean knownAsWritten(TimeWords w, int i) {
        return startKeys.contains(w.key(i));
    }

    /** Whether any recogniser can match at word i: it has a digit, or is a start word or month name. */
    private boolean mayStart(TimeWords w, int i) {
        String key = w.key(i);
        for (int c = 0; c < key.length(); c++) {
            char ch = key.charAt(c);
            if (ch >= '0' && ch <= '9') {
                return true;
            }
        }
        return writtenStartKeys.contains(key) || startKeys.contains(w.bare(i));
    }
}
