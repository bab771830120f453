package org.marsad.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An ingest killed with SIGKILL between commits, then run again to the end, leaves the index an
 * uninterrupted ingest builds. The kill happens in a child JVM, since a JVM cannot SIGKILL itself.
 */
class CrashRecoveryTest {
    private static final int ARTICLES = 300;
    private static final int COMMIT_EVERY = 100;
    private static final int KILLED_AFTER = 250;
    /** Generous: the child needs a second or two; this only stops a hung child hanging the build. */
    private static final long CHILD_DEADLINE_SECONDS = 120;

    @TempDir
    Path dir;

    private static Process startChild(Path index, int pauseAfter) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new ProcessBuilder(java, "-Xmx256m", "-XX:TieredStopAtLevel=1", "-Dfile.encoding=UTF-8",
                "-cp", System.getProperty("java.class.path"), IngestChild.class.getName(), index.toString(),
                Integer.toString(ARTICLES), Integer.toString(COMMIT_EVERY), Integer.toString(pauseAfter))
                .redirectErrorStream(true)
                .start();
    }

    @Test
    void killedIngestRunAgainEqualsUninterruptedIngest() throws Exception {
        Path crashed = dir.resolve("crashed");
        Process child = startChild(crashed, KILLED_AFTER);
        BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
        StringBuilder log = new StringBuilder();
        for (String line = out.readLine(); line != null && !line.equals(IngestChild.PAUSED); line = out.readLine()) {
            log.append(line).append('\n');
        }
        assertEquals("committed 100\ncommitted 200\n", log.toString());
        child.destroyForcibly();
        assertTrue(child.waitFor(CHILD_DEADLINE_SECONDS, TimeUnit.SECONDS));
        assertTrue(Files.exists(crashed.resolve("write.lock")), "the dead writer's lock file stays behind");
        try (Directory directory = FSDirectory.open(crashed)) {
            Set<String> committed = Set.copyOf(SegmentInfos.readLatestCommit(directory).files(true));
            assertTrue(Arrays.stream(directory.listAll()).anyMatch(f -> f.startsWith("_") && !committed.contains(f)),
                    "the dead writer left a flushed segment it never committed");
        }

        try (ArticleSearcher searcher = ArticleSearcher.open(crashed)) {
            assertEquals(2 * COMMIT_EVERY, searcher.count(), "the last commit survives, nothing after it");
        }

        Process rerun = startChild(crashed, -1);
        rerun.getOutputStream().close();
        String rerunLog = new String(rerun.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(rerun.waitFor(CHILD_DEADLINE_SECONDS, TimeUnit.SECONDS));
        assertEquals(0, rerun.exitValue(), rerunLog);

        Path uninterrupted = dir.resolve("uninterrupted");
        try (ArticleIndex index = ArticleIndex.open(uninterrupted)) {
            IngestChild.ingest(index, ARTICLES, COMMIT_EVERY, -1, new PrintStream(OutputStream.nullOutputStream()));
        }
        try (ArticleSearcher searcher = ArticleSearcher.open(crashed)) {
            assertEquals(ARTICLES, searcher.count());
        }
        assertEquals(IndexFingerprint.of(uninterrupted), IndexFingerprint.of(crashed));
    }
}
