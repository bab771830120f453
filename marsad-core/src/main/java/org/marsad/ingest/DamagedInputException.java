package org.marsad.ingest;

import java.io.IOException;

/**
 * A stream whose data is damaged (a {@code .gz} cut short, corrupt deflate data), as opposed to
 * a file that cannot be read at all. It carries the kind of rejection it deserves, so that a
 * reader several layers up can reject the record it was in the middle of with the right kind.
 */
final class DamagedInputException extends IOException {

    private final Rejection.Kind kind;

    DamagedInputException(Rejection.Kind kind, String message, Throwable cause) {
        super(message, cause);
        this.kind = kind;
    }

    Rejection.Kind kind() {
        return kind;
    }
}
