package org.marsad.quote;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.entity.EntityType;
import org.marsad.entity.corpus.CorpusEntity;

class SpeakerQueryTest {
    private static final CorpusEntity PESKOV = new CorpusEntity("e1", EntityType.PER, "دميتري بيسكوف",
            List.of("دميتري بيسكوف", "بيسكوف"), "Dmitry Peskov", List.of("المتحدث باسم الكرملين"), List.of("a1"));
    private static final CorpusEntity LAVROV = new CorpusEntity("e2", EntityType.PER, "سيرغي لافروف",
            List.of("سيرغي لافروف"), "Sergey Lavrov", List.of(), List.of("a2"));

    private static boolean says(String query, String speaker) {
        return SpeakerQuery.of(query).matches(speaker, null);
    }

    @Test
    void surnameFindsTheFullNameInEitherSpelling() {
        assertTrue(says("بيسكوف", "دميتري بيسكوف"));
        assertTrue(says("بيسكوف", "ديمتري بيسكوف"));
        assertTrue(says("بيسكوف", "المتحدث باسم الكرملين دميتري بيسكوف"));
    }

    @Test
    void fullNameFindsItsOtherSpellingAndTheSurnameAlone() {
        assertTrue(says("ديمتري بيسكوف", "دميتري بيسكوف"));
        assertTrue(says("دميتري بيسكوف", "بيسكوف"));
        assertFalse(says("دميتري بيسكوف", "دميتري ميدفيديف"));
    }

    @Test
    void spellingOfAlefYaTaMarbutaDiacriticsTatweelAndTheArticleDoNotMatter() {
        assertTrue(says("الامم المتحده", "الأمم المتحدة"));
        assertTrue(says("كرملين", "الكرملين"));
        assertTrue(says("بيسكوف", "دميتري بِيسْكـوف"));
        assertTrue(says("موسى", "عمرو موسي"));
        assertTrue(says("إيران", "ايران"));
    }

    @Test
    void differentPeopleStayApart() {
        assertFalse(says("بوتين", "جو بايدن"));
        assertFalse(says("محمد بن سلمان", "سلمان بن محمد"), "the words must come in order");
        assertFalse(says("لافروف", "دميتري بيسكوف"));
    }

    @Test
    void namesTheAliasTablePutsTogetherFindEachOther() {
        assertTrue(says("الناتو", "حلف شمال الأطلسي"));
    }

    @Test
    void latinNameFindsTheEntityByItsLatinNameInAnyCase() {
        for (String name : List.of("Peskov", "peskov", "Dmitry Peskov", "Dmitri Peskov", "PÉSKOV")) {
            SpeakerQuery query = SpeakerQuery.of(name);
            assertTrue(query.learn(PESKOV), name);
            assertFalse(query.learn(LAVROV), name);
            assertTrue(query.matches("المتحدث باسم الكرملين", "e1"), name);
            assertFalse(query.matches("سيرغي لافروف", "e2"), name);
        }
    }

    @Test
    void latinNameFindsUnlinkedSpeakersThroughTheEntitysArabicName() {
        SpeakerQuery query = SpeakerQuery.of("Peskov");
        assertFalse(query.matches("ديمتري بيسكوف", null), "nothing learned yet");
        query.learn(PESKOV);
        assertTrue(query.matches("ديمتري بيسكوف", null));
        assertTrue(query.matches("بيسكوف", null));
        assertFalse(query.matches("سيرغي لافروف", null));
    }

    @Test
    void arabicNameFindsQuotesLinkedToAnEntityItNamesHoweverTheTextWroteTheSpeaker() {
        SpeakerQuery query = SpeakerQuery.of("بيسكوف");
        assertTrue(query.learn(PESKOV));
        assertTrue(query.matches("المتحدث الرئاسي", "e1"));
        assertFalse(query.matches("المتحدث الرئاسي", "e2"));
    }

    @Test
    void aNameWithoutLettersIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> SpeakerQuery.of("  ،  "));
    }
}
