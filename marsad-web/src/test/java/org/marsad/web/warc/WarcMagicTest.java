package org.marsad.web.warc;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;

class WarcMagicTest {

    @Test
    void warcVersionsOneZeroAndOneOneAreRecognised() {
        assertTrue(sniff(ascii("WARC/1.0\r\nWARC-Type: warcinfo\r\n")));
        assertTrue(sniff(ascii("WARC/1.1\r\nWARC-Type: response\r\n")));
    }

    @Test
    void gzipWhoseDataStartsAsAWarcIsRecognised() throws IOException {
        assertTrue(sniff(gzip(ascii("WARC/1.1\r\nWARC-Type: response\r\n"))));
    }

    @Test
    void otherGzipTextAndShortHeadsAreNot() throws IOException {
        assertFalse(sniff(gzip(ascii("{\"title\": \"x\"}"))));
        assertFalse(sniff(ascii("WARC is a format")));
        assertFalse(sniff(ascii("WARC/")));
        assertFalse(sniff(new byte[] {0x1F, (byte) 0x8B, 8}));
        assertFalse(sniff(ascii("<!DOCTYPE html>")));
    }

    private static boolean sniff(byte[] head) {
        return WarcMagic.startsLikeWarc(head, head.length);
    }

    private static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.US_ASCII);
    }

    private static byte[] gzip(byte[] data) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(data);
        }
        return out.toByteArray();
    }
}
