package org.marsad.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Splits a byte stream into lines without decoding it, so each JSON line goes to the parser as
 * bytes. A line longer than the ceiling is not kept: it is skipped to its end and reported as
 * {@link #tooLong()}, so one runaway line cannot exhaust memory.
 */
final class LineReader {

    private final InputStream in;
    private final int maxLine;
    private final byte[] chunk = new byte[64 * 1024];
    private int pos;
    private int limit;
    private boolean eof;

    private byte[] line = new byte[8 * 1024];
    private int length;
    private long fullLength;
    private int number;

    LineReader(InputStream in, int maxLine) {
        this.in = in;
        this.maxLine = maxLine;
    }

    /** Moves to the next line; false at the end of the stream. */
    boolean next() throws IOException {
        length = 0;
        fullLength = 0;
        boolean any = false;
        while (true) {
            if (pos == limit) {
                if (eof || !fill()) {
                    if (any) {
                        number++;
                    }
                    return any;
                }
            }
            any = true;
            int start = pos;
            int end = start;
            while (end < limit && chunk[end] != '\n') {
                end++;
            }
            append(start, end);
            if (end < limit) {
                pos = end + 1;
                number++;
                return true;
            }
            pos = limit;
        }
    }

    private boolean fill() throws IOException {
        int r = in.read(chunk, 0, chunk.length);
        if (r < 0) {
            eof = true;
            return false;
        }
        pos = 0;
        limit = r;
        return true;
    }

    private void append(int from, int to) {
        int n = to - from;
        fullLength += n;
        if (fullLength > maxLine) {
            return; // over the ceiling: count it, keep nothing more
        }
        if (length + n > line.length) {
            line = Arrays.copyOf(line, (int) Math.min(maxLine, Math.max(line.length * 2L, length + n)));
        }
        System.arraycopy(chunk, from, line, length, n);
        length += n;
    }

    /** The 1-based number of the current line. */
    int number() {
        return number;
    }

    /** The number of the line being read when the stream failed. */
    int numberInProgress() {
        return number + 1;
    }

    boolean tooLong() {
        return fullLength > maxLine;
    }

    /** The length of the current line in bytes, even when it was too long to keep. */
    long fullLength() {
        return fullLength;
    }

    byte[] bytes() {
        return line;
    }

    int length() {
        return length;
    }
}
