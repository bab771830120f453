package org.marsad.web.html.content;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class LineCuesTest {

    private final LineCues cues = LineCues.DEFAULT;

    @Test
    void relatedReadingHeadingsMatchWhateverTheirPunctuation() {
        assertTrue(cues.matches("Mehr zum Thema:"));
        assertTrue(cues.matches("» Das könnte Sie auch interessieren!"));
        assertTrue(cues.matches("Zobacz również"));
        assertTrue(cues.matches("Related articles"));
    }

    @Test
    void arabicHeadingsMatchWithOrWithoutHamzaAndVowelMarks() {
        assertTrue(cues.matches("اقرأ أيضاً:"));
        assertTrue(cues.matches("اقرا ايضا"));
        assertTrue(cues.matches("مواضيع ذات صلة"));
        assertTrue(cues.matches("المصدر: وكالة الأنباء"));
    }

    @Test
    void labelsMatchOnlyWithTheirColon() {
        assertTrue(cues.matches("Foto: Ingo Pertramer"));
        assertTrue(cues.matches("(Credit: Clayton Aldern / Grist)"));
        assertTrue(cues.matches("Tel.: 030 123 456"));
        assertFalse(cues.matches("Fotografie ist ihr Beruf"));
        assertFalse(cues.matches("Source code of the demo"));
        assertFalse(cues.matches("Tel Aviv and Haifa were quiet"));
    }

    @Test
    void prosePassingTheLengthLimitNeverMatches() {
        assertFalse(cues.matches("Mehr zum Thema Grundeinkommen erfahren Sie in unserem Dossier, das alle Argumente "
                + "der Befürworter und der Gegner zusammenfasst."));
        assertFalse(cues.matches("Lesen Sie dazu auch die Pressemitteilungen:"));
    }

    @Test
    void callsToActionMatchAnywhereInAShortLineButOnlyAtAWordStart() {
        assertTrue(cues.matches("Never miss the latest news by signing up to our newsletter today!"));
        assertTrue(cues.matches("لمتابعة آخر الأخبار تابعونا على تويتر"));
        assertTrue(cues.matches("Marco Odermatt im Ziel. © AFP"));
        assertFalse(cues.matches("You can unsubscribe from future emails at any time."));
    }

    @Test
    void aLineThatIsOnlyADateMatchesButADatedSentenceDoesNot() {
        assertTrue(cues.matches("23.10.2018"));
        assertTrue(cues.matches("11 Jan 2019, 19:49"));
        assertTrue(cues.matches("12 مارس 2023"));
        assertFalse(cues.matches("Am 23.10.2018 begann der Prozess."));
    }

    @Test
    void leadInsToAnotherArticleMatchByTheirLabel() {
        assertTrue(cues.matches("Lea también: Impiden ingreso a Nicaragua a reportero"));
        assertTrue(cues.matches("À lire aussi » Quel est votre profil digestif ?"));
        assertFalse(cues.matches("Lea la entrevista completa en nuestra edición impresa"));
    }
}
