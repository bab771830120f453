package org.marsad.time;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import org.marsad.text.Lexicon;

/**
 * Periods named relative to the anchor ({@code الأسبوع الماضي} → the ISO week before the
 * anchor's, {@code الشهر الجاري}, {@code العام المقبل}, {@code هذا العام}) and vague references
 * from {@code time/ref-phrases.txt} ({@code في وقت سابق} → {@code PAST_REF}, {@code حاليا} →
 * {@code PRESENT_REF}).
 */
final class PeriodRecognizer implements Recognizer {
    private static final Set<String> LAST = DateRecognizer.keys("الماضي", "المنصرم", "الفائت", "الماضية",
            "المنصرمة", "الفائتة", "السابق", "السابقة");
    private static final Set<String> NEXT = DateRecognizer.keys("المقبل", "القادم", "المقبلة", "القادمة");
    private static final Set<String> THIS = DateRecognizer.keys("الجاري", "الحالي", "الجارية", "الحالية");
    private static final Set<String> DEMONSTRATIVE = DateRecognizer.keys("هذا", "هذه");
    private static final Set<String> FIRST_WORDS = new HashSet<>();
    private static final Lexicon GENERAL_NOUNS = Lexicon.load("time/general-nouns.txt");

    static {
        for (String phrase : TimeData.REF_PHRASES.keySet()) {
            FIRST_WORDS.add(phrase.split(" ")[0]);
        }
    }

    @Override
    public Set<String> starts() {
        Set<String> s = new HashSet<>(DEMONSTRATIVE);
        s.addAll(DateRecognizer.keys("الأسبوع", "الشهر", "العام", "السنة"));
        s.addAll(FIRST_WORDS);
        return s;
    }

    @Override
    public Match match(TimeWords w, int i, LocalDate anchor) {
        Match m = relative(w, i, anchor);
        return m != null ? m : reference(w, i);
    }

    private Match relative(TimeWords w, int i, LocalDate anchor) {
        int j = DEMONSTRATIVE.contains(w.bare(i)) ? i + 1 : i;
        char unit = unit(w.bare(j));
        if (unit == 0) {
            return null;
        }
        int shift;
        int end;
        if (j > i) {
            shift = 0;
            end = j + 1;
        } else {
            String after = w.bare(j + 1);
            if (LAST.contains(after)) {
                shift = -1;
            } else if (NEXT.contains(after)) {
                shift = 1;
            } else if (THIS.contains(after)) {
                shift = 0;
            } else {
                return null;
            }
            end = j + 2;
            // الأمين العام الحالي: العام after a definite noun is the adjective "general"
            if (unit == 'Y' && w.key(j).equals("العام") && GENERAL_NOUNS.containsKey(w.bare(i - 1))) {
                return null;
            }
        }
        if (anchor == null) {
            return new Match(i, end, Timex.Type.DATE, shift < 0 ? "PAST_REF" : shift > 0 ? "FUTURE_REF" : "PRESENT_REF");
        }
        String value = switch (unit) {
            case 'W' -> Anchoring.isoWeek(anchor.plusWeeks(shift));
            case 'M' -> {
                LocalDate d = anchor.plusMonths(shift);
                yield Anchoring.month(d.getYear(), d.getMonthValue());
            }
            default -> String.valueOf(anchor.getYear() + shift);
        };
        return new Match(i, end, Timex.Type.DATE, value);
    }

    private static char unit(String bare) {
        switch (bare) {
            case "الاسبوع":
                return 'W';
            case "الشهر":
                return 'M';
            case "العام":
            case "السنه":
                return 'Y';
            default:
                return 0;
        }
    }

    /**
     * The longest phrase of {@code time/ref-phrases.txt} at word i; {@code قبل ساعات من ...} is
     * measured from an event, not from now, and is left out.
     */
    private Match reference(TimeWords w, int i) {
        String first = w.bare(i);
        if (!FIRST_WORDS.contains(first)) {
            first = w.key(i);
            if (!FIRST_WORDS.contains(first)) {
                return null;
            }
        }
        StringBuilder phrase = new StringBuilder(first);
        Match best = null;
        for (int k = i; k < Math.min(w.size, i + TimeData.REF_MAX_WORDS); k++) {
            if (k > i) {
                phrase.append(' ').append(w.key(k));
            }
            String value = TimeData.REF_PHRASES.get(phrase.toString());
            if (value != null && !(first.equals("قبل") && w.key(k + 1).equals("من"))) {
                best = new Match(i, k + 1, Timex.Type.DATE, value);
            }
        }
        return best;
    }
}
