package org.marsad.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.index.ArticleSearcher;
import org.marsad.index.Hit;
import org.marsad.index.SearchRequest;

class SampleSearchTest {
    @TempDir
    static Path out;

    @BeforeAll
    static void analyse() {
        assertEquals(0, CommandRun.of("analyze", TestData.sample().toString(), "--out", out.toString()).exitCode());
    }

    private static Set<String> files(String query) throws Exception {
        Set<String> files = new TreeSet<>();
        try (ArticleSearcher s = ArticleSearcher.open(out.resolve("index"))) {
            for (Hit h : s.search(SearchRequest.builder().query(query).limit(20).build()).hits()) {
                files.add(Path.of(h.source()).getFileName().toString().substring(0, 3));
            }
        }
        return files;
    }

    @Test
    void peskovFindsExactlyTheThreeArticlesThatNameHim() throws Exception {
        assertEquals(Set.of("000", "003", "004"), files("بيسكوف"));
    }

    @Test
    void latinSpellingFindsThePeopleTheArticlesNameInArabic() throws Exception {
        assertEquals(files("بيسكوف"), files("Peskov"));
        assertEquals(files("بوتين"), files("Putin"));
        assertTrue(files("Putin").size() >= 2, files("Putin").toString());
        assertEquals(Set.of(), files("Kremlin"));
    }

    @Test
    void searchCommandPrintsRankedHitsWithHighlights() {
        CommandRun r = CommandRun.of("search", "بيسكوف", "--index", out.resolve("index").toString());
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.out().startsWith("3 hits"), r.out());
        assertTrue(r.out().contains("⟦بيسكوف⟧"), r.out());
    }

    @Test
    void searchWithoutAnIndexSaysWhatToDo() {
        CommandRun r = CommandRun.of("search", "بيسكوف", "--index", out.resolve("nowhere").toString());
        assertEquals(ExitCodes.FAILED, r.exitCode());
        assertTrue(r.err().contains("marsad analyze"), r.err());
    }
}
