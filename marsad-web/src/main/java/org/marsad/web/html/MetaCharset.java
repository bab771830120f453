package org.marsad.web.html;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Finds the charset a page declares for itself in {@code <meta charset>} or
 * {@code <meta http-equiv="Content-Type" content="...; charset=...">}, looking only at the head
 * of the bytes as browsers do (their "prescan" reads the first 1024 bytes; pages with long
 * inline styles or scripts before the meta are common, so a larger window is read here).
 * Every charset that matters for HTML is ASCII-compatible, so reading the bytes as Latin-1 is
 * safe for finding the tags.
 */
final class MetaCharset {

    /** How far into the page a declaration is looked for. */
    static final int PRESCAN_BYTES = 8192;

    private MetaCharset() {
    }

    /** The declared label, or null when the head declares none. */
    static String declared(byte[] page, int from) {
        int length = Math.min(page.length - from, PRESCAN_BYTES);
        if (length <= 0) {
            return null;
        }
        String head = new String(page, from, length, StandardCharsets.ISO_8859_1).toLowerCase(Locale.ROOT);
        int at = head.indexOf("<meta");
        while (at >= 0) {
            int end = head.indexOf('>', at);
            if (end < 0) {
                end = head.length();
            }
            String tag = head.substring(at, end);
            String label = charsetOf(tag);
            if (label != null) {
                return label;
            }
            at = head.indexOf("<meta", end);
        }
        return null;
    }

    private static String charsetOf(String tag) {
        int direct = tag.indexOf("charset");
        if (direct < 0) {
            return null;
        }
        // <meta charset="x"> or the content="text/html; charset=x" of http-equiv: both are
        // "charset" followed by "=", which the Content-Type parameter reader handles.
        if (tag.contains("http-equiv") || tag.contains("charset=") || tag.contains("charset =")) {
            return CharsetLabels.parameter(tag);
        }
        return null;
    }
}
