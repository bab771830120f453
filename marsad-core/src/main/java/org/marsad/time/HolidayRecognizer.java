package org.marsad.time;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.chrono.HijrahDate;
import java.time.temporal.ChronoField;
import java.util.List;
import java.util.Set;
import org.marsad.text.Lexicon;

/**
 * Holidays that fall on a fixed day of the Gregorian or the Hijri calendar ({@code رأس السنة},
 * {@code عيد الميلاد}, {@code عيد الفطر}, {@code عيد الأضحى}, {@code يوم عرفة}, {@code المولد
 * النبوي}), resolved to the occurrence nearest the anchor; after {@code بمناسبة} or {@code قبيل}
 * (greetings, preparations) to the coming one, which may have begun a few days before.
 */
final class HolidayRecognizer implements Recognizer {
    private record Holiday(String[] words, boolean hijri, int month, int day) {
    }

    private static final List<Holiday> HOLIDAYS = List.of(
            holiday("رأس السنة الهجرية", true, 1, 1),
            holiday("رأس السنة", false, 1, 1),
            holiday("عيد الميلاد", false, 12, 25),
            holiday("عيد الفطر", true, 10, 1),
            holiday("عيد الأضحى", true, 12, 10),
            holiday("يوم عرفة", true, 12, 9),
            holiday("المولد النبوي", true, 3, 12));
    /** Words that may follow a holiday's name and belong to it. */
    private static final Set<String> EPITHETS = DateRecognizer.keys("الميلادية", "الجديدة", "المجيد", "المبارك",
            "السعيد", "الشريف");
    private static final Set<String> UPCOMING = DateRecognizer.keys("بمناسبة", "قبيل", "حلول", "قرب", "استقبال");
    /** Days a holiday may have passed and still be "the" holiday of greetings and reports. */
    private static final int STILL_CURRENT = 3;

    private static Holiday holiday(String phrase, boolean hijri, int month, int day) {
        String[] words = phrase.split(" ");
        for (int k = 0; k < words.length; k++) {
            words[k] = Lexicon.key(words[k]);
        }
        return new Holiday(words, hijri, month, day);
    }

    @Override
    public Set<String> starts() {
        return DateRecognizer.keys("عيد", "رأس", "يوم", "المولد");
    }

    @Override
    public Match match(TimeWords w, int i, LocalDate anchor) {
        int from = w.bare(i).equals(Lexicon.key("عيد")) && !w.bare(i + 1).equals(Lexicon.key("الميلاد"))
                && !w.bare(i + 1).equals(Lexicon.key("الفطر")) && !w.bare(i + 1).equals(Lexicon.key("الأضحى"))
                ? i + 1 : i;
        for (Holiday h : HOLIDAYS) {
            int end = matchWords(w, from, h.words);
            if (end < 0) {
                continue;
            }
            while (EPITHETS.contains(w.key(end))) {
                end++;
            }
            boolean upcoming = UPCOMING.contains(w.bare(i - 1)) || UPCOMING.contains(w.bare(i - 2));
            return new Match(i, end, Timex.Type.DATE, value(h, anchor, upcoming));
        }
        return null;
    }

    private static int matchWords(TimeWords w, int from, String[] words) {
        for (int k = 0; k < words.length; k++) {
            String key = k == 0 ? w.bare(from) : w.key(from + k);
            if (!key.equals(words[k])) {
                return -1;
            }
        }
        return from + words.length;
    }

    private static String value(Holiday h, LocalDate anchor, boolean upcoming) {
        if (anchor == null) {
            return h.hijri ? "XXXX-XX-XX" : String.format("XXXX-%02d-%02d", h.month, h.day);
        }
        LocalDate best = null;
        for (int back = -1; back <= 1; back++) {
            LocalDate d = occurrence(h, anchor, back);
            if (d == null) {
                continue;
            }
            long distance = d.toEpochDay() - anchor.toEpochDay();
            if (upcoming && distance < -STILL_CURRENT) {
                continue;
            }
            if (best == null || Math.abs(distance) < Math.abs(best.toEpochDay() - anchor.toEpochDay())) {
                best = d;
            }
        }
        return best == null ? "XXXX-XX-XX" : best.toString();
    }

    /** The holiday in the year of the anchor (in its own calendar), shifted by {@code years}. */
    private static LocalDate occurrence(Holiday h, LocalDate anchor, int years) {
        try {
            if (!h.hijri) {
                return LocalDate.of(anchor.getYear() + years, h.month, h.day);
            }
            int year = HijrahDate.from(anchor).get(ChronoField.YEAR) + years;
            return LocalDate.from(HijrahDate.of(year, h.month, h.day));
        } catch (DateTimeException e) {
            return null; // outside the Umm al-Qura table
        }
    }
}
