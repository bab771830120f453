package org.marsad.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DateFieldTest {

    private static final LocalDate DAY = LocalDate.of(2015, 7, 21);

    @Test
    void readsTheFormatsRecordsUse() {
        assertEquals(DAY, DateField.parse("2015-07-21 12:32:07"));
        assertEquals(DAY, DateField.parse("2015-07-21"));
        assertEquals(DAY, DateField.parse(" 2015-07-21T12:32:07Z "));
        assertEquals(DAY, DateField.parse("2015-07-21T12:32:07.123+03:00"));
        assertEquals(DAY, DateField.parse("2015/07/21"));
        assertEquals(DAY, DateField.parse("2015-7-21"));
        assertEquals(DAY, DateField.parse("21/07/2015"));
        assertEquals(DAY, DateField.parse("Tue, 21 Jul 2015 12:32:07 GMT"));
        assertEquals(DAY, DateField.parse("1437482000"));
        assertEquals(DAY, DateField.parse("1437482000000"));
    }

    @Test
    void keepsTheDayTheRecordStatesWhateverItsZone() {
        assertEquals(DAY, DateField.parse("2015-07-21T23:30:00+03:00"));
    }

    @Test
    void refusesWhatItCannotReadWithoutGuessing() {
        assertNull(DateField.parse("07/08/2015")); // July 8th or 7 August?
        assertNull(DateField.parse("منذ ساعتين"));
        assertNull(DateField.parse("2015-13-01"));
        assertNull(DateField.parse("2015-02-30"));
        assertNull(DateField.parse("20150721"));
        assertNull(DateField.parse(""));
        assertNull(DateField.parse(null));
    }
}
