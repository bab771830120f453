package org.marsad.time;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;

/**
 * Dates counted from the anchor in ways the other families do not read:
 * <ul>
 *   <li>a day of a month named relative to the anchor: {@code الثامن من الشهر الجاري}, {@code يوم 10
 *       من الشهر الماضي}; or to the time told last, {@code السابع من الشهر نفسه}, which
 *       {@link SameRecognizer} resolves;</li>
 *   <li>a span back or forward from the anchor: {@code قبل ثلاثة أيام}, {@code بعد أسبوعين} (but not
 *       {@code قبل ثلاثة أيام من الانتخابات}, which counts from something else);</li>
 *   <li>the period before last or after next: {@code الأسبوع قبل الماضي}, {@code العام بعد المقبل};</li>
 *   <li>numeric dates that start with the year: {@code 2022/01/12}, {@code 2022-01-12}.</li>
 * </ul>
 * Without an anchor the span is kept with a value that does not pretend.
 */
final class RelativeDayRecognizer implements Recognizer {
    private static final Set<String> DAY_LEADS = DateRecognizer.keys("يوم");
    private static final Set<String> MONTHS = DateRecognizer.keys("الشهر");
    private static final Set<String> THIS = DateRecognizer.keys("الجاري", "الحالي");
    private static final Set<String> LAST = DateRecognizer.keys("الماضي", "المنصرم", "الفائت", "السابق");
    private static final Set<String> NEXT = DateRecognizer.keys("المقبل", "القادم");
    private static final Set<String> BEFORE = DateRecognizer.keys("قبل");
    private static final Set<String> AFTER = DateRecognizer.keys("بعد");
    /** What a span counted from something else goes on with: قبل ثلاثة أيام من الانتخابات. */
    private static final Set<String> FROM = DateRecognizer.keys("من", "على");
    private static final Set<String> HALF = DateRecognizer.keys("ونصف", "ونص");
    private static final Set<String> WEEKS = DateRecognizer.keys("الأسبوع");
    private static final Set<String> PERIODS = DateRecognizer.keys("الأسبوع", "الشهر", "العام", "السنة");

    @Override
    public Set<String> starts() {
        Set<String> s = new HashSet<>(DAY_LEADS);
        s.addAll(BEFORE);
        s.addAll(AFTER);
        s.addAll(PERIODS);
        for (String ordinal : TimeData.ORDINAL_DAYS.keySet()) {
            s.add(ordinal.split(" ")[0]);
        }
        return s;
    }

    @Override
    public Match match(TimeWords w, int i, LocalDate anchor) {
        Match m = dayOfRelativeMonth(w, i, anchor);
        if (m == null) {
            m = span(w, i, anchor);
        }
        if (m == null) {
            m = twoPeriodsAway(w, i, anchor);
        }
        return m != null ? m : yearFirst(w, i);
    }

    private static Match dayOfRelativeMonth(TimeWords w, int i, LocalDate anchor) {
        int j = DAY_LEADS.contains(w.bare(i)) ? i + 1 : i;
        int[] day = dayAt(w, j);
        if (day == null) {
            return null;
        }
        int k = j + day[1];
        if (!w.key(k).equals("من") || !MONTHS.contains(w.bare(k + 1))) {
            return null;
        }
        String which = w.bare(k + 2);
        int end = k + 3;
        if (SameRecognizer.SAMENESS.contains(w.key(k + 2))) {
            return new Match(i, end, Timex.Type.DATE, SameRecognizer.MONTH + ":" + day[0]); // السابع من الشهر نفسه
        }
        int shift = THIS.contains(which) ? 0 : LAST.contains(which) ? -1 : NEXT.contains(which) ? 1 : 9;
        if (shift == 9) {
            return null;
        }
        if (anchor == null) {
            return new Match(i, end, Timex.Type.DATE, shift < 0 ? "PAST_REF" : shift > 0 ? "FUTURE_REF" : "PRESENT_REF");
        }
        LocalDate month = anchor.withDayOfMonth(1).plusMonths(shift);
        String v = Anchoring.day(month.getYear(), month.getMonthValue(), day[0]);
        return v == null ? null : new Match(i, end, Timex.Type.DATE, v);
    }

    /** The day at word j, a number or an ordinal phrase, and how many words it takes; or null. */
    private static int[] dayAt(TimeWords w, int j) {
        int n = w.number(j);
        if (n >= 1 && n <= 31 && w.digits(j) <= 2) {
            return new int[] {n, 1};
        }
        String phrase = w.bare(j);
        for (int words = 1; words <= 3; words++) {
            Integer d = TimeData.ORDINAL_DAYS.get(phrase);
            if (d != null && w.key(j + words).equals("من")) {
                return new int[] {d, words};
            }
            phrase = phrase + " " + w.key(j + words);
        }
        return null;
    }

    /** قبل ثلاثة أيام, بعد أسبوعين: the day, week, month or year that many units away. */
    private static Match span(TimeWords w, int i, LocalDate anchor) {
        boolean back = BEFORE.contains(w.bare(i));
        if (!back && !AFTER.contains(w.bare(i))) {
            return null;
        }
        int n = w.number(i + 1);
        int unitAt = i + 2;
        if (n < 0) {
            n = TimeData.numberWord(w.key(i + 1));
        }
        if (n < 0) {
            n = 0; // a dual unit alone: أسبوعين
            unitAt = i + 1;
        }
        String[] unit = TimeData.UNITS.get(w.key(unitAt));
        if (unit == null || n == 0 && !unit[1].equals("2") || n > 0 && unit[1].equals("2")) {
            return null;
        }
        n = n == 0 ? 2 : n;
        int end = unitAt + 1;
        if (FROM.contains(w.key(end)) || HALF.contains(w.key(end)) || n > 400) {
            return null; // قبل عامين ونصف is left to the duration it names
        }
        if (anchor == null) {
            return new Match(i, end, Timex.Type.DATE, back ? "PAST_REF" : "FUTURE_REF");
        }
        int sign = back ? -1 : 1;
        String value = switch (unit[0]) {
            case "D" -> anchor.plusDays(sign * (long) n).toString();
            case "W" -> Anchoring.isoWeek(anchor.plusWeeks(sign * (long) n));
            case "M" -> {
                LocalDate d = anchor.plusMonths(sign * (long) n);
                yield Anchoring.month(d.getYear(), d.getMonthValue());
            }
            case "Y" -> String.valueOf(anchor.getYear() + sign * n);
            case "DE" -> String.valueOf(anchor.getYear() + sign * 10 * n);
            default -> null; // hours and minutes ago are a time of day the text seldom pins
        };
        return value == null ? null : new Match(i, end, Timex.Type.DATE, value);
    }

    /** الأسبوع قبل الماضي, الشهر بعد المقبل. */
    private static Match twoPeriodsAway(TimeWords w, int i, LocalDate anchor) {
        String period = w.bare(i);
        if (!PERIODS.contains(period)) {
            return null;
        }
        int sign = BEFORE.contains(w.key(i + 1)) && LAST.contains(w.bare(i + 2)) ? -2
                : AFTER.contains(w.key(i + 1)) && NEXT.contains(w.bare(i + 2)) ? 2 : 0;
        if (sign == 0) {
            return null;
        }
        int end = i + 3;
        if (anchor == null) {
            return new Match(i, end, Timex.Type.DATE, sign < 0 ? "PAST_REF" : "FUTURE_REF");
        }
        String value;
        if (WEEKS.contains(period)) {
            value = Anchoring.isoWeek(anchor.plusWeeks(sign));
        } else if (MONTHS.contains(period)) {
            LocalDate d = anchor.plusMonths(sign);
            value = Anchoring.month(d.getYear(), d.getMonthValue());
        } else {
            value = String.valueOf(anchor.getYear() + sign);
        }
        return new Match(i, end, Timex.Type.DATE, value);
    }

    /** {@code 2022/01/12}, {@code 2022-01-12}: year, mark, month, the same mark, day, written together. */
    private static Match yearFirst(TimeWords w, int i) {
        if (w.digits(i) != 4) {
            return null;
        }
        boolean slash = w.isPunct(i + 1, '/');
        if (!(slash || w.isPunct(i + 1, '-')) || !w.isPunct(i + 3, slash ? '/' : '-')
                || w.end[i] != w.start[i + 1] || w.end[i + 3] != w.start[i + 4]) {
            return null;
        }
        int year = w.number(i);
        int month = w.number(i + 2);
        int day = w.number(i + 4);
        if (year < 1900 || year > 2100 || month < 1 || month > 12 || w.digits(i + 4) > 2) {
            return null;
        }
        String v = Anchoring.day(year, month, day);
        return v == null ? null : new Match(i, i + 5, Timex.Type.DATE, v);
    }
}
