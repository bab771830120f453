package org.marsad.web.eval;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.GZIPInputStream;

/**
 * Reads the regular files of a {@code .tar.gz} archive into memory, so evaluation sets can be
 * read where they lie without being unpacked. Understands POSIX ustar names (prefix and name)
 * and GNU long names, which is what {@code tar} writes; names are returned in Unicode NFC.
 */
public final class TarGz {

    private static final int BLOCK = 512;

    private TarGz() {
    }

    /** Path in the archive to content, in archive order. */
    public static Map<String, byte[]> read(Path archive) throws IOException {
        Map<String, byte[]> files = new LinkedHashMap<>();
        try (InputStream in = new GZIPInputStream(new BufferedInputStream(Files.newInputStream(archive)), 1 << 16)) {
            byte[] header = new byte[BLOCK];
            String longName = null;
            while (readFully(in, header)) {
                if (isZero(header)) {
                    break;
                }
                long size = octal(header, 124, 12);
                char type = (char) header[156];
                byte[] content = readContent(in, size);
                if (type == 'L') {
                    longName = cString(content, 0, content.length);
                    continue;
                }
                String name = longName != null ? longName : name(header);
                longName = null;
                if (type == '0' || type == '\0') {
                    files.put(Normalizer.normalize(name, Normalizer.Form.NFC), content);
                }
            }
        }
        return files;
    }

    private static String name(byte[] header) {
        String name = cString(header, 0, 100);
        String magic = cString(header, 257, 6);
        if (magic.startsWith("ustar")) {
            String prefix = cString(header, 345, 155);
            if (!prefix.isEmpty()) {
                return prefix + "/" + name;
            }
        }
        return name;
    }

    private static byte[] readContent(InputStream in, long size) throws IOException {
        if (size > Integer.MAX_VALUE - BLOCK) {
            throw new IOException("tar entry too large: " + size);
        }
        byte[] content = new byte[(int) size];
        if (!readFully(in, content)) {
            throw new IOException("tar archive cut short");
        }
        long padding = (BLOCK - size % BLOCK) % BLOCK;
        in.skipNBytes(padding);
        return content;
    }

    private static boolean readFully(InputStream in, byte[] buffer) throws IOException {
        int n = in.readNBytes(buffer, 0, buffer.length);
        if (n == 0 && buffer.length > 0) {
            return false;
        }
        if (n < buffer.length) {
            throw new IOException("tar archive cut short");
        }
        return true;
    }

    private static boolean isZero(byte[] block) {
        for (byte b : block) {
            if (b != 0) {
                return false;
            }
        }
        return true;
    }

    private static long octal(byte[] b, int from, int length) {
        long v = 0;
        for (int i = from; i < from + length; i++) {
            int c = b[i] & 0xFF;
            if (c >= '0' && c <= '7') {
                v = v * 8 + (c - '0');
            } else if (v > 0 || c != ' ') {
                if (c == 0 || c == ' ') {
                    break;
                }
            }
        }
        return v;
    }

    private static String cString(byte[] b, int from, int length) {
        int end = from;
        while (end < from + length && end < b.length && b[end] != 0) {
            end++;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(b, from, end - from);
        return out.toString(StandardCharsets.UTF_8);
    }
}
