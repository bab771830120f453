package org.marsad.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/** Reading with a ceiling, so a 50 MB article never sits in memory just to be refused. */
final class Bytes {

    private Bytes() {
    }

    /**
     * Up to {@code max} bytes of {@code in}; a result of exactly {@code max} bytes may mean
     * there is more. {@code expected} (the file size, or -1) sizes the buffer in one go.
     */
    static byte[] readUpTo(InputStream in, int max, long expected) throws IOException {
        int capacity = expected >= 0 ? (int) Math.min(max, expected + 1) : Math.min(max, 64 * 1024);
        byte[] buf = new byte[Math.max(capacity, 16)];
        int n = 0;
        while (n < max) {
            if (n == buf.length) {
                buf = Arrays.copyOf(buf, (int) Math.min(max, buf.length * 2L));
            }
            int r = in.read(buf, n, Math.min(buf.length, max) - n);
            if (r < 0) {
                break;
            }
            n += r;
        }
        return n == buf.length ? buf : Arrays.copyOf(buf, n);
    }

    /** Reads {@code in} to its end without keeping anything; returns how many bytes it had. */
    static long drain(InputStream in) throws IOException {
        byte[] buf = new byte[64 * 1024];
        long total = 0;
        int r;
        while ((r = in.read(buf)) >= 0) {
            total += r;
        }
        return total;
    }
}
