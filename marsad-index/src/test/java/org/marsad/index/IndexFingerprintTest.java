package org.marsad.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IndexFingerprintTest {
    @TempDir
    Path dir;

    private String fingerprintOf(String name, int... order) throws IOException {
        Path index = dir.resolve(name);
        try (ArticleIndex writer = ArticleIndex.open(index)) {
            for (int n : order) {
                writer.put(TestArticles.numbered(n));
            }
        }
        return IndexFingerprint.of(index);
    }

    @Test
    void sameArticlesGiveOneFingerprintWhateverTheOrderOrRepeats() throws IOException {
        assertEquals(fingerprintOf("forward", 0, 1, 2, 3), fingerprintOf("backward", 3, 2, 1, 0, 2, 3));
    }

    @Test
    void aChangedArticleChangesTheFingerprint() throws IOException {
        String before = fingerprintOf("index", 0, 1);
        try (ArticleIndex writer = ArticleIndex.open(dir.resolve("index"))) {
            writer.put(TestArticles.article("a1", "okaz", null, LocalDate.of(2015, 7, 1), "خبر", "نص آخر"));
        }
        assertNotEquals(before, IndexFingerprint.of(dir.resolve("index")));
    }
}
