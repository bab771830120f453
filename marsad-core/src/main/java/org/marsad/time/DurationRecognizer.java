package org.marsad.time;

import java.time.LocalDate;
import java.util.Set;
import org.marsad.text.Lexicon;

/**
 * Durations: a number (digits or words: {@code ثلاثة أيام}, {@code الـ24 ساعة الماضية}) and a
 * unit, a dual unit by itself ({@code ساعتين}, {@code عامين}), a singular unit after a cue
 * ({@code لمدة ساعة}) or before {@code ونصف} or {@code واحد} ({@code ساعة ونصف الساعة}, {@code يوم
 * واحد}), half a unit ({@code نصف ساعة}), with {@code ونصف} ({@code عامين ونصف} → {@code P2Y6M}) and an
 * optional lead ({@code منذ}, {@code لمدة}) in the span.
 */
final class DurationRecognizer implements Recognizer {
    private static final Set<String> LEADS = DateRecognizer.keys("منذ", "لمدة", "مدة", "طوال", "طيلة", "نحو",
            "حوالي", "قرابة", "خلال");
    private static final Set<String> TAILS = DateRecognizer.keys("الماضية", "الماضي", "الأخيرة", "الأخير",
            "المقبلة", "المقبل", "القادمة", "القادم", "المنصرمة");
    private static final Set<String> HALF = DateRecognizer.keys("ونصف", "ونص");
    private static final Set<String> HALF_OF = DateRecognizer.keys("نصف");
    private static final Set<String> ONE = DateRecognizer.keys("واحد", "واحدة", "واحدا");

    @Override
    public Set<String> starts() {
        Set<String> s = new java.util.HashSet<>(LEADS);
        s.addAll(TimeData.NUMBERS.keySet());
        s.addAll(TimeData.UNITS.keySet());
        s.addAll(HALF_OF);
        for (String unit : TimeData.UNITS.keySet()) {
            s.add(Lexicon.key("ال" + unit));
        }
        return s;
    }

    @Override
    public Match match(TimeWords w, int i, LocalDate anchor) {
        Match halfOf = halfUnit(w, i);
        if (halfOf != null) {
            return halfOf;
        }
        Match counted = pluralThenNumber(w, i);
        if (counted != null) {
            return counted;
        }
        boolean lead = LEADS.contains(w.bare(i)) || LEADS.contains(w.key(i));
        int j = lead ? i + 1 : i;
        int n = w.number(j);
        int unitAt;
        if (n >= 0) {
            unitAt = j + 1;
        } else {
            n = TimeData.numberWord(w.bare(j));
            if (n <= 0) {
                n = TimeData.numberWord(w.key(j));
            }
            unitAt = n > 0 ? j + 1 : j;
        }
        String[] unit = TimeData.UNITS.get(w.key(unitAt));
        if (unit == null && unitAt == j) {
            unit = TimeData.UNITS.get(w.bare(unitAt));
        }
        if (unit == null) {
            return null;
        }
        int count = Integer.parseInt(unit[1]);
        if (unitAt == j) {
            // no number: a dual is a duration by itself, a singular needs a lead
            if (count == 2) {
                n = 2;
            } else if (count == 1 && (lead && !w.bare(i).equals("خلال") || countedOnce(w, unitAt + 1))) {
                n = 1;
            } else {
                return null;
            }
        } else if (count == 2) {
            return null;
        }
        String code = unit[0];
        if (n <= 0 || (code.equals("Y") && n > 200)) {
            return null;
        }
        int end = unitAt + 1;
        if (w.digits(end) == 4) {
            return null; // غرفة واحدة عام 1979: the unit word leads a year
        }
        if (ONE.contains(w.key(end))) {
            end++; // ساعة واحدة
        }
        boolean half = HALF.contains(w.key(end));
        if (half) {
            end++;
            if (w.key(end).equals("ال" + w.key(unitAt))) {
                end++; // ساعة ونصف الساعة
            }
        }
        if (TAILS.contains(w.bare(end))) {
            end++;
        }
        int start = lead || unitAt > j ? i : j;
        if (w.bare(i).equals("خلال") && lead) {
            start = i;
        }
        return new Match(start, end, Timex.Type.DURATION, value(code, n, half));
    }

    /** A singular unit stands for one when ونصف or واحد follows it: ساعة ونصف، يوم واحد. */
    private static boolean countedOnce(TimeWords w, int next) {
        return HALF.contains(w.key(next)) || ONE.contains(w.key(next));
    }

    /** {@code الساعات الـ24 الماضية}: the plural unit with the article, then its number. */
    private static Match pluralThenNumber(TimeWords w, int i) {
        String bare = w.bare(i);
        String[] unit = bare.startsWith("ال") ? TimeData.UNITS.get(bare.substring(2)) : null;
        int n = w.number(i + 1);
        if (unit == null || !unit[1].equals("0") || n <= 0 || w.digits(i + 1) > 3) {
            return null;
        }
        int end = i + 2;
        if (TAILS.contains(w.bare(end))) {
            end++;
        }
        return new Match(i, end, Timex.Type.DURATION, value(unit[0], n, false));
    }

    /** {@code نصف ساعة}, {@code نصف يوم}: half of one unit, written without a number. */
    private static Match halfUnit(TimeWords w, int i) {
        if (!HALF_OF.contains(w.bare(i))) {
            return null;
        }
        String[] unit = TimeData.UNITS.get(w.key(i + 1));
        if (unit == null || !unit[1].equals("1")) {
            return null;
        }
        String value = switch (unit[0]) {
            case "TM" -> "PT30S";
            case "TH" -> "PT30M";
            case "D" -> "PT12H";
            case "W" -> "P3DT12H";
            case "M" -> "P15D";
            case "Y" -> "P6M";
            case "DE" -> "P5Y";
            default -> null;
        };
        return value == null ? null : new Match(i, i + 2, Timex.Type.DURATION, value);
    }

    static String value(String code, int n, boolean half) {
        return switch (code) {
            case "TS" -> "PT" + n + "S";
            case "TM" -> half ? "PT" + n + "M30S" : "PT" + n + "M";
            case "TH" -> half ? "PT" + n + "H30M" : "PT" + n + "H";
            case "D" -> half ? "P" + n + "DT12H" : "P" + n + "D";
            case "W" -> half ? "P" + (n * 7 + 3) + "DT12H" : "P" + n + "W";
            case "M" -> half ? "P" + n + "M15D" : "P" + n + "M";
            case "DE" -> "P" + (n * 10) + "Y";
            default -> half ? "P" + n + "Y6M" : "P" + n + "Y";
        };
    }
}
