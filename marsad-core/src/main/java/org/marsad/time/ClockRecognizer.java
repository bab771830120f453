package org.marsad.time;

import java.time.LocalDate;
import java.util.Set;

/**
 * Clock times: {@code 20:30 بتوقيت جرينتش} (UTC), {@code الساعة 10 صباحا},
 * {@code الساعة الثالثة عصرا}, on the anchor day ({@code XXXX-XX-XX} when there is none).
 */
final class ClockRecognizer implements Recognizer {
    private static final Set<String> LEADS = DateRecognizer.keys("الساعه", "ساعه");
    private static final Set<String> GMT = DateRecognizer.keys("جرينتش", "غرينتش", "غرينيتش", "جرينيتش", "gmt",
            "غمت", "utc");
    private static final Set<String> ZONE_WORDS = DateRecognizer.keys("بتوقيت", "توقيت", "بالتوقيت");
    private static final Set<String> MORNING = DateRecognizer.keys("صباحا", "صباح", "فجرا", "فجر");
    private static final Set<String> AFTERNOON = DateRecognizer.keys("مساء", "مساءا", "عصرا", "عصر", "ليلا",
            "ظهرا", "بعد الظهر");

    @Override
    public Set<String> starts() {
        return LEADS;
    }

    @Override
    public Match match(TimeWords w, int i, LocalDate anchor) {
        int j = LEADS.contains(w.bare(i)) ? i + 1 : i;
        int hour;
        int minute = 0;
        int end;
        String k = w.key(j);
        int colon = k.indexOf(':');
        if (colon > 0 && w.number(j) < 0) {
            hour = digits(k, colon - 2 >= 0 && Character.isDigit(k.charAt(colon - 2)) ? colon - 2 : colon - 1, colon);
            minute = digits(k, colon + 1, k.length());
            if (hour < 0 || minute < 0) {
                return null;
            }
            end = j + 1;
        } else if (j > i) {
            Integer h = TimeData.HOURS.get(w.key(j));
            int words = 1;
            if (h == null && j + 1 < w.size) {
                h = TimeData.HOURS.get(w.key(j) + " " + w.key(j + 1));
                words = 2;
            }
            if (h == null) {
                int n = w.number(j);
                h = n >= 0 && n <= 24 && w.digits(j) <= 2 ? n : null;
                words = 1;
            }
            if (h == null) {
                return null;
            }
            hour = h;
            end = j + words;
            if (w.key(end).equals("والنصف")) {
                minute = 30;
                end++;
            } else if (w.key(end).equals("والربع")) {
                minute = 15;
                end++;
            }
            if (!MORNING.contains(w.key(end)) && !AFTERNOON.contains(w.key(end))
                    && !ZONE_WORDS.contains(w.key(end))) {
                return null;
            }
        } else {
            return null;
        }
        if (hour > 24 || minute > 59) {
            return null;
        }
        if (MORNING.contains(w.key(end))) {
            end++;
        } else if (AFTERNOON.contains(w.key(end))) {
            if (hour < 12) {
                hour += 12;
            }
            end++;
        }
        boolean utc = false;
        if (ZONE_WORDS.contains(w.key(end)) && end + 1 < w.size) {
            utc = GMT.contains(w.key(end + 1));
            end += 2;
            if (w.key(end - 1).equals("المحلي") || w.key(end - 1).equals("مكه")) {
                utc = false;
            }
        }
        String day = anchor == null ? "XXXX-XX-XX" : anchor.toString();
        String value = String.format("%sT%02d:%02d%s", day, hour, minute, utc ? "Z" : "");
        return new Match(i, end, Timex.Type.TIME, value);
    }

    private static int digits(String s, int from, int to) {
        if (from < 0 || to <= from || to - from > 2) {
            return -1;
        }
        int v = 0;
        for (int p = from; p < to; p++) {
            char c = s.charAt(p);
            if (c < '0' || c > '9') {
                return -1;
            }
            v = v * 10 + (c - '0');
        }
        return v;
    }
}
