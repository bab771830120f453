package org.marsad.time;

import java.time.LocalDate;
import java.util.Set;

/**
 * Years: after {@code عام}/{@code العام}/{@code سنة} ({@code عام 1997}), and a bare four-digit year
 * where the words around it say it is one ({@code في نهاية 2021}, {@code تشكيلة 1997،}), not a
 * count ({@code نحو 2000 جندي}).
 */
final class YearRecognizer implements Recognizer {
    private static final Set<String> LEADS = DateRecognizer.keys("عام", "العام", "سنة", "السنة", "عامي", "لعام");
    private static final Set<String> CUES = DateRecognizer.keys("في", "منذ", "حتى", "نهاية", "بداية", "مطلع",
            "منتصف", "أواخر", "أوائل", "خلال", "قبل", "بعد", "أواسط", "بحلول", "مستهل", "ربيع", "صيف", "خريف",
            "شتاء", "انتخابات", "موازنة", "ميزانية", "دستور", "اتفاق", "اتفاقية", "حرب", "تشكيلة", "حدود");
    private static final Set<String> COUNT_CUES = DateRecognizer.keys("نحو", "حوالي", "قرابة", "أكثر", "أقل",
            "زهاء", "اكثر", "ما يقارب", "يقارب", "أصل", "بين");
    private static final Set<String> ERA = DateRecognizer.keys("م", "ميلادي", "للميلاد");

    @Override
    public Set<String> starts() {
        return LEADS;
    }

    @Override
    public Match match(TimeWords w, int i, LocalDate anchor) {
        int j = LEADS.contains(w.bare(i)) ? i + 1 : i;
        int year = year(w, j);
        if (year < 0) {
            return null;
        }
        int end = j + 1;
        if (ERA.contains(w.key(end))) {
            end++;
        }
        if (isArithmetic(w, j - 1) || isArithmetic(w, j + 1)) {
            return null; // 1920 * 1080: a factor, not a year
        }
        if (j == i) {
            boolean cue = CUES.contains(w.bare(i - 1)) || CUES.contains(w.key(i - 1));
            boolean closed = end >= w.size || isMark(w, end) || ERA.contains(w.key(j + 1));
            if (!(cue || closed) || COUNT_CUES.contains(w.bare(i - 1)) || (!cue && year % 100 == 0)) {
                return null;
            }
        }
        return new Match(i, end, Timex.Type.DATE, String.valueOf(year));
    }

    private static boolean isArithmetic(TimeWords w, int k) {
        return w.isPunct(k, '*') || w.isPunct(k, '×') || w.isPunct(k, '+') || w.isPunct(k, '=')
                || w.key(k).equals("x");
    }

    private static boolean isMark(TimeWords w, int k) {
        return w.end[k] - w.start[k] == 1 && !Character.isLetterOrDigit(w.text.charAt(w.start[k]));
    }

    private static int year(TimeWords w, int k) {
        int n = w.number(k);
        if (n < 1900 || n > 2100 || w.digits(k) != 4 || w.key(k).contains(":")) {
            return -1;
        }
        // a year written with a thousands separator or decimals is a count
        if (k + 1 < w.size && (w.isPunct(k + 1, ',') || w.isPunct(k + 1, '.')) && w.number(k + 2) >= 0
                && w.start[k + 1] == w.end[k]) {
            return -1;
        }
        return n;
    }
}
