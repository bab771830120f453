package org.marsad.time;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.chrono.HijrahDate;
import java.util.Set;
import org.marsad.text.Lexicon;

/**
 * Calendar dates: day and Gregorian month in any naming system, with paired names
 * ({@code 10 يناير/كانون ثان}, {@code 10 يناير (كانون الثاني)}), spans of days
 * ({@code 9 و10 كانون الثاني}), an optional year or {@code الجاري}/{@code المقبل}/{@code الماضي};
 * month and year ({@code ديسمبر 2021}); a month alone after a cue ({@code في ديسمبر}); Hijri dates
 * ({@code 25 شوال 1436 هـ}), converted with the Umm al-Qura calendar, and the paired form
 * {@code ... هـ الموافق 10 أغسطس 2015 م} as one date with the Gregorian value.
 */
final class DateRecognizer implements Recognizer {
    private static final Set<String> MONTH_CUES = keys("في", "خلال", "منذ", "حتى", "مطلع", "أوائل", "أواخر",
            "نهاية", "منتصف", "بداية", "شهر", "الشهر", "مستهل", "أواسط", "بحلول", "قبل", "بعد");
    private static final Set<String> CURRENT = keys("الجاري", "الحالي");
    private static final Set<String> NEXT = keys("المقبل", "القادم");
    private static final Set<String> LAST = keys("الماضي", "المنصرم", "الفائت", "السابق");
    private static final Set<String> YEAR_WORDS = keys("عام", "العام", "سنة", "السنة");
    private static final Set<String> DAY_LEADS = keys("يوم", "يومي");
    /** The second day of a span: من 12 إلى 17 مارس, 12 حتى 17 مارس. */
    private static final Set<String> RANGE_TO = keys("إلى", "الى", "حتى");
    private static final Set<String> ERA = keys("م", "ميلادي", "للميلاد");
    private static final Set<String> HIJRI_ERA = keys("هـ", "ه", "هجري", "هجريه", "للهجره");
    /** What joins a Hijri date to its Gregorian equivalent; لموافق and هـالموافق are SPA's slips of the key. */
    private static final Set<String> PAIRING = keys("الموافق", "الموافقة", "موافق", "لموافق", "هـالموافق");

    static Set<String> keys(String... words) {
        java.util.HashSet<String> s = new java.util.HashSet<>();
        for (String w : words) {
            s.add(Lexicon.key(w));
        }
        return Set.copyOf(s);
    }

    @Override
    public Set<String> starts() {
        java.util.HashSet<String> s = new java.util.HashSet<>(DAY_LEADS);
        s.addAll(keys("شهر", "الشهر", "كانون", "تشرين", "ربيع", "جمادى", "ذو", "ذي"));
        for (String ordinal : TimeData.ORDINAL_DAYS.keySet()) {
            s.add(ordinal.split(" ")[0]);
        }
        return s;
    }

    @Override
    public Match match(TimeWords w, int i, LocalDate anchor) {
        int j = DAY_LEADS.contains(w.bare(i)) ? i + 1 : i;
        Match m = dayDate(w, i, j, anchor);
        if (m != null || j != i) {
            return m;
        }
        return monthDate(w, i, anchor);
    }

    /** A date that starts with a day number at word j (the match starts at i). */
    Match dayDate(TimeWords w, int i, int j, LocalDate anchor) {
        int day = w.number(j);
        if (day < 1 || day > 31 || w.digits(j) > 2) {
            return ordinalDay(w, i, j, anchor);
        }
        Match numeric = numericDate(w, i, j, day);
        if (numeric != null) {
            return numeric;
        }
        int k = j + 1;
        int day2 = -1;
        if (w.key(k).equals("و") && w.number(k + 1) > day && w.number(k + 1) <= 31) {
            day2 = w.number(k + 1);
            k += 2;
        } else if (w.key(k).startsWith("و") && w.number(k) > day && w.number(k) <= 31) {
            day2 = w.number(k);
            k += 1;
        } else if ((w.isPunct(k, '-') || RANGE_TO.contains(w.key(k))) && w.number(k + 1) > day
                && w.number(k + 1) <= 31 && w.digits(k + 1) <= 2) {
            day2 = w.number(k + 1); // 9-10 مارس, من 12 إلى 17 مارس
            k += 2;
        }
        boolean of = w.key(k).equals("من");
        if (of) {
            k++;
        }
        boolean monthWord = w.bare(k).equals("شهر");
        if (monthWord) {
            k++; // 21 إلى 23 من شهر شوال
        }
        int[] month = new int[2];
        if (gregorian(w, k, month)) {
            k = afterAlternative(w, k + month[1]);
            return resolveDay(w, i, k, anchor, month[0], day, day2);
        }
        if (hijri(w, k, month)) {
            Match dated = hijriDate(w, i, k + month[1], month[0], day);
            // صفر is also "zero" (فاز 2 صفر): without a year it needs من or شهر to be the month
            boolean sure = of || monthWord || month[0] != 2;
            return dated != null || !sure ? dated : hijriDayMonth(i, k + month[1], anchor, month[0], day, day2);
        }
        return null;
    }

    /**
     * The word of the year written after a month at k, past {@code عام}, {@code من عام},
     * {@code سنة}; or k itself when none is.
     */
    static int yearAt(TimeWords w, int k, int minYear) {
        int y = k;
        if (w.key(y).equals("من") && YEAR_WORDS.contains(w.key(y + 1))) {
            y += 2;
        } else if (YEAR_WORDS.contains(w.bare(y))) {
            y++;
        }
        int n = w.number(y);
        return n >= minYear && n <= 2100 && w.digits(y) == 4 ? y : k;
    }

    /**
     * A year named relative to the anchor after a month ({@code من العام الماضي}, {@code العام
     * المقبل}): {words, year shift}, or null.
     */
    static int[] relativeYear(TimeWords w, int k) {
        int y = w.key(k).equals("من") ? k + 1 : k;
        if (!YEAR_WORDS.contains(w.bare(y)) || !w.bare(y).startsWith("ال")) {
            return null;
        }
        String b = w.bare(y + 1);
        int shift = LAST.contains(b) || b.equals("الماضيه") ? -1 : NEXT.contains(b) || b.equals("المقبله") ? 1
                : CURRENT.contains(b) || b.equals("الجاريه") || b.equals("الحاليه") ? 0 : 9;
        return shift == 9 ? null : new int[] {y + 2 - k, shift};
    }

    /** {@code الثامن من أغسطس}, {@code الحادي والعشرين من مارس}: an ordinal, من, a month. */
    private Match ordinalDay(TimeWords w, int i, int j, LocalDate anchor) {
        String first = w.bare(j);
        if (!first.startsWith("ال")) {
            return null;
        }
        String phrase = first;
        for (int n = 1; n <= 2; n++) {
            Integer day = TimeData.ORDINAL_DAYS.get(phrase);
            int k = j + n;
            int[] month = new int[2];
            int m = w.bare(k + 1).equals("شهر") ? k + 2 : k + 1; // الأول من شهر ذي الحجة
            if (day != null && w.key(k).equals("من") && gregorian(w, m, month)) {
                int end = afterAlternative(w, m + month[1]);
                return resolveDay(w, i, end, anchor, month[0], day, -1);
            }
            if (day != null && w.key(k).equals("من") && hijri(w, m, month)) {
                Match dated = hijriDate(w, i, m + month[1], month[0], day);
                return dated != null ? dated : hijriDayMonth(i, m + month[1], anchor, month[0], day, -1);
            }
            phrase = phrase + " " + w.key(j + n);
        }
        return null;
    }

    /**
     * {@code 16/02/2022}, {@code 16-2-2022}, and Hijri {@code 10-10-1436هـ}: day, mark, month,
     * the same mark, a four-digit year.
     */
    private static Match numericDate(TimeWords w, int i, int j, int day) {
        boolean slash = w.isPunct(j + 1, '/');
        if (!(slash || w.isPunct(j + 1, '-')) || !w.isPunct(j + 3, slash ? '/' : '-')) {
            return null;
        }
        int month = w.number(j + 2);
        int year = w.number(j + 4);
        if (month < 1 || month > 12 || w.digits(j + 4) != 4 || w.end[j] != w.start[j + 1]
                || w.end[j + 3] != w.start[j + 4]) {
            return null;
        }
        int end = j + 5;
        if (year >= 1300 && year <= 1500) {
            if (HIJRI_ERA.contains(w.key(end))) {
                end++;
            }
            try {
                return new Match(i, end, Timex.Type.DATE, LocalDate.from(HijrahDate.of(year, month, day)).toString());
            } catch (DateTimeException e) {
                return null;
            }
        }
        String v = year >= 1900 && year <= 2100 ? Anchoring.day(year, month, day) : null;
        return v == null ? null : new Match(i, end, Timex.Type.DATE, v);
    }

    private Match resolveDay(TimeWords w, int i, int k, LocalDate anchor, int month, int day, int day2) {
        int[] rel = relativeYear(w, k);
        if (rel != null) {
            int end = k + rel[0];
            if (anchor == null) {
                return new Match(i, end, Timex.Type.DATE, rel[1] < 0 ? "PAST_REF" : rel[1] > 0 ? "FUTURE_REF"
                        : String.format("XXXX-%02d-%02d", month, day));
            }
            String v = Anchoring.day(anchor.getYear() + rel[1], month, day);
            String v2 = day2 > 0 ? Anchoring.day(anchor.getYear() + rel[1], month, day2) : null;
            return v == null ? null : new Match(i, end, Timex.Type.DATE, v2 == null ? v : v + "/" + v2);
        }
        k = yearAt(w, k, 1000);
        int year = w.number(k);
        String value;
        String value2 = null;
        if (year >= 1000 && year <= 2100 && w.digits(k) == 4) {
            k++;
            if (ERA.contains(w.key(k))) {
                k++;
            }
            value = Anchoring.day(year, month, day);
            value2 = day2 > 0 ? Anchoring.day(year, month, day2) : null;
        } else {
            Anchoring.Direction dir = Anchoring.Direction.PAST_OR_SAME;
            String b = w.bare(k);
            boolean qualified = true;
            if (CURRENT.contains(b)) {
                dir = null;
            } else if (NEXT.contains(b)) {
                dir = Anchoring.Direction.FUTURE;
            } else if (LAST.contains(b)) {
                dir = Anchoring.Direction.PAST;
            } else {
                qualified = false;
            }
            if (qualified) {
                k++;
            }
            if (anchor == null) {
                value = String.format("XXXX-%02d-%02d", month, day);
                value2 = day2 > 0 ? String.format("XXXX-%02d-%02d", month, day2) : null;
            } else {
                LocalDate d;
                if (dir == null) {
                    d = safe(anchor.getYear(), month, day);
                } else {
                    if (!qualified) {
                        dir = TenseCue.future(w, i, k) ? Anchoring.Direction.FUTURE_OR_SAME
                                : Anchoring.Direction.PAST_OR_SAME;
                        // a date without a year is mostly the nearest one
                        LocalDate near = Anchoring.dayMonth(anchor, month, day, null);
                        LocalDate directed = Anchoring.dayMonth(anchor, month, day,
                                dir == Anchoring.Direction.FUTURE_OR_SAME ? Anchoring.Direction.FUTURE
                                        : Anchoring.Direction.PAST);
                        d = directed != null && near != null
                                && Math.abs(directed.toEpochDay() - anchor.toEpochDay()) < 200 ? directed : near;
                    } else {
                        d = Anchoring.dayMonth(anchor, month, day, dir);
                    }
                }
                if (d == null) {
                    return null;
                }
                value = d.toString();
                if (day2 > 0) {
                    value2 = Anchoring.day(d.getYear(), month, day2);
                }
            }
        }
        if (value == null) {
            return null;
        }
        return new Match(i, k, Timex.Type.DATE, value2 == null ? value : value + "/" + value2);
    }

    private static LocalDate safe(int y, int m, int d) {
        try {
            return LocalDate.of(y, m, d);
        } catch (DateTimeException e) {
            return null;
        }
    }

    /** After a paired month name: {@code /كانون ثان} or {@code (كانون الثاني)}. */
    private static int afterAlternative(TimeWords w, int k) {
        int[] alt = new int[2];
        if (gregorian(w, k, alt) && (!w.key(k).startsWith("و") || MonthNames.GREGORIAN.month(w.key(k)) > 0)) {
            return k + alt[1]; // 26 مارس آذار: the second name written without a mark (not يناير وفبراير)
        }
        if (w.isPunct(k, '/') && gregorian(w, k + 1, alt)) {
            return k + 1 + alt[1];
        }
        if (w.isPunct(k, '(') && gregorian(w, k + 1, alt) && w.isPunct(k + 1 + alt[1], ')')) {
            return k + 2 + alt[1];
        }
        return k;
    }

    /** A month with no day: {@code ديسمبر 2021}, {@code في ديسمبر/كانون الأول}, {@code شهر مارس}. */
    private Match monthDate(TimeWords w, int i, LocalDate anchor) {
        int k = i;
        boolean cue = MONTH_CUES.contains(w.bare(i - 1)) || MONTH_CUES.contains(w.key(i - 1));
        if (w.bare(i).equals("شهر") || w.bare(i).equals("الشهر")) {
            k++;
            cue = true;
        }
        int[] month = new int[2];
        if (!gregorian(w, k, month)) {
            return hijriMonthYear(w, i, k);
        }
        int end = k + month[1];
        int alt = afterAlternative(w, end);
        cue |= alt != end;
        int[] rel = relativeYear(w, alt);
        if (rel != null) {
            String v = anchor == null ? (rel[1] < 0 ? "PAST_REF" : rel[1] > 0 ? "FUTURE_REF" : "PRESENT_REF")
                    : Anchoring.month(anchor.getYear() + rel[1], month[0]);
            return new Match(i, alt + rel[0], Timex.Type.DATE, v);
        }
        end = yearAt(w, alt, 1900);
        int year = w.number(end);
        if (year >= 1900 && year <= 2100 && w.digits(end) == 4) {
            end++;
            if (ERA.contains(w.key(end))) {
                end++;
            }
            return new Match(i, end, Timex.Type.DATE, Anchoring.month(year, month[0]));
        }
        String b = w.bare(end);
        Anchoring.Direction dir = null;
        if (NEXT.contains(b)) {
            dir = Anchoring.Direction.FUTURE;
        } else if (LAST.contains(b)) {
            dir = Anchoring.Direction.PAST;
        } else if (!CURRENT.contains(b) && !cue) {
            return null;
        }
        boolean qualified = NEXT.contains(b) || LAST.contains(b) || CURRENT.contains(b);
        if (qualified) {
            end++;
        }
        if (anchor == null) {
            return new Match(i, end, Timex.Type.DATE, String.format("XXXX-%02d", month[0]));
        }
        int y = CURRENT.contains(b) ? anchor.getYear() : Anchoring.monthYear(anchor, month[0], dir);
        return new Match(i, end, Timex.Type.DATE, Anchoring.month(y, month[0]));
    }

    /**
     * A Hijri day and month without a year ({@code 8 من ذي القعدة}, {@code 21 إلى 23 شوال}): the
     * occurrence nearest the anchor, converted; {@code XXXX-XX-XX} without an anchor.
     */
    private static Match hijriDayMonth(int i, int end, LocalDate anchor, int hm, int day, int day2) {
        if (anchor == null) {
            return new Match(i, end, Timex.Type.DATE, "XXXX-XX-XX");
        }
        int anchorYear;
        try {
            anchorYear = HijrahDate.from(anchor).get(java.time.temporal.ChronoField.YEAR);
        } catch (DateTimeException e) {
            return new Match(i, end, Timex.Type.DATE, "XXXX-XX-XX"); // an anchor outside the Umm al-Qura table
        }
        LocalDate best = null;
        int bestYear = 0;
        for (int y = anchorYear - 1; y <= anchorYear + 1; y++) {
            LocalDate d = fromHijri(y, hm, day);
            if (d != null && (best == null || Math.abs(d.toEpochDay() - anchor.toEpochDay())
                    < Math.abs(best.toEpochDay() - anchor.toEpochDay()))) {
                best = d;
                bestYear = y;
            }
        }
        if (best == null) {
            return null;
        }
        LocalDate last = day2 > 0 ? fromHijri(bestYear, hm, day2) : null;
        return new Match(i, end, Timex.Type.DATE, last == null ? best.toString() : best + "/" + last);
    }

    private static LocalDate fromHijri(int year, int month, int day) {
        try {
            return LocalDate.from(HijrahDate.of(year, month, day));
        } catch (DateTimeException e) {
            return null;
        }
    }

    /** {@code رمضان 1443 هـ}: a Hijri month with a year and the era mark. */
    private Match hijriMonthYear(TimeWords w, int i, int k) {
        int[] month = new int[2];
        if (!hijri(w, k, month)) {
            return null;
        }
        int e = k + month[1];
        int year = w.number(e);
        if (year < 1300 || year > 1500 || !(HIJRI_ERA.contains(w.key(e + 1)) || w.key(e).endsWith("ه"))) {
            return null;
        }
        try {
            HijrahDate h = HijrahDate.of(year, month[0], 1);
            LocalDate g = LocalDate.from(h);
            return new Match(i, e + (HIJRI_ERA.contains(w.key(e + 1)) ? 2 : 1), Timex.Type.DATE,
                    Anchoring.month(g.getYear(), g.getMonthValue()));
        } catch (DateTimeException ex) {
            return null;
        }
    }

    /** A Hijri day and month (k is the word after the month name); it needs its year. */
    private Match hijriDate(TimeWords w, int i, int k, int hm, int day) {
        int year = w.number(k);
        if (year < 1300 || year > 1500) {
            return null;
        }
        k++;
        if (HIJRI_ERA.contains(w.key(k))) {
            k++;
        }
        LocalDate g;
        try {
            g = LocalDate.from(HijrahDate.of(year, hm, day));
        } catch (DateTimeException ex) {
            return null;
        }
        String value = g.toString();
        int after = k;
        if (w.isPunct(after, '،') || w.isPunct(after, ',') || w.isPunct(after, '(')) {
            after++;
        }
        if (PAIRING.contains(w.bare(after)) || PAIRING.contains(w.key(after))) {
            int d = after + 1;
            if (w.key(d).equals("ل")) {
                d++;
            }
            Match greg = dayDate(w, d, d, null);
            if (greg != null && !greg.value().startsWith("X")) {
                int end = greg.end();
                if (w.isPunct(end, ')')) {
                    end++;
                }
                return new Match(i, end, Timex.Type.DATE, greg.value());
            }
        }
        return new Match(i, k, Timex.Type.DATE, value);
    }

    /** A Gregorian month name of one or two words at k: {month, words}. */
    static boolean gregorian(TimeWords w, int k, int[] out) {
        return name(MonthNames.GREGORIAN, w, k, out);
    }

    static boolean hijri(TimeWords w, int k, int[] out) {
        return name(MonthNames.HIJRI, w, k, out);
    }

    private static boolean name(MonthNames names, TimeWords w, int k, int[] out) {
        if (k < 0 || k >= w.size) {
            return false;
        }
        if (k + 1 < w.size) {
            int m = names.month(w.bare(k) + " " + w.key(k + 1));
            if (m > 0) {
                out[0] = m;
                out[1] = 2;
                return true;
            }
        }
        int m = names.month(w.key(k));
        if (m == 0) {
            m = names.month(w.bare(k));
        }
        if (m == 0 && w.key(k).length() > 3 && w.key(k).charAt(0) == 'و') {
            m = names.month(w.key(k).substring(1));
        }
        if (m > 0) {
            out[0] = m;
            out[1] = 1;
            return true;
        }
        return false;
    }
}
