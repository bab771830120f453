package org.marsad.ingest;

/** Plain loops over a text that several readers need; no regex, these run on every article. */
final class TextMeasures {

    private TextMeasures() {
    }

    /**
     * True when there is nothing to read: only whitespace, no-break spaces and invisible format
     * characters. Scraped pages leave bodies of {@code "\u00A0\u00A0 \n \n"}, which
     * {@link String#isBlank()} would call text.
     */
    static boolean isBlank(String s) {
        for (int i = 0, len = s.length(); i < len; i++) {
            char c = s.charAt(i);
            if (!Character.isWhitespace(c) && !Character.isSpaceChar(c)
                    && Character.getType(c) != Character.FORMAT) {
                return false;
            }
        }
        return true;
    }

    static int countNuls(String s) {
        int n = 0;
        for (int i = 0, len = s.length(); i < len; i++) {
            if (s.charAt(i) == 0) {
                n++;
            }
        }
        return n;
    }

    static String nulWarning(int nuls) {
        return nuls + (nuls == 1 ? " NUL character" : " NUL characters")
                + " in the text (kept, but NUL is not text: the input may be damaged)";
    }

    /** UTF-8 size without encoding: the limit is in bytes, the text in UTF-16 code units. */
    static long utf8Length(String s) {
        long n = 0;
        for (int i = 0, len = s.length(); i < len; i++) {
            char c = s.charAt(i);
            n += c < 0x80 ? 1 : c < 0x800 || Character.isSurrogate(c) ? 2 : 3;
        }
        return n;
    }
}
