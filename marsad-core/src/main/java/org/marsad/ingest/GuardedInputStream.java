package org.marsad.ingest;

import java.io.EOFException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.zip.ZipException;

/**
 * Wraps a decompressing stream so that its failures say what happened ("the gzip data ends
 * early") instead of leaking {@code Unexpected end of ZLIB input stream}, and remembers that it
 * failed, so the container reading it stops without a second rejection for the same damage.
 *
 * <p>Closing it does not close the stream beneath: readers of one zip entry must not close the
 * whole archive. Whoever opened the underlying stream closes it.
 */
final class GuardedInputStream extends FilterInputStream {

    private final String what;
    private boolean failed;

    /** @param what the container, for messages: "gzip", "zip" */
    GuardedInputStream(InputStream in, String what) {
        super(in);
        this.what = what;
    }

    boolean failed() {
        return failed;
    }

    @Override
    public int read() throws IOException {
        try {
            return super.read();
        } catch (IOException e) {
            throw translate(e);
        }
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        try {
            return in.read(b, off, len);
        } catch (IOException e) {
            throw translate(e);
        }
    }

    @Override
    public long skip(long n) throws IOException {
        try {
            return in.skip(n);
        } catch (IOException e) {
            throw translate(e);
        }
    }

    @Override
    public void close() {
        // deliberately not closing the stream beneath; see the class comment
    }

    IOException translate(IOException e) {
        failed = true;
        if (e instanceof DamagedInputException) {
            return e;
        }
        if (e instanceof EOFException) {
            return new DamagedInputException(Rejection.Kind.TRUNCATED,
                    "the " + what + " data ends early (" + e.getMessage() + ")", e);
        }
        if (e instanceof ZipException) {
            return new DamagedInputException(Rejection.Kind.MALFORMED,
                    "corrupt " + what + " data (" + e.getMessage() + ")", e);
        }
        return e;
    }
}
