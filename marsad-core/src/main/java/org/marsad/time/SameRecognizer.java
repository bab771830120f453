package org.marsad.time;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Times named by reference to the one told just before: {@code اليوم نفسه}, {@code في نفس اليوم},
 * {@code الشهر ذاته}, {@code العام نفسه}; a day of that month ({@code السابع من الشهر نفسه}) is read
 * by {@link RelativeDayRecognizer}. The value is a placeholder ({@link #SAME}) that the tagger
 * fills from the previous dated expression of the text ({@link #resolve}), as a reader does; it
 * never reaches the output.
 */
final class SameRecognizer implements Recognizer {
    /** Placeholder values: the unit referred to, and for a day of the month its number. */
    static final String SAME = "SAME_";
    static final String DAY = SAME + "DAY";
    static final String MONTH = SAME + "MONTH";
    static final String YEAR = SAME + "YEAR";

    static final Set<String> SAMENESS = DateRecognizer.keys("نفسه", "نفسها", "ذاته", "ذاتها");
    /** A value that names a calendar year, month or day (not a week, a season or a reference). */
    private static final Pattern CALENDAR = Pattern.compile("\\d{4}(-\\d{2}(-\\d{2})?)?(/|$)");
    private static final Set<String> SAME_BEFORE = DateRecognizer.keys("نفس", "ذات");
    private static final Set<String> DAYS = DateRecognizer.keys("اليوم", "يوم");
    private static final Set<String> MONTHS = DateRecognizer.keys("الشهر", "شهر");
    private static final Set<String> YEARS = DateRecognizer.keys("العام", "عام", "السنة", "سنة");

    @Override
    public Set<String> starts() {
        Set<String> s = new HashSet<>(SAME_BEFORE);
        s.addAll(DAYS);
        s.addAll(MONTHS);
        s.addAll(YEARS);
        return s;
    }

    @Override
    public Match match(TimeWords w, int i, LocalDate anchor) {
        // the unit is definite: ذات يوم is "one day", not "that same day"
        int at = SAME_BEFORE.contains(w.bare(i)) ? i + 1 : i;
        if (!w.bare(at).startsWith("ال") || at == i && !SAMENESS.contains(w.key(i + 1))) {
            return null;
        }
        String unit = unitOf(w.bare(at));
        int end = i + 2;
        if (unit == null || comparison(w, i, end)) {
            return null;
        }
        return new Match(i, end, Timex.Type.DATE, unit);
    }

    /**
     * {@code مقارنة بالشهر نفسه قبل سنة}, {@code للشهر نفسه من العام الماضي}: the same month of
     * another year, or the same unit in general, not the time told last.
     */
    private static boolean comparison(TimeWords w, int i, int end) {
        String key = w.key(i);
        if (key.startsWith("و") || key.startsWith("ف")) {
            key = key.substring(1);
        }
        boolean governed = key.startsWith("بال") || key.startsWith("كال") || key.startsWith("لل");
        String next = w.key(end);
        return governed || next.equals("من") || next.equals("قبل");
    }

    /**
     * The value of a reference to the time told last ({@link SameRecognizer}): the latest calendar
     * date precise enough for the unit referred to, cut to that unit; null when there is none.
     */
    static String resolve(String placeholder, List<Timex> before) {
        int colon = placeholder.indexOf(':');
        String unit = colon < 0 ? placeholder : placeholder.substring(0, colon);
        int needed = unit.equals(DAY) ? 10 : unit.equals(MONTH) ? 7 : 4;
        for (int k = before.size() - 1; k >= 0; k--) {
            Timex t = before.get(k);
            if (t.type() != Timex.Type.DATE || !CALENDAR.matcher(t.value()).lookingAt()) {
                continue;
            }
            String value = t.value();
            String first = value.contains("/") ? value.substring(0, value.indexOf('/')) : value;
            if (first.length() < needed) {
                continue;
            }
            if (unit.equals(DAY)) {
                return value;
            }
            String cut = first.substring(0, needed);
            if (colon < 0) {
                return cut;
            }
            try {
                return LocalDate.parse(cut + "-01").withDayOfMonth(Integer.parseInt(placeholder.substring(colon + 1))).toString();
            } catch (java.time.DateTimeException e) {
                return null; // the 31st of a 30-day month
            }
        }
        return null;
    }

    private static String unitOf(String word) {
        return DAYS.contains(word) ? DAY : MONTHS.contains(word) ? MONTH : YEARS.contains(word) ? YEAR : null;
    }
}
