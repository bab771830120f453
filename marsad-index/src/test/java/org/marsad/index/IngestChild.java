package org.marsad.index;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;

/**
 * Test-scope main for {@link CrashRecoveryTest}: indexes {@link TestArticles#numbered} articles
 * 0 to count-1, committing every {@code commitEvery}, in its own JVM so the test can kill it.
 * With {@code pauseAfter} at or above 0 it stops after that many puts, with uncommitted articles
 * buffered and a segment flushed but not committed, prints {@code paused} and waits to be killed.
 *
 * <p>Arguments: dir count commitEvery pauseAfter.
 */
public final class IngestChild {
    static final String PAUSED = "paused";

    private IngestChild() {
    }

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args[0]);
        int count = Integer.parseInt(args[1]);
        int commitEvery = Integer.parseInt(args[2]);
        int pauseAfter = Integer.parseInt(args[3]);
        try (ArticleIndex index = ArticleIndex.open(dir)) {
            ingest(index, count, commitEvery, pauseAfter, System.out);
        }
    }

    /** Puts the articles, reporting each commit (and the pause) on {@code progress}. */
    static void ingest(ArticleIndex index, int count, int commitEvery, int pauseAfter, PrintStream progress)
            throws IOException {
        for (int n = 0; n < count; n++) {
            index.put(TestArticles.numbered(n));
            if ((n + 1) % commitEvery == 0) {
                index.commit();
                progress.println("committed " + (n + 1));
            }
            if (n + 1 == pauseAfter) {
                index.count(); // opens a near-real-time reader, which flushes a segment without committing
                progress.println(PAUSED);
                progress.flush();
                System.in.read();
            }
        }
        index.commit();
    }
}
