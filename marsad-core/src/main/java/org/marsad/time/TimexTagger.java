package org.marsad.time;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.marsad.doc.Layer;
import org.marsad.doc.TextSpan;

/**
 * Finds and resolves the temporal expressions of a text, sentence by sentence: one left-to-right
 * pass over the words, where at each word every recogniser is asked for an expression starting
 * there and the longest wins (ties go to the earlier family: dates, days, periods, clock times,
 * durations, years). Relative expressions are resolved against the anchor (the publication
 * date); without one they keep their span and get a value that does not pretend
 * ({@code PRESENT_REF}, {@code PAST_REF}, {@code FUTURE_REF}, {@code XXXX-12-07}).
 *
 * <p>Thread-safe: the recognisers are stateless and the word buffer is per call.
 */
public final class TimexTagger {
    public static final Layer<Timex> LAYER = Layer.of("timexes", Timex.class);

    private final Recognizer[] recognizers;

    public TimexTagger() {
        DateRecognizer dates = new DateRecognizer();
        recognizers = new Recognizer[] {dates, new DayRecognizer(dates), new PeriodRecognizer(),
            new ClockRecognizer(), new DurationRecognizer(), new YearRecognizer()};
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
                out.add(new Timex(w.afterClitic(m.start()), w.end[m.end() - 1], m.type(), m.value()));
            }
        }
        return out;
    }
}
