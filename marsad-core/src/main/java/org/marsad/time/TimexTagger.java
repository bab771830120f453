package org.marsad.time;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.marsad.doc.Layer;
import org.marsad.doc.TextSpan;

/**
 * Finds and resolves the temporal expressions of a text, sentence by sentence: one left-to-right
 * pass over the words, where at each word every recogniser is asked for an expression starting
 * there and the longest wins (ties go to the earlier family: dates, days, periods, clock times,
 * durations, years, holidays). Relative expressions are resolved against the anchor (the publication
 * date); without one they keep their span and get a value that does not pretend
 * ({@code PRESENT_REF}, {@code PAST_REF}, {@code FUTURE_REF}, {@code XXXX-12-07}).
 *
 * <p>Thread-safe: the recognisers are stateless and the word buffer is per call.
 */
public final class TimexTagger {
    public static final Layer<Timex> LAYER = Layer.of("timexes", Timex.class);

    private final Recognizer[] recognizers;
    /** The words any expression can start with (besides numbers and month names). */
    private final Set<String> starts = new HashSet<>();

    public TimexTagger() {
        DateRecognizer dates = new DateRecognizer();
        recognizers = new Recognizer[] {dates, new DayRecognizer(dates), new PeriodRecognizer(),
            new ClockRecognizer(), new DurationRecognizer(), new YearRecognizer(), new HolidayRecognizer()};
        for (Recognizer r : recognizers) {
            starts.addAll(r.starts());
        }
    }

    public List<Timex> tag(CharSequence text, List<TextSpan> sentences, LocalDate anchor) {
        List<Timex> out = new ArrayList<>();
        TimeWords w = new TimeWords(text);
        List<Match> found = new ArrayList<>();
        for (TextSpan s : sentences) {
            w.read(s.start(), s.end());
            found.clear();
            int i = 0;
            while (i < w.size) {
                if (!mayStart(w, i)) {
                    i++;
                    continue;
                }
                Match best = null;
                for (Recognizer r : recognizers) {
                    Match m = r.match(w, i, anchor);
                    if (m != null && m.end() > i && (best == null || m.end() > best.end())) {
                        best = m;
                    }
                }
                if (best == null) {
                    i++;
                } else {
                    found.add(best);
                    i = best.end();
                }
            }
            for (int f = 0; f < found.size(); f++) {
                Match m = found.get(f);
                // في وقت سابق من اليوم الأربعاء: the vague phrase only leads to the date
                if (m.value().endsWith("_REF") && f + 1 < found.size() && w.key(m.end()).equals("من")
                        && found.get(f + 1).start() == m.end() + 1) {
                    continue;
                }
                int first = m.start();
                int start = knownAsWritten(w, first) ? w.start[first] : w.afterClitic(first);
                out.add(new Timex(start, w.end[m.end() - 1], m.type(), m.value()));
            }
        }
        return out;
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
        String key = w.key(i);
        return starts.contains(key) || MonthNames.GREGORIAN.month(key) > 0 || MonthNames.HIJRI.month(key) > 0;
    }

    private boolean mayStart(TimeWords w, int i) {
        String key = w.key(i);
        for (int c = 0; c < key.length(); c++) {
            char ch = key.charAt(c);
            if (ch >= '0' && ch <= '9') {
                return true;
            }
        }
        String bare = w.bare(i);
        return starts.contains(bare) || knownAsWritten(w, i) || MonthNames.GREGORIAN.month(bare) > 0
                || MonthNames.HIJRI.month(bare) > 0 || (key.length() > 1 && key.charAt(0) == 'و'
                        && MonthNames.GREGORIAN.month(key.substring(1)) > 0);
    }
}
