package org.marsad.web.fetch;

/**
 * A fetch that failed, with a message naming the address and why (robots.txt, a status, a
 * timeout, the size cap).
 */
public final class FetchException extends Exception {

    private final boolean transientFailure;

    FetchException(String message, boolean transientFailure) {
        super(message);
        this.transientFailure = transientFailure;
    }

    /**
     * Whether the same request may well succeed later (a 5xx, a 429, a network error), so a
     * watcher should try the item again on its next poll rather than give it up.
     */
    public boolean isTransient() {
        return transientFailure;
    }
}
