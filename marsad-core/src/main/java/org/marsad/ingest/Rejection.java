package org.marsad.ingest;

import org.marsad.doc.Provenance;

/**
 * An input record that could not become an article, with a message a user can act on.
 * The batch goes on after a rejection; only the counts remember it.
 */
public record Rejection(Provenance record, Kind kind, String message) {

    public enum Kind {
        EMPTY("empty input"),
        BINARY("binary data"),
        ENCODING("undecodable text"),
        TRUNCATED("truncated input"),
        MALFORMED("malformed record"),
        TOO_LARGE("too large"),
        UNREADABLE("unreadable input"),
        /** Read fine, but the analysis failed on it: a defect of marsad's, reported, not fatal. */
        ANALYSIS("analysis failed");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    @Override
    public String toString() {
        return record.label() + ": " + kind.label() + ": " + message;
    }
}
