package org.marsad.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class SearchRequestTest {
    @Test
    void overlongQueryIsRejectedWithItsLength() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> SearchRequest.of("ب".repeat(SearchRequest.MAX_QUERY_CHARS + 1)));
        assertEquals("query is 513 characters long; the limit is 512", e.getMessage());
    }

    @Test
    void invertedDateRangeIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> SearchRequest.builder()
                .from(LocalDate.of(2015, 8, 2)).to(LocalDate.of(2015, 8, 1)).build());
    }

    @Test
    void pageOutsideTheLimitsIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> SearchRequest.builder().limit(0).build());
        assertThrows(IllegalArgumentException.class, () -> SearchRequest.builder().limit(SearchRequest.MAX_LIMIT + 1).build());
        assertThrows(IllegalArgumentException.class, () -> SearchRequest.builder().offset(-1).build());
        assertThrows(IllegalArgumentException.class, () -> SearchRequest.builder().offset(Integer.MAX_VALUE).build());
    }

    @Test
    void defaultsAreTheFirstTenByRelevance() {
        SearchRequest request = SearchRequest.of("  الحكومة ");
        assertEquals("الحكومة", request.query());
        assertEquals(0, request.offset());
        assertEquals(10, request.limit());
        assertEquals(SearchRequest.Order.RELEVANCE, request.order());
    }
}
