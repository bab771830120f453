package org.marsad.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArticleSearcherTest {
    @TempDir
    static Path dir;
    static ArticleSearcher searcher;

    @BeforeAll
    static void indexArticles() throws IOException {
        try (ArticleIndex index = ArticleIndex.open(dir)) {
            index.put(TestArticles.article("governments", "okaz", "واس", LocalDate.of(2015, 7, 21),
                    "مؤتمر صحفي في الرياض", "أعلنت الحكومات العربية دعمها للاتفاق الجديد."));
            index.put(TestArticles.article("peskov-said", "aawsat", "رويترز", LocalDate.of(2015, 8, 1),
                    "موسكو ترد", "وقال بيسكوف إن موسكو لن تتدخل في الأزمة."));
            index.put(TestArticles.article("peskov-named", "alyaum", "أ ف ب", LocalDate.of(2015, 8, 5),
                    "تصريح روسي", "صرح ديمتري بيسكوف المتحدث باسم الكرملين بأن اللقاء مثمر."));
            index.put(TestArticles.article("li-peskov", "sabq", null, LocalDate.of(2015, 8, 6),
                    "نقل تصريح", "نقلت الوكالة تصريحا لبيسكوف حول الأزمة."));
            index.put(TestArticles.article("bisha", "okaz", "واس", LocalDate.of(2015, 8, 10),
                    "مشروع طرق", "افتتح الأمير مشروعا جديدا في بيشة لتطوير الطرق."));
            index.put(TestArticles.article("king-salman", "alyaum", "واس", LocalDate.of(2015, 8, 11),
                    "استقبال رسمي", "استقبل الملك سلمان وزير الخارجية في قصر اليمامة."));
            index.put(TestArticles.article("handed-over", "aawsat", null, LocalDate.of(2015, 8, 12),
                    "تسليم الكأس", "سلم رئيس الاتحاد الكأس للفريق الفائز في الملعب."));
            index.put(TestArticles.article("undated", "sabq", null, null,
                    "رأي", "مقال بلا تاريخ عن الكرملين والسياسة."));
        }
        searcher = ArticleSearcher.open(dir);
    }

    @AfterAll
    static void close() throws IOException {
        searcher.close();
    }

    private static List<String> ids(SearchRequest request) throws IOException {
        return searcher.search(request).hits().stream().map(Hit::id).toList();
    }

    private static Set<String> idSet(String query) throws IOException {
        return Set.copyOf(ids(SearchRequest.of(query)));
    }

    @Test
    void governmentFindsGovernments() throws IOException {
        assertEquals(Set.of("governments"), idSet("الحكومة"));
    }

    @Test
    void nameFindsItselfWithOrWithoutParticlesAndNotLookalikes() throws IOException {
        assertEquals(Set.of("peskov-said", "peskov-named", "li-peskov"), idSet("بيسكوف"));
    }

    @Test
    void wholeNameRanksAboveTheWordItsStemCollidesWith() throws IOException {
        assertEquals(List.of("king-salman", "handed-over"), ids(SearchRequest.of("سلمان")));
    }

    @Test
    void everyWordMustMatch() throws IOException {
        assertEquals(Set.of("peskov-named"), idSet("بيسكوف الكرملين"));
    }

    @Test
    void barMakesEitherWordEnough() throws IOException {
        assertEquals(Set.of("bisha", "peskov-named", "undated"), idSet("بيشة | الكرملين"));
    }

    @Test
    void minusExcludesAWord() throws IOException {
        assertEquals(Set.of("peskov-said", "li-peskov"), idSet("بيسكوف -الكرملين"));
    }

    @Test
    void quotedPhraseNeedsItsWordsInOrder() throws IOException {
        assertEquals(Set.of("peskov-named"), idSet("\"ديمتري بيسكوف\""));
        assertEquals(Set.of(), idSet("\"بيسكوف ديمتري\""));
    }

    @Test
    void wildcardFuzzyAndRegexSyntaxAreNotOperators() throws IOException {
        assertEquals(Set.of(), idSet("بيس*"));
        assertEquals(Set.of(), idSet("بيسكو~2"));
        assertEquals(Set.of(), idSet("/بيس.*/"));
        assertEquals(Set.of("peskov-said", "peskov-named", "li-peskov"), idSet("بيسكوف*"));
    }

    @Test
    void dateRangeIsInclusiveAndSkipsUndatedArticles() throws IOException {
        SearchRequest request = SearchRequest.builder()
                .from(LocalDate.of(2015, 8, 1)).to(LocalDate.of(2015, 8, 6)).build();
        assertEquals(Set.of("peskov-said", "peskov-named", "li-peskov"), Set.copyOf(ids(request)));
    }

    @Test
    void filtersByOutlet() throws IOException {
        SearchRequest request = SearchRequest.builder().query("بيسكوف").outlets(Set.of("aawsat", "sabq")).build();
        assertEquals(Set.of("peskov-said", "li-peskov"), Set.copyOf(ids(request)));
    }

    @Test
    void filtersByAgencyWhateverTheHamzaOrSpacing() throws IOException {
        SearchRequest request = SearchRequest.builder().agencies(Set.of(" ا ف  ب", "رويترز")).build();
        assertEquals(Set.of("peskov-said", "peskov-named"), Set.copyOf(ids(request)));
    }

    @Test
    void snippetMarksTheMatchedWordsEvenWithAParticle() throws IOException {
        SearchResult result = searcher.search(SearchRequest.of("بيسكوف"));
        assertEquals(3, result.totalHits());
        assertTrue(result.totalHitsExact());
        for (Hit hit : result.hits()) {
            String marked = hit.id().equals("li-peskov") ? "<mark>لبيسكوف</mark>" : "<mark>بيسكوف</mark>";
            assertTrue(hit.snippet().contains(marked), hit.snippet());
        }
    }

    @Test
    void hitCarriesTheStoredFields() throws IOException {
        Hit hit = searcher.search(SearchRequest.of("بيشة")).hits().get(0);
        assertEquals("bisha", hit.id());
        assertEquals("corpus/bisha.txt", hit.source());
        assertEquals("مشروع طرق", hit.headline());
        assertEquals("okaz", hit.outlet());
        assertEquals(LocalDate.of(2015, 8, 10), hit.published());
        assertTrue(hit.score() > 0);
    }

    @Test
    void newestFirstPutsUndatedArticlesLast() throws IOException {
        List<String> ids = ids(SearchRequest.builder().query("الكرملين").order(SearchRequest.Order.NEWEST).build());
        assertEquals(List.of("peskov-named", "undated"), ids);
    }

    @Test
    void offsetPagesThroughTheRanking() throws IOException {
        SearchRequest all = SearchRequest.builder().order(SearchRequest.Order.NEWEST).build();
        List<String> first = ids(all);
        List<String> second = ids(all.toBuilder().offset(2).limit(3).build());
        assertEquals(first.subList(2, 5), second);
        assertEquals(8, searcher.search(all).totalHits());
    }

    @Test
    void idsRestrictTheSearchToThoseArticles() throws IOException {
        SearchRequest request = SearchRequest.builder().query("بيسكوف").ids(Set.of("peskov-named", "bisha")).build();
        assertEquals(List.of("peskov-named"), ids(request));
    }

    @Test
    void matchingIdsListsEveryMatchUnpaged() throws IOException {
        SearchRequest request = SearchRequest.builder().query("بيسكوف").limit(1).build();
        assertEquals(Set.of("peskov-said", "peskov-named", "li-peskov"), Set.copyOf(searcher.matchingIds(request, 100)));
        assertEquals(2, searcher.matchingIds(request, 2).size());
    }

    @Test
    void matchingIdsOfAnEmptyQueryAreEveryArticleTheFiltersKeep() throws IOException {
        SearchRequest request = SearchRequest.builder().outlets(Set.of("okaz")).build();
        assertEquals(Set.of("governments", "bisha"), Set.copyOf(searcher.matchingIds(request, 100)));
    }

    @Test
    void aSearchTellsItsCounterOfEveryMatchOnceBesideThePage() throws IOException {
        SearchRequest request = SearchRequest.builder().query("بيسكوف").limit(1).order(SearchRequest.Order.NEWEST).build();
        List<String> told = new ArrayList<>();
        SearchResult page = searcher.search(request, ids -> doc -> told.add(ids[doc]));
        assertEquals(1, page.hits().size());
        assertEquals(3, told.size());
        assertEquals(Set.of("peskov-said", "peskov-named", "li-peskov"), Set.copyOf(told));
        assertEquals(searcher.matchingIds(request, 100), told);
    }
}
