package org.marsad.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class WrittenDateTest {
    private static final LocalDate JAN_14 = LocalDate.of(2022, 1, 14);

    private static LocalDate date(String s) {
        WrittenDate d = WrittenDate.find(s);
        return d == null ? null : d.date();
    }

    @Test
    void dayMonthYearInTheSpellingsOfTheArabicPress() {
        assertEquals(LocalDate.of(2022, 2, 16), date("16 فبراير 2022"));
        assertEquals(LocalDate.of(2022, 1, 12), date("12 كانون الثاني 2022"));
        assertEquals(LocalDate.of(2015, 8, 10), date("10 اغسطس 2015 م"));
        assertEquals(LocalDate.of(2022, 2, 16), date("16/02/2022"));
    }

    @Test
    void aMonthNamedTwiceAsWireCopyWritesIt() {
        WrittenDate d = WrittenDate.find("موسكو، 14 يناير/كانون الثاني 2022 (سبوتنيك)");
        assertEquals(JAN_14, d.date());
        assertEquals("14 يناير/كانون الثاني 2022", "موسكو، 14 يناير/كانون الثاني 2022 (سبوتنيك)".substring(d.start(), d.end()));
        assertEquals(JAN_14, date("14 يناير (كانون الثاني) 2022"));
        assertEquals(JAN_14, date("14 كانون الثاني/يناير 2022"));
    }

    @Test
    void twoDifferentMonthsAreNoDate() {
        assertNull(date("14 يناير/فبراير 2022"));
        assertNull(date("14 يناير"));
    }
}
