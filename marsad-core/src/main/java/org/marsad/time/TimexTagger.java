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
 * durations, years, sets). Relative expressions are resolved against the anchor (the publication
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
            new ClockRecognizer(), new DurationRecognizer(), new YearRecognizer(), new SetRecognizer()};
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
