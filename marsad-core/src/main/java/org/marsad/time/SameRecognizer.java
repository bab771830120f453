package org.marsad.time;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;

/**
 * Times named by reference to the one told just before: {@code اليوم نفسه}, {@code في نفس اليوم},
 * {@code الشهر ذاته}, {@code العام نفسه}, and a day of that month ({@code السابع من الشهر نفسه},
 * {@code 7 من الشهر ذاته}). The value is a placeholder ({@link #SAME}) that the tagger fills from
 * the previous dated expression of the text, as a reader does; it never reaches the output.
 */
final class SameRecognizer implements Recognizer {
    /** Placeholder values: the unit referred to, and for a day of the month its number. */
    static final String SAME = "SAME_";
    static final String DAY = SAME + "DAY";
    static final String MONTH = SAME + "MONTH";
    static final String YEAR = SAME + "YEAR";

    private static final Set<String> SAMENESS = DateRecognizer.keys("نفسه", "نفسها", "ذاته", "ذاتها");
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
        s.addAll(TimeData.ORDINAL_DAYS.keySet());
        return s;
    }

    @Override
    public Match match(TimeWords w, int i, LocalDate anchor) {
        Match day = dayOfSameMonth(w, i);
        if (day != null) {
            return day;
        }
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

    /** {@code السابع من الشهر نفسه}, {@code 7 من الشهر ذاته}. */
    private static Match dayOfSameMonth(TimeWords w, int i) {
        int[] day = RelativeDayRecognizer.dayAt(w, i);
        if (day == null) {
            return null;
        }
        int k = i + day[1];
        if (!w.key(k).equals("من") || !MONTHS.contains(w.bare(k + 1)) || !SAMENESS.contains(w.key(k + 2))) {
            return null;
        }
        return new Match(i, k + 3, Timex.Type.DATE, MONTH + ":" + day[0]);
    }

    private static String unitOf(String word) {
        return DAYS.contains(word) ? DAY : MONTHS.contains(word) ? MONTH : YEARS.contains(word) ? YEAR : null;
    }
}
