package org.marsad.doc;

/**
 * Where an article came from: the input (a path, a URL, or {@code -} for standard input) and,
 * for container files (JSON arrays, JSONL, zip entries, WARC), the record inside it.
 */
public record Provenance(String input, String record) {

    public static Provenance ofFile(String input) {
        return new Provenance(input, null);
    }

    /** The form used in the export's {@code source} field and in error messages. */
    public String label() {
        return record == null ? input : input + "#" + record;
    }

    @Override
    public String toString() {
        return label();
    }
}
