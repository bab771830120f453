package org.marsad.entity.ner;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class FeaturesTest {
    private static final int BITS = 20;
    private final Features features = new Features(WordClasses.empty(), Gazetteers.standard(), BITS);

    private static List<Word> sentence(String spaced) {
        return NerTraining.words(Arrays.asList(spaced.split(" ")));
    }

    private static Set<Integer> set(int[] buckets) {
        Set<Integer> s = new HashSet<>();
        for (int b : buckets) {
            s.add(b);
        }
        return s;
    }

    @Test
    void everyTokenGetsFeaturesInsideTheTable() {
        int[][] f = features.extract(sentence("قال الرئيس الأمريكي باراك أوباما في واشنطن ."));
        assertEquals(8, f.length);
        for (int[] token : f) {
            assertTrue(token.length > 20, "a token has its word, affix, context and shape features");
            for (int b : token) {
                assertTrue(b >= 0 && b < 1 << BITS);
            }
        }
    }

    @Test
    void extractionIsAPureFunctionOfTheSentence() {
        List<Word> s = sentence("وقال لحود في بيان");
        assertArrayEquals(features.extract(s)[1], features.extract(sentence("وقال لحود في بيان"))[1]);
    }

    @Test
    void theSameWordInAnotherContextSharesItsWordFeaturesOnly() {
        Set<Integer> a = set(features.extract(sentence("قال لحود في بيان"))[1]);
        Set<Integer> b = set(features.extract(sentence("التقى لحود مع الوفد"))[1]);
        Set<Integer> shared = new HashSet<>(a);
        shared.retainAll(b);
        assertTrue(shared.size() > 10, "word, stem, affixes, shape are shared");
        assertNotEquals(a, b, "the neighbours differ");
    }

    @Test
    void cliticsDoNotChangeStemFeatures() {
        // وبغداد and بغداد share the stem and its affixes; their surface and proclitic differ
        Set<Integer> a = set(features.extract(sentence("في بغداد"))[1]);
        Set<Integer> b = set(features.extract(sentence("في وبغداد"))[1]);
        Set<Integer> shared = new HashSet<>(a);
        shared.retainAll(b);
        assertTrue(shared.size() >= 8, "shared: " + shared.size());
    }

    @Test
    void aListedPlaceMatchesAcrossTokensThroughItsClitics() {
        int[] masks = Gazetteers.standard().masks(sentence("وصل الى وبالمدينة المنورة أمس ."));
        int place = Arrays.asList(Gazetteers.NAME_LISTS).indexOf("PLACE");
        assertEquals(0, masks[1] & (3 << 2 * place));
        assertEquals(1 << 2 * place, masks[2] & (3 << 2 * place), "B of the place list");
        assertEquals(2 << 2 * place, masks[3] & (3 << 2 * place), "I of the place list");
        
        assertEquals(0, masks[4] & (3 << 2 * place));
    }

    @Test
    void triggerWordsAreFoundWithoutTheirConjunction() {
        int[] masks = Gazetteers.standard().masks(sentence("ووزير الخارجية"));
        int tper = 2 * Gazetteers.NAME_LISTS.length;
        assertTrue((masks[0] & (1 << tper)) != 0);
    }

    @Test
    void segmentsCoverEveryCandidateEntityUpToTheLimit() {
        List<Word> s = sentence("وصل الى وبالمدينة المنورة أمس .");
        SegmentFeatures f = features.segments(s);
        assertEquals(s.size(), f.starts().length);
        assertEquals(s.size(), f.ends().length);
        for (int start = 0; start < s.size(); start++) {
            for (int len = 1; len <= SemiMarkov.MAX_LENGTH; len++) {
                int[] span = f.spans()[SemiMarkov.index(start, len)];
                assertEquals(start + len <= s.size(), span != null, start + "+" + len);
            }
        }
    }

    @Test
    void aSegmentThatIsExactlyAListedNameHasAFeatureItsNeighboursLack() {
        SegmentFeatures f = features.segments(sentence("وصل الى وبالمدينة المنورة أمس ."));
        Set<Integer> exact = set(f.spans()[SemiMarkov.index(2, 2)]);
        Set<Integer> shorter = set(f.spans()[SemiMarkov.index(2, 1)]);
        Set<Integer> longer = set(f.spans()[SemiMarkov.index(2, 3)]);
        exact.removeAll(shorter);
        exact.removeAll(longer);
        assertFalse(exact.isEmpty());
        // the same words elsewhere give the same segment features
        SegmentFeatures g = features.segments(sentence("في المدينة المنورة"));
        assertEquals(set(f.spans()[SemiMarkov.index(2, 2)]).contains(g.spans()[SemiMarkov.index(1, 2)][0]), true);
    }
}
