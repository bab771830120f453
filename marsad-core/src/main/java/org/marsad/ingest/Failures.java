package org.marsad.ingest;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import org.marsad.doc.Provenance;

/** Turns the exceptions met while reading into rejections a user can act on. */
final class Failures {

    private Failures() {
    }

    /** The rejection for an input or record that failed with {@code e}. */
    static Rejection of(Provenance record, IOException e) {
        if (e instanceof DamagedInputException damaged) {
            return new Rejection(record, damaged.kind(), damaged.getMessage());
        }
        if (e instanceof JsonProcessingException json) {
            return new Rejection(record, jsonKind(json), jsonMessage(json, true));
        }
        if (e instanceof CharacterCodingException) {
            return new Rejection(record, Rejection.Kind.ENCODING, "not valid in the encoding given by "
                    + IngestOptions.ENCODING_OPTION + " (" + e + ")");
        }
        if (e instanceof AccessDeniedException) {
            return new Rejection(record, Rejection.Kind.UNREADABLE, "permission denied");
        }
        if (e instanceof NoSuchFileException) {
            return new Rejection(record, Rejection.Kind.UNREADABLE, "no such file or directory");
        }
        if (e instanceof FileSystemException fs && fs.getReason() != null) {
            return new Rejection(record, Rejection.Kind.UNREADABLE, fs.getReason());
        }
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return new Rejection(record, Rejection.Kind.UNREADABLE, "read failed: " + message);
    }

    static Rejection.Kind jsonKind(JsonProcessingException e) {
        if (e instanceof JsonEOFException) {
            return Rejection.Kind.TRUNCATED;
        }
        if (e instanceof StreamConstraintsException) {
            return Rejection.Kind.TOO_LARGE;
        }
        String message = e.getOriginalMessage();
        if (message != null && message.startsWith("Invalid UTF-")) {
            return Rejection.Kind.ENCODING;
        }
        return Rejection.Kind.MALFORMED;
    }

    /**
     * The parser's own words and where it was: {@code Unexpected character ('x' (code 120)) ...
     * at line 3, column 5}. Jackson's "[Source: ...]" noise is cut; a JSON Lines record gives the
     * column only, its line being the record number already.
     */
    static String jsonMessage(JsonProcessingException e, boolean withLine) {
        String message = e.getOriginalMessage() == null ? e.getClass().getSimpleName() : e.getOriginalMessage();
        int source = message.indexOf(" (start marker at [Source");
        if (source < 0) {
            source = message.indexOf("[Source");
        }
        if (source > 0) {
            message = message.substring(0, source).trim();
        }
        int newline = message.indexOf('\n');
        if (newline > 0) {
            message = message.substring(0, newline).trim();
        }
        if (e instanceof StreamConstraintsException) {
            message = "a field value is far over the article size limit (" + message + "); raise it with "
                    + IngestOptions.MAX_ARTICLE_SIZE_OPTION;
        } else if (jsonKind(e) == Rejection.Kind.ENCODING) {
            message = "not valid UTF-8, which JSON must be (" + message + "); if it is in another encoding, pass "
                    + IngestOptions.ENCODING_OPTION + " NAME";
        }
        JsonLocation at = e.getLocation();
        if (at != null && at.getColumnNr() > 0) {
            message += withLine ? " at line " + at.getLineNr() + ", column " + at.getColumnNr()
                    : " at column " + at.getColumnNr();
        }
        return message;
    }
}
