package org.marsad.dating;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

/**
 * How well publication dates agree with the days the articles' addresses give ({@link UrlDate}):
 * the share dated to the day, within a day, within three, not dated at all, and dated more than a
 * year off; all articles, and the inferred ones alone.
 */
public final class UrlDateScore {
    private final Tally all = new Tally();
    private final Tally inferred = new Tally();

    private static final class Tally {
        int articles;
        int exact;
        int withinDay;
        int withinThree;
        int undated;
        int yearOff;

        void add(LocalDate gold, LocalDate published) {
            articles++;
            if (published == null) {
                undated++;
                return;
            }
            long off = Math.abs(ChronoUnit.DAYS.between(gold, published));
            exact += off == 0 ? 1 : 0;
            withinDay += off <= 1 ? 1 : 0;
            withinThree += off <= 3 ? 1 : 0;
            yearOff += off > 365 ? 1 : 0;
        }

        String line(String label) {
            return String.format(Locale.ROOT, "%-9s %6d %8.1f%% %8.1f%% %8.1f%% %8d %8d", label, articles,
                    percent(exact), percent(withinDay), percent(withinThree), undated, yearOff);
        }

        private double percent(int n) {
            return articles == 0 ? 0 : 100.0 * n / articles;
        }
    }

    /**
     * @param gold      the day the address gives
     * @param published the article's publication date, or null when it has none
     * @param wasInferred whether that date was inferred (null dates count as inferred: nothing was written)
     */
    public void add(LocalDate gold, LocalDate published, boolean wasInferred) {
        all.add(gold, published);
        if (wasInferred || published == null) {
            inferred.add(gold, published);
        }
    }

    public int articles() {
        return all.articles;
    }

    /** The share of all articles dated to the address's day, in percent. */
    public double exactPercent() {
        return all.percent(all.exact);
    }

    public int undated() {
        return all.undated;
    }

    public String report() {
        return String.format(Locale.ROOT, "%-9s %6s %9s %9s %9s %8s %8s%n", "", "n", "exact", "<=1 day", "<=3 days",
                "undated", ">1 year") + all.line("all") + "\n" + inferred.line("inferred") + "\n";
    }
}
