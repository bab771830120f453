package org.marsad.web.html.meta;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Takes the site name off a page title: "Headline | Site", "Headline - Site", "Site » Headline"
 * and the like. When the site name is known, the part that names it goes; when it is not, a
 * short last part after a strong separator is taken for it, as that is the common template.
 */
public final class TitleCleaner {

    /** Separators sites put between headline and site name; a hyphen only with spaces round it. */
    private static final Pattern SEPARATOR = Pattern.compile("\\s+[|–—:»«·•/\\-]\\s+|\\s*(?:\\||::|»|«|•)\\s*");
    /** A last part at most this share of the whole title is taken as a site name without proof. */
    private static final double SITE_PART_SHARE = 0.4;

    private TitleCleaner() {
    }

    /** The title without its site name part. */
    public static String clean(String title, String siteName) {
        if (title == null) {
            return null;
        }
        String t = title.replaceAll("\\s+", " ").strip();
        String[] parts = SEPARATOR.split(t);
        if (parts.length < 2) {
            return t;
        }
        String site = siteName == null ? null : siteName.toLowerCase(Locale.ROOT).strip();
        if (site != null && !site.isEmpty()) {
            String first = parts[0].strip();
            String last = parts[parts.length - 1].strip();
            if (names(last, site)) {
                return cutLast(t, last);
            }
            if (names(first, site)) {
                return t.substring(t.indexOf(first) + first.length()).replaceFirst("^" + SEPARATOR.pattern(), "").strip();
            }
        }
        String last = parts[parts.length - 1].strip();
        if (last.length() <= SITE_PART_SHARE * t.length()) {
            return cutLast(t, last);
        }
        return t;
    }

    private static boolean names(String part, String site) {
        String p = part.toLowerCase(Locale.ROOT);
        return p.equals(site) || p.contains(site) || site.contains(p) && p.length() >= 3;
    }

    private static String cutLast(String title, String last) {
        int at = title.lastIndexOf(last);
        String head = title.substring(0, at);
        String cut = head.replaceFirst("(?:" + SEPARATOR.pattern() + ")\\s*$", "").strip();
        return cut.isEmpty() ? title : cut;
    }
}
