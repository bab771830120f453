package org.marsad.web.html.meta;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;

class DateReaderTest {

    @Test
    void isoDateTimeWithOffsetGivesDateAndInstant() {
        DateReader.Found f = DateReader.read("2019-08-02T10:15:00+0200");
        assertEquals(LocalDate.of(2019, 8, 2), f.date());
        assertEquals(OffsetDateTime.parse("2019-08-02T10:15:00+02:00"), f.instant());
    }

    @Test
    void dateWithoutOffsetHasNoInstant() {
        DateReader.Found f = DateReader.read("2019-08-02 10:15");
        assertEquals(LocalDate.of(2019, 8, 2), f.date());
        assertNull(f.instant());
    }

    @Test
    void impossibleDatesAreRefused() {
        assertNull(DateReader.read("2019-13-40"));
        assertNull(DateReader.read("1066-10-14"));
        assertNull(DateReader.read("yesterday"));
    }

    @Test
    void urlDatesAreRead() {
        assertEquals(LocalDate.of(2020, 1, 27), DateReader.fromUrl("https://a.example/news/2020/01/27/title"));
        assertNull(DateReader.fromUrl("https://a.example/news/title-2020"));
    }
}
