package org.marsad.web.html;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.Map;

/**
 * Turns the charset label a page or server gives into a {@link Charset}, the way browsers read
 * labels (WHATWG Encoding standard): ASCII and Latin-1 labels mean windows-1252, which is what
 * such pages really contain, and a few common misspellings are understood. Unknown labels give
 * null, so the caller falls back to sniffing instead of failing.
 */
final class CharsetLabels {

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    /** Labels the JDK does not know, or reads differently from browsers. */
    private static final Map<String, String> ALIASES = Map.ofEntries(
            Map.entry("utf8", "UTF-8"),
            Map.entry("unicode-1-1-utf-8", "UTF-8"),
            Map.entry("us-ascii", "windows-1252"),
            Map.entry("ascii", "windows-1252"),
            Map.entry("iso-8859-1", "windows-1252"),
            Map.entry("iso8859-1", "windows-1252"),
            Map.entry("latin1", "windows-1252"),
            Map.entry("l1", "windows-1252"),
            Map.entry("cp1252", "windows-1252"),
            Map.entry("cp1256", "windows-1256"),
            Map.entry("win-1256", "windows-1256"),
            Map.entry("arabic", "ISO-8859-6"),
            Map.entry("iso-8859-6-i", "ISO-8859-6"),
            Map.entry("iso-8859-6-e", "ISO-8859-6"),
            Map.entry("gb2312", "GBK"),
            Map.entry("x-sjis", "Shift_JIS"));

    private CharsetLabels() {
    }

    /** The charset a label names, or null when it names none this JVM supports. */
    static Charset forLabel(String label) {
        if (label == null) {
            return null;
        }
        String name = label.strip().toLowerCase(Locale.ROOT);
        if (name.length() >= 2 && (name.charAt(0) == '"' || name.charAt(0) == '\'')) {
            name = name.substring(1, name.length() - (name.endsWith(name.substring(0, 1)) ? 1 : 0)).strip();
        }
        if (name.isEmpty()) {
            return null;
        }
        name = ALIASES.getOrDefault(name, name);
        if (name.equals("UTF-8") || name.equals("utf-8")) {
            return StandardCharsets.UTF_8;
        }
        if (name.equals("windows-1252")) {
            return WINDOWS_1252;
        }
        try {
            Charset charset = Charset.forName(name);
            // UTF-16 declared inside a page that we could read as ASCII is a contradiction:
            // browsers read it as UTF-8, and so do we.
            return charset.name().startsWith("UTF-16") || charset.name().startsWith("UTF-32")
                    ? StandardCharsets.UTF_8 : charset;
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            return null;
        }
    }

    /** The {@code charset=} parameter of a Content-Type value, or null. */
    static String parameter(String contentType) {
        if (contentType == null) {
            return null;
        }
        String lower = contentType.toLowerCase(Locale.ROOT);
        int at = lower.indexOf("charset");
        while (at >= 0) {
            int i = at + "charset".length();
            while (i < lower.length() && lower.charAt(i) == ' ') {
                i++;
            }
            if (i < lower.length() && lower.charAt(i) == '=') {
                i++;
                while (i < lower.length() && (lower.charAt(i) == ' ' || lower.charAt(i) == '"' || lower.charAt(i) == '\'')) {
                    i++;
                }
                int end = i;
                while (end < lower.length() && ";\"' ,>".indexOf(lower.charAt(end)) < 0) {
                    end++;
                }
                return end > i ? contentType.substring(i, end) : null;
            }
            at = lower.indexOf("charset", at + 1);
        }
        return null;
    }
}
