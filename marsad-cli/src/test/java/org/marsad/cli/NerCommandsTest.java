package org.marsad.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NerCommandsTest {
    private static final String GOLD = "قال\tO\nالرئيس\tO\nباراك\tB-PER\nأوباما\tI-PER\nفي\tO\nواشنطن\tB-LOC\n.\tO\n\n"
            + "وصل\tO\nأوباما\tB-PER\nإلى\tO\nالقاهرة\tB-LOC\n.\tO\n";

    @Test
    void nerWritesATagAfterEveryTokenAndKeepsSentenceBreaks(@TempDir Path dir) throws IOException {
        Path in = Files.writeString(dir.resolve("in.conll"), "قال\nالرئيس\tignored\nأوباما\n\nفي\nواشنطن\n");
        CommandRun r = CommandRun.of("ner", "--conll", in.toString());
        assertEquals(0, r.exitCode(), r.err());
        String[] lines = r.out().split("\n", -1);
        assertEquals(7, lines.length - 1, r.out()); // 5 tokens, 2 sentence breaks
        assertTrue(lines[0].startsWith("قال\t"));
        assertTrue(lines[1].matches("الرئيس\t(O|[BI]-(PER|LOC|ORG|MISC))"), lines[1]);
        assertEquals("", lines[3]);
        assertEquals("", lines[6]);
    }

    @Test
    void evaluateScoresPredictionsAgainstGold(@TempDir Path dir) throws IOException {
        Path gold = Files.writeString(dir.resolve("gold.conll"), GOLD);
        Path pred = Files.writeString(dir.resolve("pred.conll"), GOLD.replace("واشنطن\tB-LOC", "واشنطن\tB-ORG"));
        CommandRun r = CommandRun.of("evaluate", "ner", "--gold", gold.toString(), "--pred", pred.toString());
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.out().startsWith("processed 12 tokens with 4 phrases; found: 4 phrases; correct: 3."), r.out());
        assertTrue(r.out().contains("precision:  75.00%; recall:  75.00%; FB1:  75.00"), r.out());
        assertTrue(r.out().contains("LOC: precision: 100.00%; recall:  50.00%; FB1:  66.67  1"), r.out());
    }

    @Test
    void evaluateRefusesPredictionsOfOtherTokens(@TempDir Path dir) throws IOException {
        Path gold = Files.writeString(dir.resolve("gold.conll"), GOLD);
        Path pred = Files.writeString(dir.resolve("pred.conll"), GOLD.replace("واشنطن", "لندن"));
        CommandRun r = CommandRun.of("evaluate", "ner", "--gold", gold.toString(), "--pred", pred.toString());
        assertEquals(ExitCodes.FAILED, r.exitCode());
        assertTrue(r.err().contains("other tokens"), r.err());
    }

    @Test
    void trainWritesTheSameModelTwiceAndTheModelRuns(@TempDir Path dir) throws IOException {
        Path train = Files.writeString(dir.resolve("train.conll"), GOLD);
        Path classes = classes(dir);
        byte[][] models = new byte[2][];
        for (int i = 0; i < 2; i++) {
            Path model = dir.resolve("model" + i + ".bin.gz");
            CommandRun r = CommandRun.of("train", "ner", "--train", train.toString(), "--classes", classes.toString(),
                    "--out", model.toString(), "--dev-fraction", "0", "--epochs", "3");
            assertEquals(0, r.exitCode(), r.err());
            models[i] = Files.readAllBytes(model);
        }
        assertArrayEquals(models[0], models[1]);
        CommandRun r = CommandRun.of("evaluate", "ner", "--gold", train.toString(), "--model",
                dir.resolve("model0.bin.gz").toString(), "--classes", classes.toString());
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.out().contains("FB1: 100.00"), r.out());
    }

    @Test
    void trainAsACrfWritesAModelThatRunsAndRejectsAnUnknownPass(@TempDir Path dir) throws IOException {
        Path train = Files.writeString(dir.resolve("train.conll"), GOLD);
        Path classes = classes(dir);
        Path model = dir.resolve("crf.bin.gz");
        CommandRun r = CommandRun.of("train", "ner", "--train", train.toString(), "--classes", classes.toString(),
                "--out", model.toString(), "--dev-fraction", "0", "--crf", "both", "--crf-rate", "0.1");
        assertEquals(0, r.exitCode(), r.err());
        r = CommandRun.of("evaluate", "ner", "--gold", train.toString(), "--model", model.toString(), "--classes",
                classes.toString());
        assertTrue(r.out().contains("FB1: 100.00"), r.out());
        r = CommandRun.of("train", "ner", "--train", train.toString(), "--classes", classes.toString(), "--out",
                model.toString(), "--dev-fraction", "0", "--crf", "all");
        assertTrue(r.exitCode() != 0 && r.err().contains("first, second or both"), r.err());
    }

    /** A small word-class file for training without the bundled one. */
    private static Path classes(Path dir) throws IOException {
        Path classes = dir.resolve("classes.tsv.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(classes))) {
            out.write("sizes\t2\nقال\t0\t10\t0\nرئيس\t1\t8\t8\n".getBytes(StandardCharsets.UTF_8));
        }
        return classes;
    }

    @Test
    void benchReportsLoadTimeAndTokensPerSecond(@TempDir Path dir) throws IOException {
        Path in = Files.writeString(dir.resolve("in.conll"), GOLD);
        CommandRun r = CommandRun.of("bench", "ner", "--conll", in.toString(), "--seconds", "0.2");
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.out().matches("(?s)ner: model load \\d+ ms.*tokens/s on one thread\\n"), r.out());
    }
}
