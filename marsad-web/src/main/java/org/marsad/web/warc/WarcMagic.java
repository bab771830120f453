package org.marsad.web.warc;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.GZIPInputStream;

/**
 * Tells a WARC file by its first bytes: every WARC record starts with its version line
 * ({@code WARC/1.0} or {@code WARC/1.1}), and a compressed WARC is gzip whose data starts so,
 * since crawlers compress each record as a gzip member of its own.
 */
final class WarcMagic {

    private static final byte[][] VERSIONS = {
        "WARC/1.0".getBytes(StandardCharsets.US_ASCII), "WARC/1.1".getBytes(StandardCharsets.US_ASCII)};
    private static final int VERSION_LENGTH = 8;

    private WarcMagic() {
    }

    static boolean startsLikeWarc(byte[] head, int length) {
        if (length >= 2 && (head[0] & 0xFF) == 0x1F && (head[1] & 0xFF) == 0x8B) {
            return startsWithVersion(inflatedStart(head, length));
        }
        return startsWithVersion(Arrays.copyOf(head, Math.min(length, VERSION_LENGTH)));
    }

    private static boolean startsWithVersion(byte[] start) {
        if (start.length < VERSION_LENGTH) {
            return false;
        }
        for (byte[] version : VERSIONS) {
            if (Arrays.equals(start, 0, VERSION_LENGTH, version, 0, VERSION_LENGTH)) {
                return true;
            }
        }
        return false;
    }

    /** The first bytes the gzip data inflates to; fewer, or none, when the head is cut or not gzip. */
    private static byte[] inflatedStart(byte[] head, int length) {
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(head, 0, length))) {
            return in.readNBytes(VERSION_LENGTH);
        } catch (IOException e) {
            // a head too short to hold the start of the data, or damaged: not recognisably a WARC
            return new byte[0];
        }
    }
}
