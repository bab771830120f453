package org.marsad.ingest;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Turns the bytes of a text input into its characters, or says clearly why it cannot.
 *
 * <p>Order matters: a byte-order mark is trusted first (UTF-16 text is full of NUL bytes and
 * would otherwise look binary); then binary data is recognised; then strict UTF-8; and only
 * bytes that are not UTF-8 go to {@link ArabicEncodingDetector}. A forced encoding skips all of
 * it but the mark and the magic numbers of images and archives.
 *
 * <p>Public for its byte-order mark and validity checks, which marsad-web shares.
 */
public final class TextDecoder {

    private static final Charset UTF_32LE = Charset.forName("UTF-32LE");
    private static final Charset UTF_32BE = Charset.forName("UTF-32BE");

    private final Charset forced;

    TextDecoder(Charset forced) {
        this.forced = forced;
    }

    /** What came of it: {@code text} and maybe a {@code warning}, or a {@code failure} and its message. */
    record Decoded(String text, String warning, Rejection.Kind failure, String message) {
        static Decoded ok(String text, String warning) {
            return new Decoded(text, warning, null, null);
        }

        static Decoded failed(Rejection.Kind kind, String message) {
            return new Decoded(null, null, kind, message);
        }
    }

    Decoded decode(byte[] bytes, int length) {
        Bom bom = Bom.of(bytes, length);
        if (forced != null) {
            String magic = BinarySniffer.magic(bytes, length);
            if (magic != null) { // no encoding makes an image text
                return Decoded.failed(Rejection.Kind.BINARY, "this is " + magic + ", not text");
            }
            int skip = bom != null && bom.charset.equals(forced) ? bom.length : 0;
            return strict(forced, bytes, skip, length, "as forced by " + IngestOptions.ENCODING_OPTION);
        }
        if (bom != null) {
            return strict(bom.charset, bytes, bom.length, length, "though it starts with a "
                    + bom.charset.name() + " byte-order mark");
        }
        String utf16 = BinarySniffer.utf16WithoutBom(bytes, length);
        if (utf16 != null) {
            return Decoded.failed(Rejection.Kind.ENCODING, "this looks like " + utf16 + " text without a "
                    + "byte-order mark, which is not detected safely; pass " + IngestOptions.ENCODING_OPTION + " " + utf16);
        }
        String binary = BinarySniffer.binaryKind(bytes, length);
        if (binary != null) {
            return Decoded.failed(Rejection.Kind.BINARY, "this is " + binary + ", not text");
        }
        int bad = firstError(StandardCharsets.UTF_8, bytes, 0, length);
        if (bad < 0) {
            return Decoded.ok(new String(bytes, 0, length, StandardCharsets.UTF_8), null);
        }
        ArabicEncodingDetector.Detection found = ArabicEncodingDetector.detect(bytes, length);
        if (found.charset() == null) {
            return Decoded.failed(Rejection.Kind.ENCODING, "not valid UTF-8 (byte 0x"
                    + String.format("%02X", bytes[bad] & 0xFF) + " at offset " + bad + "), and "
                    + found.explanation() + "; tried UTF-8, windows-1256 and ISO-8859-6. If you know its"
                    + " encoding, pass " + IngestOptions.ENCODING_OPTION + " NAME");
        }
        String warning = "decoded as " + found.charset().name() + " (not valid UTF-8)";
        if (found.undefined() > 0) {
            warning += "; " + found.undefined() + " bytes undefined in it became U+FFFD";
        }
        return Decoded.ok(found.text(), warning);
    }

    private static Decoded strict(Charset charset, byte[] bytes, int from, int length, String why) {
        int bad = firstError(charset, bytes, from, length);
        if (bad >= 0) {
            return Decoded.failed(Rejection.Kind.ENCODING, "not valid " + charset.name() + " " + why
                    + " (bad bytes at offset " + bad + ")");
        }
        // Valid, so decoding again cannot fail; the JDK's String constructor is the fastest way.
        return Decoded.ok(new String(bytes, from, length - from, charset), null);
    }

    /** The offset of the first byte {@code charset} cannot decode, or -1 when all of it decodes. */
    public static int firstError(Charset charset, byte[] bytes, int from, int length) {
        if (charset.equals(StandardCharsets.UTF_8) && isAscii(bytes, from, length)) {
            return -1;
        }
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, from, length - from);
        CharBuffer out = CharBuffer.allocate(64 * 1024);
        while (true) {
            CoderResult result = decoder.decode(in, out, true);
            if (result.isError()) {
                return in.position();
            }
            if (result.isUnderflow()) {
                result = decoder.flush(out);
                if (result.isUnderflow()) {
                    return -1;
                }
            }
            out.clear(); // overflow: the characters are not kept, only validity matters here
        }
    }

    private static boolean isAscii(byte[] bytes, int from, int length) {
        for (int i = from; i < length; i++) {
            if (bytes[i] < 0) {
                return false;
            }
        }
        return true;
    }

    /** A byte-order mark: which encoding it announces and how many bytes it takes. */
    public record Bom(Charset charset, int length) {
        public static Bom of(byte[] b, int n) {
            if (n >= 4 && u(b, 0) == 0xFF && u(b, 1) == 0xFE && b[2] == 0 && b[3] == 0) {
                return new Bom(UTF_32LE, 4);
            }
            if (n >= 4 && b[0] == 0 && b[1] == 0 && u(b, 2) == 0xFE && u(b, 3) == 0xFF) {
                return new Bom(UTF_32BE, 4);
            }
            if (n >= 3 && u(b, 0) == 0xEF && u(b, 1) == 0xBB && u(b, 2) == 0xBF) {
                return new Bom(StandardCharsets.UTF_8, 3);
            }
            if (n >= 2 && u(b, 0) == 0xFF && u(b, 1) == 0xFE) {
                return new Bom(StandardCharsets.UTF_16LE, 2);
            }
            if (n >= 2 && u(b, 0) == 0xFE && u(b, 1) == 0xFF) {
                return new Bom(StandardCharsets.UTF_16BE, 2);
            }
            return null;
        }

        private static int u(byte[] b, int i) {
            return b[i] & 0xFF;
        }
    }
}
