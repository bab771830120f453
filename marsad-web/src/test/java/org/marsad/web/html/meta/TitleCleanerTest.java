package org.marsad.web.html.meta;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class TitleCleanerTest {

    @Test
    void knownSiteNameIsRemovedFromEitherEnd() {
        assertEquals("Headline here", TitleCleaner.clean("Headline here | The Site", "The Site"));
        assertEquals("Headline here", TitleCleaner.clean("The Site » Headline here", "The Site"));
        assertEquals("عنوان الخبر الرئيسي", TitleCleaner.clean("عنوان الخبر الرئيسي - الجزيرة نت", "الجزيرة نت"));
    }

    @Test
    void shortLastPartIsTakenForTheSiteWhenTheNameIsUnknown() {
        assertEquals("A long headline about the budget", TitleCleaner.clean("A long headline about the budget - Site", null));
    }

    @Test
    void hyphenInsideWordsIsNotASeparator() {
        assertEquals("Covid-19 cases rise", TitleCleaner.clean("Covid-19 cases rise", null));
    }
}
