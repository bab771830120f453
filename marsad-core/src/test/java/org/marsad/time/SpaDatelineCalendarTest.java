package org.marsad.time;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.chrono.HijrahDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.marsad.ingest.ArticleSink;
import org.marsad.ingest.IngestOptions;
import org.marsad.ingest.Ingestor;
import org.marsad.ingest.RawArticle;
import org.marsad.ingest.Rejection;
import org.marsad.text.ArabicNormalizer;
import org.marsad.text.Lexicon;
import org.marsad.text.SentenceSplitter;

/**
 * The Saudi Press Agency (SaudiNewsNet source {@code was}) dates its datelines in both calendars:
 * {@code الرياض 25 شوال 1436 هـ الموافق 10 اغسطس 2015 م واس}. For every such dateline this checks
 * that the Umm al-Qura conversion of the Hijri date ({@link HijrahDate}) is the stated Gregorian
 * date give or take a day (a month's start is decided by sighting, which can differ from the
 * tabular calendar by a day), and that the tagger reads the paired form as one timex with the
 * Gregorian value and the Hijri part alone as its converted date.
 *
 * <p>The datelines are found by a pattern of this test, independent of the tagger's rules.
 */
class SpaDatelineCalendarTest {
    static final double MIN_SHARE = 0.99;

    /** Day, Hijri month, year, era, الموافق, day, Gregorian month, year (digits normalised first). */
    private static final Pattern PAIRED = Pattern.compile("(\\d{1,2})\\s*(" + String.join("|", hijriMonthNames())
            + ")\\s*(\\d{4})\\s*(?:هـ|ه)?\\s*(?:ال|ل)?موافق\\s*(?:ل\\s*)?(\\d{1,2})\\s*(\\S+?)\\s*(\\d{4})");

    private static List<String> hijriMonthNames() {
        return List.of("محرم", "صفر", "ربيع (?:الأول|الاول|الآخر|الثاني)", "جمادى (?:الأولى|الاولى|الآخرة|الاخرة)",
                "رجب", "شعبان", "رمضان", "شوال", "ذو القعدة", "ذي القعدة", "ذو الحجة", "ذي الحجة");
    }

    record Dateline(String article, String line, int start, int hijriEnd, int end, LocalDate converted,
            LocalDate stated) {
    }

    @Test
    void spaHijriDatesConvertToTheirStatedGregorianDatesAndTheTaggerReadsBoth() {
        Assumptions.assumeTrue(SnnSentences.available(), () -> "no SaudiNewsNet at " + SnnSentences.corpus());
        List<Dateline> datelines = new ArrayList<>();
        int[] spa = {0};
        new Ingestor(IngestOptions.defaults()).read(List.of(SnnSentences.corpus().toString()), new ArticleSink() {
            @Override
            public void accept(RawArticle raw) {
                if (!"was".equals(raw.outlet())) {
                    return;
                }
                spa[0]++;
                Dateline d = find(raw);
                if (d != null) {
                    datelines.add(d);
                }
            }

            @Override
            public void reject(Rejection rejection) {
            }
        });
        TimexTagger tagger = new TimexTagger();
        List<String> failures = new ArrayList<>();
        int calendarOk = 0;
        int pairedOk = 0;
        int hijriOk = 0;
        for (Dateline d : datelines) {
            boolean calendar = Math.abs(d.converted().toEpochDay() - d.stated().toEpochDay()) <= 1;
            String paired = covering(tagger, d.line(), d.start(), d.end());
            String hijri = covering(tagger, d.line().substring(0, d.hijriEnd()), d.start(), d.hijriEnd());
            boolean pairedRight = d.stated().toString().equals(paired);
            boolean hijriRight = d.converted().toString().equals(hijri);
            calendarOk += calendar ? 1 : 0;
            pairedOk += pairedRight ? 1 : 0;
            hijriOk += hijriRight ? 1 : 0;
            if (!(calendar && pairedRight && hijriRight)) {
                failures.add(d.article() + ": «" + d.line().substring(d.start(), d.end()) + "» converted "
                        + d.converted() + ", stated " + d.stated() + "; tagger paired " + paired + ", Hijri alone " + hijri);
            }
        }
        int n = datelines.size();
        System.out.printf("SPA datelines in both calendars: %d of %d SPA articles; Umm al-Qura = stated ±1 day: %d "
                + "(%.1f%%); tagger paired = stated: %d (%.1f%%); tagger Hijri alone = converted: %d (%.1f%%)%n", n,
                spa[0], calendarOk, 100.0 * calendarOk / n, pairedOk, 100.0 * pairedOk / n, hijriOk, 100.0 * hijriOk / n);
        failures.forEach(f -> System.out.println("  FAIL " + f));
        assertTrue(n > 300, "datelines found: " + n);
        assertTrue(calendarOk >= MIN_SHARE * n, "calendar agreement " + calendarOk + " of " + n);
        assertTrue(pairedOk >= MIN_SHARE * n, "paired form read " + pairedOk + " of " + n);
        assertTrue(hijriOk >= MIN_SHARE * n, "Hijri part read " + hijriOk + " of " + n);
    }

    /** The first paired dateline of an article, within its line, or null. */
    static Dateline find(RawArticle raw) {
        String text = raw.text();
        // the digits are folded to ASCII at the same offsets, so the pattern needs only ASCII digits
        StringBuilder folded = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            char f = ArabicNormalizer.fold(c);
            folded.append(f >= '0' && f <= '9' ? f : c);
        }
        Matcher m = PAIRED.matcher(folded);
        if (!m.find()) {
            return null;
        }
        int lineStart = text.lastIndexOf('\n', m.start()) + 1;
        int lineEnd = text.indexOf('\n', m.end());
        String line = text.substring(lineStart, lineEnd < 0 ? text.length() : lineEnd);
        int hm = MonthNames.HIJRI.month(Lexicon.key(m.group(2)));
        int gm = MonthNames.GREGORIAN.month(Lexicon.key(m.group(5)));
        if (hm == 0 || gm == 0) {
            return null;
        }
        try {
            LocalDate converted = LocalDate.from(HijrahDate.of(Integer.parseInt(m.group(3)), hm,
                    Integer.parseInt(m.group(1))));
            LocalDate stated = LocalDate.of(Integer.parseInt(m.group(6)), gm, Integer.parseInt(m.group(4)));
            String label = raw.provenance().label();
            return new Dateline(label.substring(label.lastIndexOf('/') + 1), line, m.start() - lineStart,
                    m.end(3) - lineStart, m.end() - lineStart, converted, stated);
        } catch (DateTimeException | NumberFormatException e) {
            return null;
        }
    }

    /** The value of the one timex the tagger finds from {@code start} through {@code end}, or what it found instead. */
    private static String covering(TimexTagger tagger, String line, int start, int end) {
        List<Timex> found = tagger.tag(line, new SentenceSplitter().split(line), null);
        for (Timex t : found) {
            if (t.start() <= start && t.end() >= end) { // a weekday before the date belongs to it
                return t.value();
            }
        }
        return found.stream().map(t -> t.textIn(line) + "=" + t.value()).toList().toString();
    }
}
