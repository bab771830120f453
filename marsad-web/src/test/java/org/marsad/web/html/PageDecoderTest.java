package org.marsad.web.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class PageDecoderTest {

    private static final Charset WINDOWS_1256 = Charset.forName("windows-1256");
    private static final String ARABIC = "أعلنت وزارة الصحة اليوم";

    @Test
    void windows1256DeclaredInMetaIsUsed() {
        PageDecoder.DecodedPage page = PageDecoder.decode(Fixtures.bytes("windows-1256-declared.html"), null);
        assertEquals(WINDOWS_1256, page.charset());
        assertEquals("meta", page.source());
        assertTrue(page.text().contains(ARABIC));
    }

    @Test
    void undeclaredWindows1256IsSniffed() {
        PageDecoder.DecodedPage page = PageDecoder.decode(Fixtures.bytes("windows-1256-undeclared.html"), null);
        assertEquals(WINDOWS_1256, page.charset());
        assertEquals("sniffed", page.source());
        assertTrue(page.text().contains(ARABIC));
    }

    @Test
    void undeclaredUtf8IsSniffed() {
        PageDecoder.DecodedPage page = PageDecoder.decode(Fixtures.bytes("utf8-undeclared.html"), null);
        assertEquals(StandardCharsets.UTF_8, page.charset());
        assertTrue(page.text().contains(ARABIC));
    }

    @Test
    void httpHeaderWinsOverMeta() {
        byte[] bytes = Fixtures.bytes("windows-1256-undeclared.html");
        PageDecoder.DecodedPage page = PageDecoder.decode(bytes, "text/html; charset=\"CP1256\"");
        assertEquals(WINDOWS_1256, page.charset());
        assertEquals("http", page.source());
    }

    @Test
    void byteOrderMarkWinsOverEverything() {
        byte[] body = "<html><meta charset=windows-1256><p>نص</p></html>".getBytes(StandardCharsets.UTF_8);
        byte[] page = new byte[body.length + 3];
        page[0] = (byte) 0xEF;
        page[1] = (byte) 0xBB;
        page[2] = (byte) 0xBF;
        System.arraycopy(body, 0, page, 3, body.length);
        PageDecoder.DecodedPage decoded = PageDecoder.decode(page, "text/html; charset=iso-8859-1");
        assertEquals(StandardCharsets.UTF_8, decoded.charset());
        assertTrue(decoded.text().contains("نص"));
    }

    @Test
    void latinLabelOnUtf8BytesIsOverruled() {
        PageDecoder.DecodedPage page = PageDecoder.decode(Fixtures.bytes("latin1-label-utf8-bytes.html"), null);
        assertEquals(StandardCharsets.UTF_8, page.charset());
        assertTrue(page.text().contains(ARABIC));
    }

    @Test
    void unknownLabelFallsBackToSniffing() {
        PageDecoder.DecodedPage page = PageDecoder.decode(Fixtures.bytes("bogus-label.html"), "text/html; charset=nonsense");
        assertEquals(StandardCharsets.UTF_8, page.charset());
        assertTrue(page.text().contains(ARABIC));
    }

    @Test
    void utf8LabelOnLegacyBytesIsNotBelieved() {
        byte[] bytes = Fixtures.bytes("windows-1256-undeclared.html");
        PageDecoder.DecodedPage page = PageDecoder.decode(bytes, "text/html; charset=utf-8");
        assertEquals(WINDOWS_1256, page.charset());
    }

    @Test
    void asciiAndLatin1LabelsMeanWindows1252() {
        assertEquals(Charset.forName("windows-1252"), CharsetLabels.forLabel("ISO-8859-1"));
        assertEquals(Charset.forName("windows-1252"), CharsetLabels.forLabel("us-ascii"));
        assertEquals(StandardCharsets.UTF_8, CharsetLabels.forLabel("utf8"));
        assertEquals(null, CharsetLabels.forLabel("no-such-charset"));
    }
}
