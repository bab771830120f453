package org.marsad.ingest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Builds test inputs in a temporary directory: real Arabic sentences, in any encoding or container. */
final class Corpus {

    /** Sentences every encoding under test can represent (ISO-8859-6 has no Persian letters nor « »). */
    static final String ARABIC = "أعلنت وزارة الصحة اليوم عن افتتاح مستشفى جديد في مدينة الرياض، "
            + "وقال المتحدث الرسمي إن المستشفى سيخدم أكثر من مليون نسمة في المنطقة.\n\n"
            + "وأكد الوزير خلال مؤتمر صحفي عقده في العاصمة أن الحكومة تعمل على تطوير الخدمات الصحية "
            + "وتحسين جودة الرعاية المقدمة للمواطنين والمقيمين؛ فهل تنجح الخطة؟\n";

    static final String FRENCH = "Le gouvernement français a annoncé mercredi une réforme très "
            + "controversée des retraites, déclenchant une grève générale à Paris.\n";

    private Corpus() {
    }

    static Path write(Path file, byte[] bytes) {
        try {
            Files.createDirectories(file.getParent());
            return Files.write(file, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Path write(Path file, String text) {
        return write(file, text.getBytes(StandardCharsets.UTF_8));
    }

    static byte[] encode(String text, String charset) {
        return text.getBytes(Charset.forName(charset));
    }

    static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }

    static byte[] bytes(int... values) {
        byte[] b = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            b[i] = (byte) values[i];
        }
        return b;
    }

    static byte[] gzip(byte[] data) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out) {
            {
                def.setLevel(Deflater.BEST_SPEED);
            }
        }) {
            gz.write(data);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** A gzip stream cut at {@code keep} of its length, as an interrupted download leaves it. */
    static byte[] truncatedGzip(byte[] data, double keep) {
        byte[] whole = gzip(data);
        return Arrays.copyOf(whole, (int) (whole.length * keep));
    }

    /** A zip of {@code name, content, name, content, ...}. */
    static byte[] zip(String... namesAndContents) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (int i = 0; i < namesAndContents.length; i += 2) {
                zip.putNextEntry(new ZipEntry(namesAndContents[i]));
                zip.write(namesAndContents[i + 1].getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** A news-please record as one JSON line. */
    static String newsPlease(String title, String text) {
        return "{\"title\": \"" + title + "\", \"maintext\": \"" + text.replace("\n", "\\n")
                + "\", \"date_publish\": \"2015-07-21 12:32:07\", \"source_domain\": \"example.sa\"}";
    }

    /** Writes {@code size} bytes of repeated Arabic text without holding them. */
    static Path writeLarge(Path file, long size) {
        byte[] chunk = ARABIC.repeat(400).getBytes(StandardCharsets.UTF_8);
        try (OutputStream out = Files.newOutputStream(file)) {
            long left = size;
            while (left > 0) {
                int n = (int) Math.min(left, chunk.length);
                out.write(chunk, 0, n);
                left -= n;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    /** A stream of {@code size} bytes of Arabic text that is never held in memory. */
    static InputStream largeStream(long size) {
        byte[] chunk = ARABIC.getBytes(StandardCharsets.UTF_8);
        return new InputStream() {
            long left = size;

            @Override
            public int read() {
                if (left <= 0) {
                    return -1;
                }
                return chunk[(int) (size - left--) % chunk.length] & 0xFF;
            }

            @Override
            public int read(byte[] b, int off, int len) {
                if (left <= 0) {
                    return -1;
                }
                int n = (int) Math.min(len, left);
                for (int i = 0; i < n; i++) {
                    b[off + i] = chunk[(int) ((size - left + i) % chunk.length)];
                }
                left -= n;
                return n;
            }
        };
    }
}
