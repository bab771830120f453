package org.marsad.web.html.content;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class LineCuesTest {

    private static final LineCues CUES = LineCues.DEFAULT;

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            related heading, any punctuation | Mehr zum Thema:
            related heading, any punctuation | » Das könnte Sie auch interessieren!
            related heading, any punctuation | Zobacz również
            related heading, any punctuation | Related articles
            Arabic, with or without hamza and vowel marks | اقرأ أيضاً:
            Arabic, with or without hamza and vowel marks | اقرا ايضا
            Arabic, with or without hamza and vowel marks | مواضيع ذات صلة
            Arabic label | المصدر: وكالة الأنباء
            Arabic call to action | لمتابعة آخر الأخبار تابعونا على تويتر
            label with its colon | Foto: Ingo Pertramer
            label with its colon | (Credit: Clayton Aldern / Grist)
            label with its colon | Tel.: 030 123 456
            call to action anywhere in a short line | Never miss the latest news by signing up to our newsletter today!
            credit mark | Marco Odermatt im Ziel. © AFP
            only a date | 23.10.2018
            only a date | 11 Jan 2019, 19:49
            only a date | 12 مارس 2023
            lead-in to another article | Lea también: Impiden ingreso a Nicaragua a reportero
            lead-in to another article | À lire aussi » Quel est votre profil digestif ?
            """)
    void furnitureLinesMatch(String kind, String line) {
        assertTrue(CUES.matches(line), line);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Fotografie ist ihr Beruf", "Source code of the demo", "Tel Aviv and Haifa were quiet",
            "You can unsubscribe from future emails at any time.", "Am 23.10.2018 begann der Prozess.",
            "Lea la entrevista completa en nuestra edición impresa", "Lesen Sie dazu auch die Pressemitteilungen:",
            "Mehr zum Thema Grundeinkommen erfahren Sie in unserem Dossier, das alle Argumente der Befürworter und der "
                    + "Gegner zusammenfasst."})
    void articleSentencesThatOnlyResembleCuesDoNotMatch(String line) {
        assertFalse(CUES.matches(line), line);
    }
}
