package org.marsad.dating;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The publication day many news sites write into an article's address: {@code /2015/08/02/},
 * {@code /2015-08-02/}, {@code /20150802/} (an issue, as al-Jazirah and Okaz number theirs). Used
 * to measure the dater against addresses it never reads.
 */
public final class UrlDate {
    private static final Pattern SPLIT = Pattern.compile("/((?:19|20)\\d\\d)[/-](\\d\\d)[/-](\\d\\d)(?:[/._-]|$)");
    private static final Pattern JOINED = Pattern.compile("[/_A-Za-z]((?:19|20)\\d\\d)(\\d\\d)(\\d\\d)(?:[/._-]|\\d{0,9}[/.]|$)");

    private UrlDate() {
    }

    /** The day an address gives, or null when it gives none (or an impossible one). */
    public static LocalDate of(String url) {
        if (url == null) {
            return null;
        }
        for (Pattern pattern : new Pattern[] {SPLIT, JOINED}) {
            Matcher m = pattern.matcher(url);
            while (m.find()) {
                try {
                    return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                            Integer.parseInt(m.group(3)));
                } catch (DateTimeException e) {
                    // 20151399 is an article number, not a day: look on
                }
            }
        }
        return null;
    }
}
