package org.marsad.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TranslitCommandsTest {
    private static final String PAIRS = "بوريس\tboris\nإيفانوف\tivanov\nبتروف\tpetrov\nسميرنوف\tsmirnov\n"
            + "كوزلوف\tkozlov\nبوبوف\tpopov\nسوكولوف\tsokolov\nموروزوف\tmorozov\nفولكوف\tvolkov\nبافلوف\tpavlov\n";

    @Test
    void translitPrintsOneLatinNamePerArabicName() {
        CommandRun r = CommandRun.of("translit", "عبد الله", "ماريا زاخاروفا");
        assertEquals(0, r.exitCode(), r.err());
        String[] lines = r.out().split("\n");
        assertEquals(2, lines.length, r.out());
        assertEquals("Abdullah", lines[0]);
        assertTrue(lines[1].matches("Mari[a-z]* Za[a-z]+"), lines[1]);
    }

    @Test
    void translitReadsNamesFromStandardInput() {
        InputStream old = System.in;
        try {
            System.setIn(new ByteArrayInputStream("عبد الله\n\nعبدالله\n".getBytes(StandardCharsets.UTF_8)));
            CommandRun r = CommandRun.of("translit", "-");
            assertEquals(0, r.exitCode(), r.err());
            assertEquals("Abdullah\n\nAbdullah\n", r.out());
        } finally {
            System.setIn(old);
        }
    }

    @Test
    void trainWritesTheSameModelTwiceAndEvaluateScoresIt(@TempDir Path dir) throws IOException {
        Path train = Files.writeString(dir.resolve("train.txt"), PAIRS);
        Path eval = Files.writeString(dir.resolve("eval.txt"), "سولوكوف\tsolokov\n");
        Path test = Files.writeString(dir.resolve("test.txt"), "بتروف\tpetrov\n");
        byte[][] models = new byte[2][];
        for (int i = 0; i < 2; i++) {
            Path out = dir.resolve("model" + i);
            CommandRun r = CommandRun.of("train", "translit", "--train", train.toString(), "--wikidata", "none",
                    "--eval", eval.toString(), "--held-out", test.toString(), "--out", out.toString(), "--order", "3");
            assertEquals(0, r.exitCode(), r.err());
            assertTrue(r.out().contains("eval (eval.txt): 1 pairs: top-1"), r.out());
            models[i] = Files.readAllBytes(out.resolve("model.bin.gz"));
        }
        assertArrayEquals(models[0], models[1]);
        CommandRun r = CommandRun.of("evaluate", "translit", "--gold", train.toString(), "--model",
                dir.resolve("model0").toString());
        assertEquals(0, r.exitCode(), r.err());
        // every word but the held-out بتروف is in the lexicon: 9 of 10 right at once
        assertTrue(r.out().matches("10 pairs: top-1 (90|100)\\.00%, top-5 (90|100)\\.00%, mean edit distance \\d\\.\\d{3}\\n"),
                r.out());
    }

    @Test
    void evaluateRefusesAMissingGoldFile(@TempDir Path dir) {
        CommandRun r = CommandRun.of("evaluate", "translit", "--gold", dir.resolve("none.txt").toString());
        assertEquals(ExitCodes.FAILED, r.exitCode());
        assertTrue(r.err().contains("no such file"), r.err());
    }

    @Test
    void benchReportsLoadTimeAndWordsPerSecond(@TempDir Path dir) throws IOException {
        Path names = Files.writeString(dir.resolve("names.txt"), PAIRS);
        CommandRun r = CommandRun.of("bench", "translit", "--names", names.toString(), "--seconds", "0.2");
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.out().matches("(?s)translit: model load \\d+ ms.*words/s on one thread\\n"), r.out());
    }
}
