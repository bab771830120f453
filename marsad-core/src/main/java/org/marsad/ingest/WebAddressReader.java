package org.marsad.ingest;

/**
 * Reads an input given as a web address ({@code https://...}): fetches it and hands what it
 * finds (a page, a feed) to the context. The core fetches nothing itself; a run that may use the
 * network sets one with {@link IngestOptions#withWebAddresses}, and without one an address is
 * rejected with a message saying how to allow it.
 */
public interface WebAddressReader {

    /** Reads the resource at {@code address}; every record it holds ends in one accept, reject or skip. */
    void read(String address, FormatContext context);

    /** Whether an input names a web address rather than a file. */
    static boolean isAddress(String input) {
        return input.regionMatches(true, 0, "http://", 0, 7) || input.regionMatches(true, 0, "https://", 0, 8);
    }
}
