package org.marsad.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Encoding detection on its own, including the cases it must refuse rather than guess. */
class TextDecoderTest {

    private static TextDecoder.Decoded decode(byte[] bytes) {
        return new TextDecoder(null).decode(bytes, bytes.length);
    }

    @Test
    void plainUtf8IsReadWithoutAWarning() {
        TextDecoder.Decoded d = decode(Corpus.ARABIC.getBytes(StandardCharsets.UTF_8));
        assertEquals(Corpus.ARABIC, d.text());
        assertNull(d.warning());
    }

    @Test
    void bothLegacyArabicEncodingsAreToldApart() {
        // each sentence alone, to show detection does not need a long text
        for (String sentence : Corpus.ARABIC.split("\n\n")) {
            TextDecoder.Decoded w = decode(Corpus.encode(sentence, "windows-1256"));
            assertEquals(sentence, w.text());
            assertEquals("decoded as windows-1256 (not valid UTF-8)", w.warning());
            TextDecoder.Decoded i = decode(Corpus.encode(sentence, "ISO-8859-6"));
            assertEquals(sentence, i.text());
            assertEquals("decoded as ISO-8859-6 (not valid UTF-8)", i.warning());
        }
    }

    @Test
    void windows1256ArticleWithPersianLettersAndGuillemetsIsRead() {
        String text = "قال «المتحدث» إن گروه العمل سيجتمع في الرياض غداً لبحث الخطة الجديدة للتنمية.";
        assertEquals(text, decode(Corpus.encode(text, "windows-1256")).text());
    }

    @Test
    void latinTextInALegacyEncodingIsRefused() {
        TextDecoder.Decoded d = decode(Corpus.encode(Corpus.FRENCH, "windows-1252"));
        assertEquals(Rejection.Kind.ENCODING, d.failure());
        assertTrue(d.message().contains("tried UTF-8, windows-1256 and ISO-8859-6"), d::message);
    }

    @Test
    void aByteOrderMarkIsTrustedAndCheckedStrictly() {
        byte[] oddLength = Corpus.concat(Corpus.bytes(0xFF, 0xFE), Corpus.encode("نص", "UTF-16LE"), Corpus.bytes(0x41));
        TextDecoder.Decoded d = decode(oddLength);
        assertEquals(Rejection.Kind.ENCODING, d.failure());
        assertTrue(d.message().contains("UTF-16LE byte-order mark"), d::message);
        byte[] be32 = Corpus.concat(Corpus.bytes(0, 0, 0xFE, 0xFF), Corpus.encode("نص", "UTF-32BE"));
        assertEquals("نص", decode(be32).text());
    }

    @Test
    void nulHeavyDataIsBinaryButAFewNulsAreText() {
        byte[] mostlyNul = Corpus.concat(Corpus.ARABIC.getBytes(StandardCharsets.UTF_8), new byte[200]);
        assertEquals(Rejection.Kind.BINARY, decode(mostlyNul).failure());
        byte[] fewNuls = Corpus.concat(Corpus.ARABIC.getBytes(StandardCharsets.UTF_8), new byte[2]);
        assertNull(decode(fewNuls).failure());
    }

    @Test
    void utf16WithoutAMarkIsNamedAndLeftToTheOption() {
        TextDecoder.Decoded le = decode(Corpus.encode(Corpus.ARABIC, "UTF-16LE"));
        assertEquals(Rejection.Kind.ENCODING, le.failure());
        assertTrue(le.message().endsWith("pass --encoding UTF-16LE"), le::message);
        TextDecoder.Decoded be = decode(Corpus.encode(Corpus.FRENCH, "UTF-16BE"));
        assertTrue(be.message().endsWith("pass --encoding UTF-16BE"), be::message);
        byte[] bytes = Corpus.encode(Corpus.ARABIC, "UTF-16LE");
        assertEquals(Corpus.ARABIC, new TextDecoder(StandardCharsets.UTF_16LE).decode(bytes, bytes.length).text());
    }

    @Test
    void aForcedEncodingStillRefusesImages() {
        byte[] png = Corpus.concat(Corpus.bytes(0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A), new byte[40]);
        assertEquals(Rejection.Kind.BINARY, new TextDecoder(ArabicEncodingDetector.WINDOWS_1256).decode(png, png.length).failure());
    }
}
