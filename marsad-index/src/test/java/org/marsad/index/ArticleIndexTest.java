package org.marsad.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexNotFoundException;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArticleIndexTest {
    @TempDir
    Path dir;

    private static List<String> ids(ArticleSearcher searcher, String query) throws IOException {
        return searcher.search(SearchRequest.of(query)).hits().stream().map(Hit::id).toList();
    }

    @Test
    void puttingTheSameIdAgainReplacesTheArticle() throws IOException {
        try (ArticleIndex index = ArticleIndex.open(dir)) {
            index.put(TestArticles.article("x", "okaz", null, LocalDate.of(2015, 7, 1), "خبر", "افتتاح المتحف القديم"));
            index.commit();
            index.put(TestArticles.article("x", "okaz", null, LocalDate.of(2015, 7, 2), "خبر", "افتتاح الملعب الجديد"));
            assertEquals(1, index.count());
        }
        try (ArticleSearcher searcher = ArticleSearcher.open(dir)) {
            assertEquals(1, searcher.count());
            assertEquals(List.of("x"), ids(searcher, "الملعب"));
            assertEquals(List.of(), ids(searcher, "المتحف"));
        }
    }

    @Test
    void countIncludesUncommittedArticlesButSearchersSeeOnlyCommits() throws IOException {
        try (ArticleIndex index = ArticleIndex.open(dir)) {
            index.put(TestArticles.numbered(1));
            index.commit();
            index.put(TestArticles.numbered(2));
            assertEquals(2, index.count());
            try (ArticleSearcher searcher = ArticleSearcher.open(dir)) {
                assertEquals(1, searcher.count());
                index.commit();
                searcher.refresh();
                assertEquals(2, searcher.count());
            }
        }
    }

    @Test
    void deleteRemovesTheArticle() throws IOException {
        try (ArticleIndex index = ArticleIndex.open(dir)) {
            index.put(TestArticles.numbered(1));
            index.put(TestArticles.numbered(2));
            index.delete("a1");
            assertEquals(1, index.count());
        }
    }

    @Test
    void searchingAFolderWithoutAnIndexSaysSo() {
        IndexNotFoundException e = assertThrows(IndexNotFoundException.class, () -> ArticleSearcher.open(dir));
        assertEquals("no index in " + dir + " (nothing has been committed there)", e.getMessage());
    }

    @Test
    void reopeningAddsToTheExistingIndex() throws IOException {
        try (ArticleIndex index = ArticleIndex.open(dir)) {
            index.put(TestArticles.numbered(1));
        }
        try (ArticleIndex index = ArticleIndex.open(dir)) {
            index.put(TestArticles.numbered(2));
            assertEquals(2, index.count());
        }
    }

    @Test
    void mergingForSearchLeavesOneSegmentWithTheSameArticles() throws IOException {
        try (ArticleIndex index = ArticleIndex.open(dir)) {
            for (int n = 1; n <= 3; n++) {
                index.put(TestArticles.numbered(n));
                index.commit();
            }
            index.put(TestArticles.article("a2", "okaz", null, LocalDate.of(2015, 7, 2), "خبر", "افتتاح الملعب الجديد"));
            index.mergeForSearch();
        }
        try (FSDirectory directory = FSDirectory.open(dir);
             DirectoryReader reader = DirectoryReader.open(directory);
             ArticleSearcher searcher = ArticleSearcher.open(dir)) {
            assertEquals(1, reader.leaves().size());
            assertEquals(3, searcher.count());
            assertEquals(List.of("a2"), ids(searcher, "الملعب"));
        }
    }
}
