package org.marsad.dating;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class UrlDateScoreTest {
    @Test
    void countsAgreementWithTheAddressDay() {
        LocalDate day = LocalDate.of(2015, 8, 2);
        UrlDateScore score = new UrlDateScore();
        score.add(day, day, true);
        score.add(day, day.minusDays(1), true);
        score.add(day, null, true);
        score.add(day, LocalDate.of(1990, 8, 2), false);
        assertEquals(4, score.articles());
        assertEquals(25.0, score.exactPercent(), 1e-9);
        assertEquals(1, score.undated());
        String report = score.report();
        assertTrue(report.contains("all            4     25.0%     50.0%     50.0%        1        1"), report);
        assertTrue(report.contains("inferred       3     33.3%     66.7%     66.7%        1        0"), report);
    }
}
