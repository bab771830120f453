package org.marsad.dating;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class UrlDateTest {
    private static final LocalDate DAY = LocalDate.of(2015, 8, 2);

    @Test
    void theDayWrittenInAnAddress() {
        assertEquals(DAY, UrlDate.of("http://www.aleqt.com/2015/08/02/article_978427.html"));
        assertEquals(DAY, UrlDate.of("http://www.al-jazirah.com/2015/20150802/du8.htm"));
        assertEquals(DAY, UrlDate.of("http://www.okaz.com.sa/new/Issues/20150802/Con20150802786885.htm"));
        assertEquals(DAY, UrlDate.of("https://example.com/news/2015-08-02/talks"));
    }

    @Test
    void numbersThatAreNoDay() {
        assertNull(UrlDate.of("http://www.alriyadh.com/1069865"));
        assertNull(UrlDate.of("http://www.alyaum.com/article/4081665"));
        assertNull(UrlDate.of("https://example.com/2015/13/45/x"));
        assertNull(UrlDate.of(null));
    }
}
