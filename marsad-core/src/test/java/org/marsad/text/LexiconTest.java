package org.marsad.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class LexiconTest {
    private static final List<String> BUNDLED = List.of(
            "abbreviations.txt", "conjunction-hosts.txt", "final-suffixes.txt", "first-names.txt",
            "nisba-exceptions.txt", "proclitics.txt", "stem-endings.txt", "titles.txt",
            "unsegmented-words.txt", "weekdays.txt");

    @Test
    void bundledListLoadsWithoutItsCommentHeader() {
        Lexicon weekdays = Lexicon.load("text/weekdays.txt");
        assertEquals("text/weekdays.txt", weekdays.name());
        assertTrue(weekdays.entries().contains("الخميس"));
        assertTrue(weekdays.entries().stream().noneMatch(e -> e.startsWith("#") || e.isBlank()));
    }

    @Test
    void entriesMatchInTheirNormalisedForm() {
        Lexicon weekdays = Lexicon.load("text/weekdays.txt");
        assertTrue(weekdays.contains("الإثنين"));
        assertTrue(weekdays.contains("الاثنين"));
        assertTrue(weekdays.contains("الخَمِيس"));
        assertTrue(weekdays.containsKey("الجمعه"));
        assertFalse(weekdays.contains("الشهر"));
    }

    @Test
    void keyFoldsCaseAndWhiteSpace() {
        assertEquals("الامم المتحده", Lexicon.key("  الأمم \t\n المتحدة "));
        assertEquals("u.s. army", Lexicon.key("U.S.  Army"));
    }

    @Test
    void maxWordsIsTheLengthOfTheLongestEntry() {
        Lexicon l = Lexicon.of("test", List.of("الأمم المتحدة", "حلف شمال الأطلسي", "روسيا"));
        assertEquals(3, l.maxWords());
        assertTrue(l.contains("حلف  شمال الاطلسي"));
    }

    @Test
    void missingListIsAClearError() {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> Lexicon.load("text/no-such-list.txt"));
        assertTrue(e.getMessage().contains("/org/marsad/text/no-such-list.txt"));
    }

    @Test
    void everyBundledListOpensWithACommentHeaderAndLoads() throws Exception {
        for (String file : BUNDLED) {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(
                    Lexicon.class.getResourceAsStream("/org/marsad/text/" + file), StandardCharsets.UTF_8))) {
                assertTrue(r.readLine().startsWith("# "), file + " has no header");
            }
            assertFalse(Lexicon.load("text/" + file).entries().isEmpty(), file);
        }
    }
}
