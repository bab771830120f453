package org.marsad.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every kind of bad input gets one clear rejection naming the record, and the batch goes on. */
class BadInputTest {

    @TempDir
    Path dir;

    private static RecordingSink read(IngestOptions options, Path... inputs) {
        return RecordingSink.read(options, inputs);
    }

    private static RecordingSink read(Path... inputs) {
        return RecordingSink.read(IngestOptions.defaults(), inputs);
    }

    @Test
    void emptyFileIsRejectedAsEmpty() {
        Path file = Corpus.write(dir.resolve("empty.txt"), new byte[0]);
        Rejection r = read(file).onlyRejection();
        assertEquals(Rejection.Kind.EMPTY, r.kind());
        assertEquals(file + ": empty input: empty file", r.toString());
    }

    @Test
    void whitespaceOnlyFileIsRejectedAsEmpty() {
        Path file = Corpus.write(dir.resolve("blank.txt"), " \n\t\r\n\u00A0 \n");
        Rejection r = read(file).onlyRejection();
        assertEquals(Rejection.Kind.EMPTY, r.kind());
        assertTrue(r.toString().startsWith(file + ": "), r::toString);
    }

    @Test
    void binaryFilesAreRejectedAsBinaryNamingWhatTheyAre() {
        Path png = Corpus.write(dir.resolve("photo.txt"), Corpus.concat(
                Corpus.bytes(0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A), new byte[100]));
        Path elf = Corpus.write(dir.resolve("a.out"), Corpus.concat(Corpus.bytes(0x7F, 'E', 'L', 'F', 2, 1, 1), new byte[200]));
        Path zip = Corpus.write(dir.resolve("archive.dat"), Corpus.zip("a.txt", Corpus.ARABIC));
        byte[] noise = new byte[4096];
        new java.util.Random(7).nextBytes(noise);
        Path random = Corpus.write(dir.resolve("noise.bin"), noise);

        RecordingSink sink = read(png, elf, zip, random);
        sink.assertCounts(4, 0, 4);
        assertEquals(List.of(Rejection.Kind.BINARY, Rejection.Kind.BINARY, Rejection.Kind.BINARY, Rejection.Kind.BINARY),
                sink.kinds());
        assertTrue(sink.rejected.get(0).message().contains("PNG"), sink.rejected.get(0)::toString);
        assertTrue(sink.rejected.get(1).message().contains("ELF"));
        assertTrue(sink.rejected.get(2).message().contains("name it .zip"));
        assertTrue(sink.rejected.get(3).toString().startsWith(random + ": binary data: "));
    }

    @Test
    void invalidUtf8ThatIsNotArabicIsRejectedWithWhatWasTriedAndTheOption() {
        Path file = Corpus.write(dir.resolve("french.txt"), Corpus.encode(Corpus.FRENCH, "ISO-8859-1"));
        Rejection r = read(file).onlyRejection();
        assertEquals(Rejection.Kind.ENCODING, r.kind());
        assertTrue(r.toString().startsWith(file + ": undecodable text: not valid UTF-8"), r::toString);
        assertTrue(r.message().contains("windows-1256") && r.message().contains("ISO-8859-6"), r::message);
        assertTrue(r.message().contains(IngestOptions.ENCODING_OPTION), r::message);
    }

    @Test
    void damagedUtf8IsNotMistakenForALegacyEncoding() {
        byte[] utf8 = Corpus.ARABIC.getBytes(StandardCharsets.UTF_8);
        utf8[41] = (byte) 0xFF;
        Rejection r = read(Corpus.write(dir.resolve("damaged.txt"), utf8)).onlyRejection();
        assertEquals(Rejection.Kind.ENCODING, r.kind());
        assertTrue(r.message().contains("damaged UTF-8"), r::message);
    }

    @Test
    void windows1256TextIsDetectedDecodedAndWarnedAbout() {
        Path file = Corpus.write(dir.resolve("cp1256.txt"), Corpus.encode(Corpus.ARABIC, "windows-1256"));
        RecordingSink sink = read(file);
        assertEquals(Corpus.ARABIC, sink.onlyArticle().text());
        assertEquals(List.of(file + ": decoded as windows-1256 (not valid UTF-8)"), sink.warnings);
    }

    @Test
    void iso88596TextIsDetectedDecodedAndWarnedAbout() {
        Path file = Corpus.write(dir.resolve("iso.txt"), Corpus.encode(Corpus.ARABIC, "ISO-8859-6"));
        RecordingSink sink = read(file);
        assertEquals(Corpus.ARABIC, sink.onlyArticle().text());
        assertEquals(List.of(file + ": decoded as ISO-8859-6 (not valid UTF-8)"), sink.warnings);
    }

    @Test
    void textWithAByteOrderMarkIsDecodedByItAndTheMarkDropped() {
        Path le = Corpus.write(dir.resolve("le.txt"), Corpus.concat(Corpus.bytes(0xFF, 0xFE), Corpus.encode(Corpus.ARABIC, "UTF-16LE")));
        Path be = Corpus.write(dir.resolve("be.txt"), Corpus.concat(Corpus.bytes(0xFE, 0xFF), Corpus.encode(Corpus.ARABIC, "UTF-16BE")));
        Path u8 = Corpus.write(dir.resolve("bom8.txt"), Corpus.concat(Corpus.bytes(0xEF, 0xBB, 0xBF), Corpus.encode(Corpus.ARABIC, "UTF-8")));
        Path u32 = Corpus.write(dir.resolve("le32.txt"), Corpus.concat(Corpus.bytes(0xFF, 0xFE, 0, 0), Corpus.encode(Corpus.ARABIC, "UTF-32LE")));
        RecordingSink sink = read(le, be, u8, u32);
        sink.assertCounts(4, 4, 0);
        for (RawArticle article : sink.accepted) {
            assertEquals(Corpus.ARABIC, article.text(), article.provenance()::label);
        }
        assertEquals(List.of(), sink.warnings);
    }

    @Test
    void forcedEncodingBypassesDetection() {
        Path file = Corpus.write(dir.resolve("cp1256.txt"), Corpus.encode(Corpus.ARABIC, "windows-1256"));
        RecordingSink sink = read(IngestOptions.defaults().withForcedEncoding("cp1256"), file);
        assertEquals(Corpus.ARABIC, sink.onlyArticle().text());
        assertEquals(List.of(), sink.warnings);

        RecordingSink wrong = read(IngestOptions.defaults().withForcedEncoding("UTF-8"), file);
        assertEquals(Rejection.Kind.ENCODING, wrong.onlyRejection().kind());
        assertTrue(wrong.onlyRejection().message().contains(IngestOptions.ENCODING_OPTION));
    }

    @Test
    void strayNulBytesKeepTheArticleButAreWarnedAbout() {
        byte[] text = Corpus.ARABIC.getBytes(StandardCharsets.UTF_8);
        int space = Corpus.ARABIC.indexOf(' ') * 2; // the first word is two-byte letters only
        assertEquals(' ', text[space]);
        byte[] withNuls = Corpus.concat(Arrays.copyOf(text, space), new byte[3], Arrays.copyOfRange(text, space, text.length));
        Path file = Corpus.write(dir.resolve("nuls.txt"), withNuls);
        RecordingSink sink = read(file);
        RawArticle article = sink.onlyArticle();
        assertEquals(3, article.text().chars().filter(c -> c == 0).count());
        sink.assertWarned(file + ": 3 NUL characters");
    }

    @Test
    void fiftyMegabyteArticleIsRejectedFromItsSizeWithTheLimitAndTheOption() {
        Path file = Corpus.writeLarge(dir.resolve("huge.txt"), 50L * 1024 * 1024);
        Rejection r = read(file).onlyRejection();
        assertEquals(Rejection.Kind.TOO_LARGE, r.kind());
        assertEquals(file + ": too large: the article is 52428800 bytes (50.0 MiB), over the limit of "
                + "10485760 bytes (10.0 MiB); raise it with --max-article-size", r.toString());
    }

    @Test
    void tooLargeArticleOnAStreamIsMeasuredWithoutBeingHeld() {
        RecordingSink sink = new RecordingSink();
        new Ingestor(IngestOptions.defaults(), Corpus.largeStream(50L * 1024 * 1024)).read(List.of("-"), sink);
        Rejection r = sink.onlyRejection();
        assertEquals(Rejection.Kind.TOO_LARGE, r.kind());
        assertTrue(r.toString().startsWith("-: too large: the article is 52428800 bytes"), r::toString);
    }

    @Test
    void tooLargeArticleInsideGzipIsRejectedAndTheNextInputStillRead() {
        Path gz = Corpus.write(dir.resolve("a.txt.gz"), Corpus.gzip(Corpus.ARABIC.repeat(20).getBytes(StandardCharsets.UTF_8)));
        Path small = Corpus.write(dir.resolve("b.txt"), "خبر قصير");
        RecordingSink sink = read(IngestOptions.defaults().withMaxArticleSize("1k"), gz, small);
        sink.assertCounts(2, 1, 1);
        assertEquals(Rejection.Kind.TOO_LARGE, sink.rejected.get(0).kind());
        assertTrue(sink.rejected.get(0).message().contains("over the limit of 1024 bytes"), sink.rejected.get(0)::message);
    }

    @Test
    void oneMegabyteLineWithoutBreaksIsAValidArticle() throws IOException {
        String line = Corpus.ARABIC.replace("\n", " ").repeat(4000).substring(0, 600_000);
        Path file = Corpus.write(dir.resolve("oneline.txt"), line);
        assertTrue(Files.size(file) > 1_000_000);
        assertEquals(line, read(file).onlyArticle().text());
    }

    @Test
    void missingInputIsRejectedAsUnreadable() {
        Path missing = dir.resolve("nowhere.json");
        Rejection r = read(missing).onlyRejection();
        assertEquals(Rejection.Kind.UNREADABLE, r.kind());
        assertEquals(missing + ": unreadable input: no such file or directory", r.toString());
    }

    @Test
    void fileWithoutReadPermissionIsRejectedAsUnreadable() throws IOException {
        Path file = Corpus.write(dir.resolve("secret.txt"), Corpus.ARABIC);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("---------"));
        Assumptions.assumeFalse(Files.isReadable(file), "running as a user who reads everything");
        Rejection r = read(file).onlyRejection();
        assertEquals(Rejection.Kind.UNREADABLE, r.kind());
        assertEquals(file + ": unreadable input: permission denied", r.toString());
    }

    @Test
    void truncatedGzipTextIsRejectedAsTruncated() {
        Path gz = Corpus.write(dir.resolve("cut.txt.gz"), Corpus.truncatedGzip(Corpus.ARABIC.repeat(50).getBytes(StandardCharsets.UTF_8), 0.5));
        Rejection r = read(gz).onlyRejection();
        assertEquals(Rejection.Kind.TRUNCATED, r.kind());
        assertTrue(r.toString().startsWith(gz + ": truncated input: the gzip data ends early"), r::toString);
    }

    @Test
    void fileNamedGzThatIsNotGzipIsMalformed() {
        Path gz = Corpus.write(dir.resolve("liar.txt.gz"), Corpus.ARABIC);
        Rejection r = read(gz).onlyRejection();
        assertEquals(Rejection.Kind.MALFORMED, r.kind());
        assertTrue(r.message().startsWith("not gzip data"), r::message);
    }

    @Test
    void standardInputIsSniffedAsJsonOrText() {
        String jsonl = Corpus.newsPlease("عنوان", "نص الخبر") + "\n" + Corpus.newsPlease("عنوان ثان", "نص آخر") + "\n";
        RecordingSink json = new RecordingSink();
        new Ingestor(IngestOptions.defaults(), new ByteArrayInputStream(jsonl.getBytes(StandardCharsets.UTF_8)))
                .read(List.of("-"), json);
        assertEquals(List.of("-#1", "-#2"), json.labels());

        RecordingSink text = new RecordingSink();
        new Ingestor(IngestOptions.defaults(), new ByteArrayInputStream(Corpus.ARABIC.getBytes(StandardCharsets.UTF_8)))
                .read(List.of("-"), text);
        assertEquals(Corpus.ARABIC, text.onlyArticle().text());
        assertNull(text.onlyArticle().title());

        RecordingSink gz = new RecordingSink();
        new Ingestor(IngestOptions.defaults(), new ByteArrayInputStream(Corpus.gzip(jsonl.getBytes(StandardCharsets.UTF_8))))
                .read(List.of("-"), gz);
        gz.assertCounts(2, 2, 0);
    }

    @Test
    void aBatchOfBadInputsReconcilesAndKeepsGoing() {
        Corpus.write(dir.resolve("a/empty.txt"), new byte[0]);
        Corpus.write(dir.resolve("a/b/binary.txt"), Corpus.concat(Corpus.bytes(0x7F, 'E', 'L', 'F'), new byte[64]));
        Corpus.write(dir.resolve("a/b/c/good.txt"), Corpus.ARABIC);
        Corpus.write(dir.resolve("a/cp1256.txt"), Corpus.encode(Corpus.ARABIC, "windows-1256"));
        Corpus.write(dir.resolve("a/french.txt"), Corpus.encode(Corpus.FRENCH, "ISO-8859-1"));
        Corpus.write(dir.resolve("b/lines.jsonl"), Corpus.newsPlease("ع", "نص") + "\n{oops\n" + Corpus.newsPlease("ع", "نص") + "\n");
        Corpus.write(dir.resolve("b/cut.jsonl.gz"), Corpus.truncatedGzip(
                (Corpus.newsPlease("ع", Corpus.ARABIC) + "\n").repeat(200).getBytes(StandardCharsets.UTF_8), 0.5));
        Corpus.write(dir.resolve("b/two.zip"), Corpus.zip("x.json", "[" + Corpus.newsPlease("ع", "نص") + "]",
                "y.json", "[" + Corpus.newsPlease("ع", "نص") + "]"));
        Corpus.write(dir.resolve(".hidden/skipped.txt"), Corpus.ARABIC);

        RecordingSink sink = read(dir);
        long kept = sink.accepted.stream().filter(a -> a.provenance().input().endsWith("cut.jsonl.gz")).count();
        assertTrue(kept > 10 && kept < 200, "kept " + kept);
        // accepted: good.txt, cp1256.txt, the lines before the cut, 2 good JSONL lines, 2 zip entries
        sink.assertCounts((int) (11 + kept), (int) (6 + kept), 5);
        // depth first, names sorted: a/b/..., a/cp1256.txt, a/empty.txt, a/french.txt, b/cut..., b/lines..., b/two.zip
        assertEquals(List.of(Rejection.Kind.BINARY, Rejection.Kind.EMPTY, Rejection.Kind.ENCODING,
                Rejection.Kind.TRUNCATED, Rejection.Kind.MALFORMED), sink.kinds());
        assertEquals(dir.resolve("a/b/c/good.txt").toString(), sink.labels().get(0));
        assertEquals(dir.resolve("a/cp1256.txt").toString(), sink.labels().get(1));
        assertEquals(List.of(dir.resolve("b/two.zip") + "!/x.json#1", dir.resolve("b/two.zip") + "!/y.json#1"),
                sink.labels().subList(sink.labels().size() - 2, sink.labels().size()));
        assertFalse(sink.labels().stream().anyMatch(l -> l.contains(".hidden")));
    }
}
