package org.marsad.web.html;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.marsad.ingest.ArabicEncodingDetector;
import org.marsad.ingest.TextDecoder;

/**
 * Turns the bytes of a web page into characters. The encoding is taken, in order, from a
 * byte-order mark, the HTTP Content-Type header, the page's own {@code <meta>} declaration,
 * and finally from the bytes themselves: valid UTF-8 is UTF-8, otherwise marsad-core's
 * {@link ArabicEncodingDetector} recognises windows-1256 and ISO-8859-6, and anything else is
 * read as windows-1252, the browsers' default for undeclared Western pages.
 *
 * <p>Declarations are often wrong in one way that can be proven: a page that says Latin-1 or
 * windows-125x but whose non-ASCII bytes are all well-formed UTF-8 sequences is UTF-8 (legacy
 * text essentially never forms such sequences); and a page that says UTF-8 but is mostly not
 * valid UTF-8 is sniffed like an undeclared one. Bytes that do not decode become U+FFFD rather
 * than failing the page.
 */
public final class PageDecoder {

    /** Share of non-ASCII bytes in valid UTF-8 sequences above which a legacy label is overruled. */
    private static final double UTF8_OVERRULES_LABEL = 0.98;
    /** Share below which a UTF-8 label is not believed. */
    private static final double UTF8_LABEL_NOT_BELIEVED = 0.5;
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    /** The text, the charset used and where it was learnt ("bom", "http", "meta", "sniffed"). */
    public record DecodedPage(String text, Charset charset, String source) {
    }

    private PageDecoder() {
    }

    public static DecodedPage decode(byte[] page, String httpContentType) {
        TextDecoder.Bom bom = TextDecoder.Bom.of(page, page.length);
        if (bom != null) {
            return new DecodedPage(new String(page, bom.length(), page.length - bom.length(), bom.charset()),
                    bom.charset(), "bom");
        }
        Charset http = CharsetLabels.forLabel(CharsetLabels.parameter(httpContentType));
        if (http != null) {
            DecodedPage checked = checked(page, http, "http");
            if (checked != null) {
                return checked;
            }
        }
        Charset meta = CharsetLabels.forLabel(MetaCharset.declared(page, 0));
        if (meta != null) {
            DecodedPage checked = checked(page, meta, "meta");
            if (checked != null) {
                return checked;
            }
        }
        return sniffed(page);
    }

    /** The page read with a declared charset, or null when the bytes prove the declaration wrong. */
    private static DecodedPage checked(byte[] page, Charset declared, String source) {
        if (declared.equals(StandardCharsets.UTF_8)) {
            // decoding replaces bad bytes with U+FFFD: only then is the label worth doubting
            String text = new String(page, StandardCharsets.UTF_8);
            if (text.indexOf('\uFFFD') >= 0
                    && ArabicEncodingDetector.utf8SequenceShare(page, page.length) < UTF8_LABEL_NOT_BELIEVED) {
                return null;
            }
            return new DecodedPage(text, declared, source);
        }
        if (isAscii(page)) {
            return new DecodedPage(new String(page, declared), declared, source);
        }
        double utf8 = ArabicEncodingDetector.utf8SequenceShare(page, page.length);
        if (isSingleByte(declared) && utf8 >= UTF8_OVERRULES_LABEL) {
            return new DecodedPage(new String(page, StandardCharsets.UTF_8), StandardCharsets.UTF_8, "sniffed");
        }
        return new DecodedPage(new String(page, declared), declared, source);
    }

    private static DecodedPage sniffed(byte[] page) {
        String utf8 = new String(page, StandardCharsets.UTF_8);
        if (utf8.indexOf('\uFFFD') < 0 && TextDecoder.firstError(StandardCharsets.UTF_8, page, 0, page.length) < 0
                || ArabicEncodingDetector.utf8SequenceShare(page, page.length) >= UTF8_OVERRULES_LABEL) {
            return new DecodedPage(utf8, StandardCharsets.UTF_8, "sniffed");
        }
        ArabicEncodingDetector.Detection arabic = ArabicEncodingDetector.detect(page, page.length);
        if (arabic.charset() != null) {
            return new DecodedPage(arabic.text(), arabic.charset(), "sniffed");
        }
        return new DecodedPage(new String(page, WINDOWS_1252), WINDOWS_1252, "sniffed");
    }

    private static boolean isSingleByte(Charset charset) {
        return charset.newEncoder().maxBytesPerChar() <= 1.0f;
    }

    private static boolean isAscii(byte[] page) {
        for (byte b : page) {
            if (b < 0) {
                return false;
            }
        }
        return true;
    }
}
