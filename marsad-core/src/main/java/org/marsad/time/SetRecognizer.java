package org.marsad.time;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Recurring times (TIMEX3 SET): adverbs of frequency from {@code time/sets.txt} ({@code سنويا} →
 * {@code P1Y}), and كل before a unit ({@code كل أسبوع} → {@code P1W}, {@code كل يومين} →
 * {@code P2D}, {@code كل أربع سنوات} → {@code P4Y}) or a weekday ({@code كل يوم جمعة} →
 * {@code XXXX-WXX-5}). A bare كل before أحد or اثنين is "everyone", "every two", and is left.
 */
final class SetRecognizer implements Recognizer {
    private static final Set<String> EVERY = DateRecognizer.keys("كل", "وكل", "فكل");
    /** Weekdays that cannot be read as another word after كل (not أحد "one", اثنين "two"). */
    private static final Set<String> SAFE_WEEKDAYS = DateRecognizer.keys("جمعة", "سبت", "ثلاثاء", "أربعاء", "خميس");

    @Override
    public Set<String> starts() {
        Set<String> s = new HashSet<>(EVERY);
        s.addAll(TimeData.SETS.keySet());
        return s;
    }

    @Override
    public Match match(TimeWords w, int i, LocalDate anchor) {
        String adverb = TimeData.SETS.get(w.bare(i));
        if (adverb != null) {
            return new Match(i, i + 1, Timex.Type.SET, adverb);
        }
        if (!EVERY.contains(w.key(i))) {
            return null;
        }
        int j = i + 1;
        boolean dayWord = w.key(j).equals("يوم");
        int weekday = weekday(w, dayWord ? j + 1 : j, dayWord);
        if (weekday > 0) {
            return new Match(i, dayWord ? j + 2 : j + 1, Timex.Type.SET, "XXXX-WXX-" + weekday);
        }
        int n = w.number(j);
        if (n < 0) {
            n = TimeData.numberWord(w.key(j));
        }
        int unitAt = n > 0 ? j + 1 : j;
        String[] unit = TimeData.UNITS.get(w.key(unitAt));
        if (unit == null) {
            return null;
        }
        int count = Integer.parseInt(unit[1]);
        if (unitAt == j) {
            if (count == 0) {
                return null; // كل أيام الأسبوع: all of them, not every one
            }
            n = count;
        } else if (count == 2) {
            return null;
        }
        return new Match(i, unitAt + 1, Timex.Type.SET, DurationRecognizer.value(unit[0], n, false));
    }

    private static int weekday(TimeWords w, int k, boolean afterDayWord) {
        String key = w.key(k);
        if (afterDayWord) {
            int d = TimeData.weekday(key);
            return d > 0 ? d : TimeData.weekday("ال" + key);
        }
        return SAFE_WEEKDAYS.contains(key) ? TimeData.weekday("ال" + key) : 0;
    }
}
