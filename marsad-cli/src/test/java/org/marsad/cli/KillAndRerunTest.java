package org.marsad.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.index.IndexFingerprint;

/**
 * An ingest killed with SIGKILL and run again yields the same index as a run that was never
 * interrupted. The runs are real {@code marsad analyze} processes; the kill comes after the index
 * has committed at least once, so there is a half-built index for the re-run to finish.
 */
class KillAndRerunTest {
    private static final int ARTICLES = 6000;

    @Test
    void killedRunRerunMatchesAnUninterruptedRun(@TempDir Path tmp) throws Exception {
        Path corpus = writeCorpus(tmp.resolve("corpus.jsonl"));
        Path killed = tmp.resolve("killed");
        Path clean = tmp.resolve("clean");

        Process first = analyze(corpus, killed);
        waitForCommit(killed.resolve("index"), first);
        first.destroyForcibly();  // SIGKILL on POSIX
        assertTrue(first.waitFor(30, TimeUnit.SECONDS));
        assertTrue(first.exitValue() != 0, "the first run should have been killed, not finished");

        assertEquals(0, finish(analyze(corpus, killed)));
        assertEquals(0, finish(analyze(corpus, clean)));

        assertEquals(IndexFingerprint.of(clean.resolve("index")), IndexFingerprint.of(killed.resolve("index")));
        assertEquals(Files.readString(clean.resolve("articles.jsonl")), Files.readString(killed.resolve("articles.jsonl")));
    }

    private static Process analyze(Path corpus, Path out) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> cmd = new ArrayList<>(List.of(java, "-Xmx256m", "-cp", System.getProperty("java.class.path"),
                Main.class.getName(), "analyze", corpus.toString(), "--out", out.toString(), "--commit-every", "200"));
        return new ProcessBuilder(cmd).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    }

    private static int finish(Process p) throws InterruptedException {
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "analyze did not finish");
        return p.exitValue();
    }

    /** Waits until the index has a commit (a segments_N file) while the process still runs. */
    private static void waitForCommit(Path index, Process p) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline) {
            assertTrue(p.isAlive(), "the run ended before it could be killed; make the corpus larger");
            if (Files.isDirectory(index)) {
                try (Stream<Path> files = Files.list(index)) {
                    if (files.anyMatch(f -> f.getFileName().toString().startsWith("segments_")
                            && !f.getFileName().toString().equals("segments_1"))) {
                        return;
                    }
                }
            }
            Thread.sleep(20);
        }
        throw new AssertionError("no index commit within 60 s");
    }

    private static Path writeCorpus(Path file) throws IOException {
        String[] words = ("الحكومة الوزير المجلس الاجتماع المفاوضات الرئيس البرلمان الاقتصاد الأسواق النفط الأمن "
                + "الحدود المدينة الشركة المشروع التعليم الصحة الطاقة المياه الزراعة الصناعة التجارة").split(" ");
        Random random = new Random(7);
        try (BufferedWriter w = Files.newBufferedWriter(file)) {
            for (int i = 0; i < ARTICLES; i++) {
                StringBuilder body = new StringBuilder();
                for (int s = 0; s < 8; s++) {
                    body.append("قال ");
                    for (int k = 0; k < 12; k++) {
                        body.append(words[random.nextInt(words.length)]).append(' ');
                    }
                    body.append("في البيان رقم ").append(i).append(".\\n");
                }
                w.write("{\"title\": \"خبر رقم " + i + "\", \"maintext\": \"" + body
                        + "\", \"date_publish\": \"2022-01-" + String.format("%02d", 1 + i % 28) + "\", \"source_domain\": \"example.org\"}\n");
            }
        }
        return file;
    }
}
