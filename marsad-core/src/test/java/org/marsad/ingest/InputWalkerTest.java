package org.marsad.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InputWalkerTest {

    @TempDir
    Path dir;

    private List<String> walk(int batch) {
        List<String> seen = new ArrayList<>();
        new InputWalker(batch).walk(dir, new InputWalker.Visitor() {
            @Override
            public void file(Path file) {
                seen.add(dir.relativize(file).toString());
            }

            @Override
            public void failed(Path path, IOException e) {
                seen.add("failed " + path);
            }

            @Override
            public void skipped(Path path, String why) {
                seen.add("skipped " + path);
            }
        });
        return seen;
    }

    @Test
    void walksDepthFirstInNameOrderSkippingHiddenEntries() {
        for (String name : List.of("b.txt", "a/z.json", "a/b/c.txt", "a/.git/config", ".hidden", "c/.x.txt", "c/d.txt", "A.txt")) {
            Corpus.write(dir.resolve(name), "x");
        }
        List<String> expected = List.of("A.txt", "a/b/c.txt", "a/z.json", "b.txt", "c/d.txt");
        assertEquals(expected, walk(InputWalker.BATCH));
    }

    @Test
    void hugeDirectoriesAreTakenInSortedBatchesWithTheSameResult() {
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < 25; i++) {
            String name = String.format("f%03d.txt", (i * 7) % 25);
            Corpus.write(dir.resolve(name), "x");
        }
        for (int i = 0; i < 25; i++) {
            expected.add(String.format("f%03d.txt", i));
        }
        assertEquals(expected, walk(4));
        assertEquals(expected, walk(5)); // a batch size dividing the count exactly
    }
}
