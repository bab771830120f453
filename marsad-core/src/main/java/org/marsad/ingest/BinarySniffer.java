package org.marsad.ingest;

import java.nio.charset.StandardCharsets;

/**
 * Tells binary files from text by their first bytes, so that an image or an executable is
 * rejected as what it is instead of as "undecodable text". Two tests: well-known magic numbers,
 * and the share of control bytes, which text (in any encoding without a BOM) almost never has.
 */
final class BinarySniffer {

    /** How much of an input is looked at. */
    static final int SAMPLE = 8192;

    /** Text has tabs and line breaks, rarely any other C0 control; random bytes have about 10%. */
    private static final double MAX_CONTROL_SHARE = 0.05;

    private BinarySniffer() {
    }

    /**
     * What kind of binary data {@code head} starts, as a phrase for a message ("a PNG image"),
     * or null when it looks like text.
     */
    static String binaryKind(byte[] head, int length) {
        String magic = magic(head, length);
        if (magic != null) {
            return magic;
        }
        int sample = Math.min(length, SAMPLE);
        int controls = 0;
        int nuls = 0;
        for (int i = 0; i < sample; i++) {
            int b = head[i] & 0xFF;
            if (b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f' && b != 0x0B && b != 0x1B) {
                controls++;
                if (b == 0) {
                    nuls++;
                }
            }
        }
        if (sample > 0 && controls > MAX_CONTROL_SHARE * sample) {
            return "binary data (" + (100L * controls / sample) + "% control bytes, " + nuls
                    + " of them NUL, in the first " + sample + " bytes)";
        }
        return null;
    }

    /**
     * "UTF-16LE" or "UTF-16BE" when {@code head} looks like UTF-16 without a byte-order mark,
     * else null. Arabic is U+06xx and Latin U+00xx, so every other byte is 0x06 or 0x00.
     */
    static String utf16WithoutBom(byte[] head, int length) {
        int sample = Math.min(length, SAMPLE) & ~1;
        if (sample < 8) {
            return null;
        }
        int even = 0;
        int odd = 0;
        for (int i = 0; i < sample; i += 2) {
            if (head[i] == 0 || head[i] == 6) {
                even++;
            }
            if (head[i + 1] == 0 || head[i + 1] == 6) {
                odd++;
            }
        }
        int pairs = sample / 2;
        if (odd > 0.8 * pairs && even < 0.2 * pairs) {
            return "UTF-16LE";
        }
        if (even > 0.8 * pairs && odd < 0.2 * pairs) {
            return "UTF-16BE";
        }
        return null;
    }

    /** The archive or file type its magic number says, or null. */
    static String magic(byte[] b, int n) {
        if (starts(b, n, 0x1F, 0x8B)) {
            return "gzip data (name it .gz to read what it holds)";
        }
        if (starts(b, n, 'P', 'K', 3, 4) || starts(b, n, 'P', 'K', 5, 6)) {
            return "a zip archive (name it .zip to read its entries)";
        }
        if (starts(b, n, 0x89, 'P', 'N', 'G')) {
            return "a PNG image";
        }
        if (starts(b, n, 0xFF, 0xD8, 0xFF)) {
            return "a JPEG image";
        }
        if (starts(b, n, 'G', 'I', 'F', '8')) {
            return "a GIF image";
        }
        if (starts(b, n, '%', 'P', 'D', 'F', '-')) {
            return "a PDF document (extract its text first)";
        }
        if (starts(b, n, 0x7F, 'E', 'L', 'F')) {
            return "an ELF executable";
        }
        if (starts(b, n, 0xCA, 0xFE, 0xBA, 0xBE)) {
            return "a Java class file";
        }
        if (starts(b, n, 0xD0, 0xCF, 0x11, 0xE0)) {
            return "an old Microsoft Office document";
        }
        if (starts(b, n, 'S', 'Q', 'L', 'i', 't', 'e', ' ', 'f', 'o', 'r', 'm', 'a', 't')) {
            return "an SQLite database";
        }
        if (starts(b, n, '7', 'z', 0xBC, 0xAF, 0x27, 0x1C) || starts(b, n, 'R', 'a', 'r', '!')
                || starts(b, n, 0xFD, '7', 'z', 'X', 'Z', 0) || starts(b, n, 0x28, 0xB5, 0x2F, 0xFD)
                || (starts(b, n, 'B', 'Z', 'h') && n > 4 && b[4] == '1' && b[3] >= '1' && b[3] <= '9')) {
            return "a compressed archive this reader does not open (use .gz or .zip)";
        }
        if (n > 262 && new String(b, 257, 5, StandardCharsets.ISO_8859_1).equals("ustar")) {
            return "a tar archive (extract it first)";
        }
        if (n > 12 && starts(b, n, 'R', 'I', 'F', 'F')) {
            return "a RIFF media file";
        }
        if (n > 8 && b[4] == 'f' && b[5] == 't' && b[6] == 'y' && b[7] == 'p') {
            return "an MP4/QuickTime media file";
        }
        return null;
    }

    private static boolean starts(byte[] b, int n, int... magic) {
        if (n < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if ((b[i] & 0xFF) != magic[i]) {
                return false;
            }
        }
        return true;
    }
}
