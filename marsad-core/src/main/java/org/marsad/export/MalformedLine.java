package org.marsad.export;

/** A line of an export file that could not be read, or a part of it that was skipped, and why. */
public record MalformedLine(String file, int line, String reason) {
    @Override
    public String toString() {
        return file + " line " + line + ": " + reason;
    }
}
