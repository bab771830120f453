package org.marsad.batch;

/**
 * A consumer (the export, the index) could not take an article. Unlike a failure to analyse one
 * article, this stops the run: every article after it would fail the same way.
 */
public final class ConsumerFailure extends RuntimeException {
    public ConsumerFailure(String message, Throwable cause) {
        super(message, cause);
    }
}
