package org.marsad.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole SaudiNewsNet corpus (31,030 articles from 14 outlets, zipped JSON arrays) goes
 * through analyze and indexing without a crash, and every record is accounted for.
 */
class SaudiNewsNetRunTest {
    private static final int ARTICLES = 31_030;
    private static final Pattern SUMMARY = Pattern.compile(
            "read (\\d+) = analysed (\\d+) \\+ duplicates skipped (\\d+) \\+ rejected (\\d+)");

    @Test
    void wholeCorpusIngestsAndReconciles(@TempDir Path out) throws Exception {
        Path corpus = TestData.shared().resolve("corpus/saudinewsnet");
        CommandRun r = CommandRun.of("analyze", corpus.toString(), "--field", "downloaded=date_extracted",
                "--out", out.toString());
        assertEquals(0, r.exitCode(), r.err());
        Matcher m = SUMMARY.matcher(r.out());
        assertTrue(m.find(), r.out());
        long read = Long.parseLong(m.group(1));
        long analysed = Long.parseLong(m.group(2));
        assertEquals(ARTICLES, read);
        assertEquals(read, analysed + Long.parseLong(m.group(3)) + Long.parseLong(m.group(4)));
        assertTrue(analysed > ARTICLES * 0.95, r.out());
        try (var lines = Files.lines(out.resolve("articles.jsonl"))) {
            assertEquals(analysed, lines.filter(l -> !l.isBlank()).count());
        }
    }
}
