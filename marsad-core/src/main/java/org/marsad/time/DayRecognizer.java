package org.marsad.time;

import java.time.LocalDate;
import java.util.Set;

/**
 * Days named relative to the anchor and weekdays: {@code اليوم}, {@code أمس}/{@code بالأمس}/
 * {@code يوم أمس}, {@code أمس الأول}/{@code أول من أمس}, {@code غدا}, {@code بعد غد}, {@code الليلة},
 * {@code مساء اليوم}, each optionally with its weekday ({@code اليوم الأربعاء},
 * {@code اليوم (الخميس)}) as one span; bare weekdays ({@code الخميس}, {@code يوم السبت الماضي},
 * {@code الخميس المقبل}) resolved by the tense of their clause.
 */
final class DayRecognizer implements Recognizer {
    private static final Set<String> NOT_TODAY_AFTER = DateRecognizer.keys("التالي", "الأول", "الثاني", "الثالث",
            "الأخير", "العالمي", "الوطني", "الدولي", "السابق", "نفسه", "ذاته", "الموعود", "الذي", "التي", "الواحد",
            "الرابع", "الخامس", "العربي", "المفتوح", "الدراسي", "المحدد", "المقرر", "المناسب", "المشهود", "الآخر");
    /** Newspaper names: عين اليوم, صحيفة اليوم. */
    private static final Set<String> NOT_TODAY_BEFORE = DateRecognizer.keys("عين", "صحيفة", "جريدة", "لصحيفة",
            "لجريدة");
    private static final Set<String> NOT_TONIGHT_AFTER = DateRecognizer.keys("التي", "الماضية", "الأولى", "الثانية",
            "الأخيرة", "نفسها", "ذاتها", "السابقة", "الموعودة");
    private static final Set<String> PART_OF_DAY = DateRecognizer.keys("مساء", "صباح", "ظهر", "فجر", "عصر",
            "ليل", "ليله", "ظهيره", "منتصف");
    private static final Set<String> YESTERDAY = DateRecognizer.keys("أمس", "الأمس", "البارحة");
    /** The words that name a day from the day of writing: today, yesterday, tomorrow. */
    private static final Set<String> DEICTIC = union(YESTERDAY, DateRecognizer.keys("اليوم", "غدا", "غد", "بالأمس"));
    /** في أمسّ الحاجة: the superlative "most in need" is spelt like yesterday once the shadda is gone. */
    private static final Set<String> NOT_YESTERDAY_AFTER = DateRecognizer.keys("الحاجة", "حاجة", "الحاجات");
    private static final Set<String> LAST = DateRecognizer.keys("الماضي", "المنصرم", "الفائت", "الماضية",
            "المنصرمة", "الفائتة");
    private static final Set<String> NEXT = DateRecognizer.keys("المقبل", "القادم", "المقبلة", "القادمة");
    private static final Set<String> NOT_WEEKDAY_BEFORE = DateRecognizer.keys("صلاه", "خطبه", "خطب", "بين",
            "كلا", "يوم", "أحد", "إلى", "مسجد", "سوق");
    private static final Set<String> NOT_WEEKDAY_AFTER = DateRecognizer.keys("معا", "عشر", "منهما", "منهم",
            "عشره", "الأخرى", "الآخر", "الأخر");

    private final DateRecognizer dates;

    /**
     * Whether the words of an expression name a day from the day of writing together with its
     * weekday ({@code اليوم الخميس}, {@code يوم أمس (الثلاثاء)}), which pins the weekday of
     * writing; a weekday alone does not.
     */
    static boolean pinsWeekday(Iterable<String> keys) {
        boolean deictic = false;
        boolean weekday = false;
        for (String key : keys) {
            String bare = TimeWords.stripClitics(key);
            deictic |= DEICTIC.contains(key) || DEICTIC.contains(bare);
            weekday |= TimeData.weekday(bare) > 0;
        }
        return deictic && weekday;
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        java.util.HashSet<String> s = new java.util.HashSet<>(a);
        s.addAll(b);
        return Set.copyOf(s);
    }

    DayRecognizer(DateRecognizer dates) {
        this.dates = dates;
    }

    @Override
    public Set<String> starts() {
        java.util.HashSet<String> s = new java.util.HashSet<>(PART_OF_DAY);
        s.addAll(YESTERDAY);
        s.addAll(DateRecognizer.keys("اليوم", "يوم", "يومي", "أول", "غدا", "بعد", "الليلة"));
        s.addAll(TimeData.WEEKDAYS.keySet());
        return s;
    }

    @Override
    public Match match(TimeWords w, int i, LocalDate anchor) {
        int j = i;
        if (PART_OF_DAY.contains(w.bare(i))) {
            j = i + 1;
        }
        // يوم أمس, يوم غد, يوم أول من أمس, صباح يوم أمس
        String next = w.key(j + 1);
        if (w.bare(j).equals("يوم") && (YESTERDAY.contains(next) || next.equals("غد") || next.equals("اول"))) {
            j++;
        }
        String b = w.bare(j);
        String k = w.key(j);
        int offset;
        int end;
        if (b.equals("اليوم") || k.equals("اليوم")) {
            if (NOT_TODAY_AFTER.contains(w.bare(j + 1)) || w.number(j + 1) >= 0
                    || (j == i && (NOT_TODAY_BEFORE.contains(w.bare(i - 1)) || !isToday(w, i)))) {
                return null;
            }
            offset = 0;
            end = j + 1;
        } else if (YESTERDAY.contains(b) || YESTERDAY.contains(k)) {
            if (NOT_YESTERDAY_AFTER.contains(w.bare(j + 1))) {
                return null;
            }
            offset = -1;
            end = j + 1;
            if (w.bare(end).equals("الاول") || w.bare(end).equals("الاولي")) { // أمس الأول, البارحة الأولى
                offset = -2;
                end++;
            }
        } else if (b.equals("اول") && (YESTERDAY.contains(w.key(j + 1))
                || (w.key(j + 1).equals("من") && YESTERDAY.contains(w.key(j + 2))))) {
            offset = -2;
            end = w.key(j + 1).equals("من") ? j + 3 : j + 2;
        } else if (b.equals("غدا") || k.equals("غدا") || (j > i && b.equals("غد"))) {
            offset = 1;
            end = j + 1;
        } else if (b.equals("بعد") && w.key(j + 1).equals("غد")) {
            offset = 2;
            end = j + 2;
        } else if (j == i && (b.equals("الليله") || k.equals("الليله")) && !NOT_TONIGHT_AFTER.contains(w.bare(j + 1))) {
            offset = 0;
            end = j + 1;
        } else {
            // الخميس, يوم السبت, and with a part of the day: مساء الجمعة, ليلة السبت
            Match day = weekday(w, j, anchor);
            return day == null || j == i ? day : new Match(i, day.end(), day.type(), day.value());
        }
        // the weekday that names the same day: اليوم الأربعاء, يوم أمس الثلاثاء, اليوم (الخميس)
        int named = 0;
        if (w.isPunct(end, '(') && TimeData.weekday(w.bare(end + 1)) > 0 && w.isPunct(end + 2, ')')) {
            named = TimeData.weekday(w.bare(end + 1));
            end += 3;
        } else if (TimeData.weekday(w.bare(end)) > 0) {
            named = TimeData.weekday(w.bare(end));
            end++;
        } else if (w.isPunct(end, '،') && TimeData.weekday(w.bare(end + 1)) > 0 && w.isPunct(end + 2, '،')) {
            named = TimeData.weekday(w.bare(end + 1));
            end += 2;
        }
        String value = anchor == null ? (offset == 0 ? "PRESENT_REF" : offset < 0 ? "PAST_REF" : "FUTURE_REF")
                : namedDay(anchor.plusDays(offset), named).toString();
        return new Match(i, end, Timex.Type.DATE, value);
    }

    /**
     * The day a deictic names, moved to the weekday written with it when the two disagree: the
     * text's "اليوم الخميس" is surer than a record date that may be a day off (a story filed
     * before midnight, published after), and it is what dates an article that has no date.
     */
    private static LocalDate namedDay(LocalDate day, int weekday) {
        if (weekday <= 0) {
            return day;
        }
        int diff = Math.floorMod(weekday - day.getDayOfWeek().getValue(), 7);
        return day.plusDays(diff > 3 ? diff - 7 : diff);
    }

    /**
     * Whether a bare اليوم at i means today. Not after في or with ب/ل/ك ({@code مرتين في اليوم},
     * {@code باليوم الكشفي}, {@code لليوم الثاني}: per day, the day of an event), and not as a
     * quoted name ({@code «اليوم»}, the Dammam newspaper).
     */
    private static boolean isToday(TimeWords w, int i) {
        String key = w.key(i);
        char c = key.charAt(key.length() > "اليوم".length() && (key.charAt(0) == 'و' || key.charAt(0) == 'ف') ? 1 : 0);
        if (c == 'ب' || c == 'ل' || c == 'ك' || w.key(i - 1).equals("في")) {
            return false;
        }
        return !(isOpeningQuote(w, i - 1) && isClosingQuote(w, i + 1));
    }

    private static boolean isOpeningQuote(TimeWords w, int k) {
        return w.isPunct(k, '«') || w.isPunct(k, '"') || w.isPunct(k, '“') || w.isPunct(k, '”');
    }

    private static boolean isClosingQuote(TimeWords w, int k) {
        return w.isPunct(k, '»') || w.isPunct(k, '"') || w.isPunct(k, '”') || w.isPunct(k, '“');
    }

    private Match weekday(TimeWords w, int i, LocalDate anchor) {
        int j = w.bare(i).equals("يوم") || w.bare(i).equals("يومي") ? i + 1 : i;
        int day = TimeData.weekday(w.bare(j));
        if (day == 0) {
            day = TimeData.weekday(w.key(j));
        }
        if (day == 0 || NOT_WEEKDAY_AFTER.contains(w.bare(j + 1))
                || (j == i && NOT_WEEKDAY_BEFORE.contains(w.bare(i - 1)) && !PART_OF_DAY.contains(w.bare(i - 1)))) {
            return null;
        }
        int end = j + 1;
        // a weekday with its date: الخميس 10 يناير, الخميس، 10 يناير
        int d = w.isPunct(end, '،') || w.isPunct(end, ',') ? end + 1 : end;
        Match date = dates.dayDate(w, d, d, anchor);
        if (date != null) {
            return new Match(i, date.end(), Timex.Type.DATE, date.value());
        }
        Anchoring.Direction dir;
        String after = w.bare(end);
        if (LAST.contains(after)) {
            dir = Anchoring.Direction.PAST;
            end++;
        } else if (NEXT.contains(after)) {
            dir = Anchoring.Direction.FUTURE;
            end++;
        } else {
            dir = TenseCue.future(w, i, end) ? Anchoring.Direction.FUTURE_OR_SAME : Anchoring.Direction.PAST_OR_SAME;
        }
        String value;
        if (anchor == null) {
            value = dir == Anchoring.Direction.PAST || dir == Anchoring.Direction.PAST_OR_SAME ? "PAST_REF"
                    : "FUTURE_REF";
        } else {
            value = Anchoring.weekday(anchor, day, dir).toString();
        }
        return new Match(i, end, Timex.Type.DATE, value);
    }
}
