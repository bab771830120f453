package org.marsad.web.warc;

import java.io.EOFException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Notes that a record's data ended before its declared length: the file was cut inside it, so
 * no record after it can be read. The failure itself still reaches the reader, which rejects
 * the record; this only lets the file's reader stop without a second message.
 */
final class CutWatch extends FilterInputStream {

    private boolean cut;

    CutWatch(InputStream in) {
        super(in);
    }

    boolean cut() {
        return cut;
    }

    @Override
    public int read() throws IOException {
        try {
            return super.read();
        } catch (EOFException e) {
            cut = true;
            throw e;
        }
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        try {
            return in.read(b, off, len);
        } catch (EOFException e) {
            cut = true;
            throw e;
        }
    }
}
