package org.marsad.ingest;

import java.io.ByteArrayInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;
import java.io.SequenceInputStream;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;
import org.marsad.doc.Provenance;

/**
 * Decides what an input is and hands it to the right reader: an installed {@link InputFormat}
 * that claims its name, else {@code .gz} is unwrapped and read by its inner name, {@code .zip}
 * is read entry by entry, {@code .json} and {@code .jsonl} are JSON records, and anything else is
 * one plain-text article unless its first bytes show an installed format (a web page saved
 * without {@code .html}). A stream without a telling name (standard input) is recognised by its
 * first bytes.
 */
final class InputReader {

    private enum Kind { TEXT, JSON, JSON_LINES, SNIFF }

    private final ReadContext ctx;
    private final TextArticleReader text;
    private final JsonRecordReader json;
    private final JsonLinesReader lines;
    private final ZipReader zip;
    private final FormatContext formats;

    InputReader(ReadContext ctx) {
        this.ctx = ctx;
        this.text = new TextArticleReader(ctx);
        this.json = new JsonRecordReader(ctx);
        this.lines = new JsonLinesReader(ctx);
        this.zip = new ZipReader(ctx, this);
        this.formats = new FormatContext(ctx);
    }

    /**
     * @param input     the provenance of what is read ({@code a/b.zip!/c.json})
     * @param name      the name its kind is told by; {@code -} (or empty) to tell it by content
     * @param knownSize its size in bytes when known before reading, else -1
     */
    void read(InputStream in, String input, String name, long knownSize) {
        String lower = name.toLowerCase(Locale.ROOT);
        for (InputFormat format : ctx.options.formats()) {
            if (format.claims(lower)) {
                format.read(in, input, knownSize, formats);
                return;
            }
        }
        if (lower.endsWith(".gz")) {
            readGzip(in, input, name.substring(0, name.length() - 3));
            return;
        }
        if (lower.endsWith(".zip")) {
            zip.read(in, input);
            return;
        }
        Kind kind = kindOf(lower);
        if (kind == Kind.TEXT && ctx.options.formats().isEmpty()) {
            text.read(in, input, knownSize);
            return;
        }
        byte[] head;
        try {
            head = in.readNBytes(BinarySniffer.SAMPLE);
        } catch (IOException e) {
            ctx.reject(Provenance.ofFile(input), e);
            return;
        }
        if (head.length == 0) {
            ctx.reject(Provenance.ofFile(input), Rejection.Kind.EMPTY, "empty file");
            return;
        }
        InputStream all = new SequenceInputStream(new ByteArrayInputStream(head), in);
        if (kind == Kind.TEXT || kind == Kind.SNIFF) {
            InputFormat sniffed = sniff(head);
            if (sniffed != null) {
                sniffed.read(all, input, knownSize, formats);
                return;
            }
        }
        if (kind == Kind.TEXT) {
            text.read(all, input, knownSize);
            return;
        }
        int first = firstNonSpace(head);
        if (kind == Kind.SNIFF) {
            if (head.length >= 2 && (head[0] & 0xFF) == 0x1F && (head[1] & 0xFF) == 0x8B) {
                readGzip(all, input, "");
            } else if (head.length >= 4 && head[0] == 'P' && head[1] == 'K'
                    && ((head[2] == 3 && head[3] == 4) || (head[2] == 5 && head[3] == 6))) {
                zip.read(all, input);
            } else if (first == '[' || first == '{') {
                readJson(all, input, head, first);
            } else {
                text.read(all, input, -1);
            }
            return;
        }
        if (kind == Kind.JSON_LINES) {
            lines.read(all, input);
        } else {
            readJson(all, input, head, first);
        }
    }

    private InputFormat sniff(byte[] head) {
        for (InputFormat format : ctx.options.formats()) {
            if (format.sniffs(head, head.length)) {
                return format;
            }
        }
        return null;
    }

    private void readJson(InputStream all, String input, byte[] head, int first) {
        Provenance whole = Provenance.ofFile(input);
        // UTF-16 and UTF-32 JSON are full of NUL bytes; Jackson reads them, so they are not binary
        boolean wide = TextDecoder.Bom.of(head, head.length) != null || ctx.options.forcedEncoding() != null
                || BinarySniffer.utf16WithoutBom(head, head.length) != null;
        String binary = wide ? null : BinarySniffer.binaryKind(head, head.length);
        if (binary != null) {
            ctx.reject(whole, Rejection.Kind.BINARY, "this is " + binary + ", not JSON");
        } else if (first < 0 && head.length < BinarySniffer.SAMPLE) {
            ctx.reject(whole, Rejection.Kind.EMPTY, "only whitespace");
        } else if (first == '[' || first < 0) {
            json.read(all, input);
        } else if (first == '{') {
            if (firstLineIsRecord(head)) {
                lines.read(all, input);
            } else {
                json.read(all, input);
            }
        } else {
            ctx.reject(whole, Rejection.Kind.MALFORMED, "not JSON: it starts with '" + (char) first
                    + "', not [ or { (name it .txt if it is a plain-text article)");
        }
    }

    private void readGzip(InputStream in, String input, String innerName) {
        Provenance whole = Provenance.ofFile(input);
        GZIPInputStream gz;
        try {
            PushbackInputStream peek = new PushbackInputStream(in, 1);
            int b = peek.read();
            if (b < 0) {
                ctx.reject(whole, Rejection.Kind.EMPTY, "empty file");
                return;
            }
            peek.unread(b);
            gz = new GZIPInputStream(peek, 64 * 1024);
        } catch (ZipException e) {
            ctx.reject(whole, Rejection.Kind.MALFORMED, "not gzip data, though its name ends in .gz ("
                    + e.getMessage() + ")");
            return;
        } catch (EOFException e) {
            ctx.reject(whole, Rejection.Kind.TRUNCATED, "the gzip header is cut short");
            return;
        } catch (IOException e) {
            ctx.reject(whole, e);
            return;
        }
        read(new GuardedInputStream(gz, "gzip"), input, innerName.isEmpty() ? "-" : innerName, -1);
    }

    private static Kind kindOf(String lowerName) {
        if (lowerName.equals("-") || lowerName.isEmpty()) {
            return Kind.SNIFF;
        }
        if (lowerName.endsWith(".json")) {
            return Kind.JSON;
        }
        if (lowerName.endsWith(".jsonl") || lowerName.endsWith(".ndjson")) {
            return Kind.JSON_LINES;
        }
        return Kind.TEXT;
    }

    /** The first byte that is not whitespace, a NUL (UTF-16) or part of a BOM; -1 if none. */
    private static int firstNonSpace(byte[] head) {
        for (byte value : head) {
            int b = value & 0xFF;
            if (b != ' ' && b != '\t' && b != '\r' && b != '\n' && b != 0 && b != 0xEF && b != 0xBB
                    && b != 0xBF && b != 0xFE && b != 0xFF) {
                return b;
            }
        }
        return -1;
    }

    /**
     * A {@code .json} file starting with an object may be JSON Lines, or one pretty-printed
     * object. It is lines when its first line is a whole object; a first line longer than the
     * sample is one long record, which the lines reader handles too.
     */
    private static boolean firstLineIsRecord(byte[] head) {
        int end = 0;
        while (end < head.length && head[end] != '\n') {
            end++;
        }
        if (end == head.length) {
            return true;
        }
        while (end > 0 && (head[end - 1] == '\r' || head[end - 1] == ' ' || head[end - 1] == '\t')) {
            end--;
        }
        return end > 0 && head[end - 1] == '}';
    }
}
