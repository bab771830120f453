package org.marsad.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A corpus of bad inputs among good ones through the whole command: each bad record gets one
 * message naming it, the good ones are all analysed, the counts reconcile, and only --strict
 * turns rejections into a failing exit status.
 */
class BadInputRunTest {
    private static final String ARTICLE = "عنوان الخبر الأول\n\nقال المتحدث باسم الوزارة اليوم إن الاجتماع انتهى.";

    @TempDir
    static Path corpus;

    @BeforeAll
    static void buildCorpus() throws IOException {
        Files.writeString(corpus.resolve("good.txt"), ARTICLE);
        Files.writeString(corpus.resolve("empty.txt"), "");
        Files.write(corpus.resolve("binary.txt"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13, 0, 1, 2, 3, 0, 0});
        Files.write(corpus.resolve("legacy.txt"), "خبر بترميز قديم\n\nوصل الوفد إلى العاصمة صباح اليوم."
                .getBytes(Charset.forName("windows-1256")));
        Files.writeString(corpus.resolve("records.jsonl"), """
                {"title": "خبر أول", "maintext": "نص الخبر الأول كاملا.", "date_publish": "2021-12-30 10:00:00"}
                {"title": "خبر ثان", "maintext": 
                {"title": "خبر ثالث", "maintext": "نص الخبر الثالث كاملا."}
                """);
        byte[] gz;
        try (var bytes = new java.io.ByteArrayOutputStream(); OutputStream z = new GZIPOutputStream(bytes)) {
            for (int i = 0; i < 2000; i++) {
                z.write(("{\"title\": \"خبر " + i + "\", \"maintext\": \"نص الخبر رقم " + i * 7919 + " في الأرشيف.\"}\n")
                        .getBytes(StandardCharsets.UTF_8));
            }
            z.close();
            gz = bytes.toByteArray();
        }
        Files.write(corpus.resolve("cut.jsonl.gz"), java.util.Arrays.copyOf(gz, gz.length / 2));
    }

    @Test
    void badRecordsAreNamedTheRestIsAnalysedAndCountsReconcile(@TempDir Path out) throws IOException {
        CommandRun r = CommandRun.of("analyze", corpus.toString(), "--out", out.toString(), "--no-index");
        assertEquals(0, r.exitCode(), r.err());
        for (String named : new String[] {"empty.txt", "binary.txt", "records.jsonl#2", "cut.jsonl.gz"}) {
            assertTrue(r.err().contains(named), named + " not named in:\n" + r.err());
        }
        assertTrue(r.err().contains("legacy.txt") && r.err().contains("windows-1256"), r.err());
        String summary = r.out().lines().filter(l -> l.contains("read ")).findFirst().orElseThrow();
        long analysed = Files.readAllLines(out.resolve("articles.jsonl")).stream().filter(l -> !l.isBlank()).count();
        assertTrue(summary.contains("analysed " + analysed + " "), summary);
        assertTrue(!summary.contains("DO NOT RECONCILE"), summary);
        // good.txt, legacy.txt, records #1 and #3, and the complete lines before the gzip cut
        assertTrue(analysed > 100, "analysed " + analysed);
    }

    @Test
    void strictFailsTheRunWhenAnythingWasRejected(@TempDir Path out) {
        CommandRun r = CommandRun.of("analyze", corpus.toString(), "--out", out.toString(), "--no-index", "--strict");
        assertEquals(ExitCodes.REJECTED_INPUT, r.exitCode());
    }

    @Test
    void aMissingInputIsReportedAndTheOthersStillRun(@TempDir Path out) {
        CommandRun r = CommandRun.of("analyze", corpus.resolve("good.txt").toString(),
                corpus.resolve("no-such-file.txt").toString(), "--out", out.toString(), "--no-index");
        assertEquals(0, r.exitCode());
        assertTrue(r.err().contains("no-such-file.txt"), r.err());
        assertTrue(r.out().contains("analysed 1 "), r.out());
    }
}
