package org.marsad.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.doc.Doc;
import org.marsad.entity.EntityType;
import org.marsad.entity.article.ArticleEntityStage;
import org.marsad.entity.article.Mention;

class LatinNameSearchTest {
    @TempDir
    static Path dir;
    static ArticleSearcher searcher;

    @BeforeAll
    static void indexArticles() throws IOException {
        try (ArticleIndex index = ArticleIndex.open(dir)) {
            index.put(withMentions(TestArticles.article("named", "okaz", null, LocalDate.of(2022, 1, 10),
                    "تصريح روسي", "قال دميتري بيسكوف إن اللقاء مثمر."), "دميتري بيسكوف", EntityType.PER, false));
            index.put(withMentions(TestArticles.article("by-role", "okaz", null, LocalDate.of(2022, 1, 11),
                    "تصريح", "قال المتحدث باسم الكرملين إن اللقاء مثمر."), "المتحدث باسم الكرملين",
                    EntityType.PER, true));
            index.put(withMentions(TestArticles.article("place", "okaz", null, LocalDate.of(2022, 1, 12),
                    "زيارة", "وصل الوفد إلى بيسكوف أمس."), "بيسكوف", EntityType.LOC, false));
            index.put(TestArticles.article("unanalysed", "okaz", null, LocalDate.of(2022, 1, 13),
                    "خبر", "قال بيسكوف إن اللقاء مثمر."));
        }
        searcher = ArticleSearcher.open(dir);
    }

    @AfterAll
    static void close() throws IOException {
        searcher.close();
    }

    /** The article with a mention over each occurrence of {@code name} in its text. */
    private static Doc withMentions(Doc doc, String name, EntityType type, boolean byRole) {
        List<Mention> mentions = new ArrayList<>();
        for (int at = doc.text().indexOf(name); at >= 0; at = doc.text().indexOf(name, at + 1)) {
            int end = at + name.length();
            mentions.add(new Mention(at, end, type, 0, byRole ? at : -1, byRole ? end : -1, byRole));
        }
        doc.put(ArticleEntityStage.LAYER, mentions);
        return doc;
    }

    private static Set<String> ids(String query) throws IOException {
        return searcher.search(SearchRequest.of(query)).hits().stream().map(Hit::id).collect(Collectors.toSet());
    }

    @Test
    void latinSpellingFindsThePersonWhateverTheCaseOrAccents() throws IOException {
        assertEquals(Set.of("named"), ids("Peskov"));
        assertEquals(Set.of("named"), ids("PESKOV"));
        assertEquals(Set.of("named"), ids("Péskov"));
    }

    @Test
    void fullLatinNameMatchesAsAPhrase() throws IOException {
        assertEquals(Set.of("named"), ids("\"Dmitry Peskov\""));
        assertEquals(Set.of(), ids("\"Peskov Dmitry\""));
    }

    @Test
    void onlyNamedPersonsGetLatinSpellings() throws IOException {
        // a role is not a name, a place is translated rather than spelt, and an article without
        // entities has no names to spell
        assertEquals(Set.of("named"), ids("Peskov"));
        assertEquals(Set.of(), ids("Kremlin"));
    }

    @Test
    void snippetMarksTheArabicName() throws IOException {
        Hit hit = searcher.search(SearchRequest.of("Peskov")).hits().get(0);
        assertTrue(hit.snippet().contains("<mark>بيسكوف</mark>"), hit.snippet());
    }

    @Test
    void arabicSearchIsUnchanged() throws IOException {
        assertEquals(Set.of("named", "place", "unanalysed"), ids("بيسكوف"));
    }
}
