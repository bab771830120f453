package org.marsad.web.input;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * How a markup document opens, for telling a web page from a feed by its first bytes when its
 * name does not tell.
 */
final class OpeningMarkup {

    private OpeningMarkup() {
    }

    /** Whether the document's first markup ({@link #of}) starts with one of {@code openings} (lower case). */
    static boolean opensWith(byte[] head, int length, String... openings) {
        String start = of(head, length);
        for (String opening : openings) {
            if (start.startsWith(opening)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The first markup of the document in lower case: past a UTF-8 BOM, white space, comments and
     * an XML declaration.
     */
    static String of(byte[] head, int length) {
        int from = length >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF
                ? 3 : 0;
        // markup is ASCII, so a byte-for-char reading sees it whatever the page's encoding
        String text = new String(head, from, Math.max(0, Math.min(length, 1024) - from), StandardCharsets.ISO_8859_1)
                .toLowerCase(Locale.ROOT);
        int i = 0;
        while (true) {
            while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
                i++;
            }
            if (text.startsWith("<!--", i)) {
                int end = text.indexOf("-->", i + 4);
                if (end < 0) {
                    return "";
                }
                i = end + 3;
            } else if (text.startsWith("<?xml", i)) {
                int end = text.indexOf("?>", i);
                if (end < 0) {
                    return "";
                }
                i = end + 2;
            } else {
                return text.substring(i);
            }
        }
    }
}
