package org.marsad.web.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class FeedDatesTest {
    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void offsetsAreReadAsFeedsWriteThem() {
        assertEquals(ZoneOffset.ofHours(3), FeedDates.offset("Tue, 08 Dec 2026 01:30:00 +0300"));
        assertEquals(ZoneOffset.ofHoursMinutes(-3, -30), FeedDates.offset("2026-12-08T01:30:00-03:30"));
        assertEquals(ZoneOffset.UTC, FeedDates.offset("2026-12-08T01:30:00Z"));
        assertEquals(ZoneOffset.UTC, FeedDates.offset("Tue, 08 Dec 2026 01:30:00 GMT"));
        assertEquals(ZoneOffset.ofHours(-5), FeedDates.offset("Tue, 08 Dec 2026 01:30:00 EST"));
        assertNull(FeedDates.offset("2026-12-08"), "a day alone has no zone");
        assertNull(FeedDates.offset("2026-12-08T01:30:00"));
        assertNull(FeedDates.offset("Tue, 08 Dec 2026 01:30:00 XYZ"));
        assertNull(FeedDates.offset(null));
    }

    @Test
    void eachItemGetsItsOwnDatesOffsetInDocumentOrder() {
        String rss = "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>t</title>"
                + "<lastBuildDate>Tue, 08 Dec 2026 09:00:00 +0100</lastBuildDate>"
                + "<item><title>a</title><pubDate>Tue, 08 Dec 2026 01:30:00 +0300</pubDate></item>"
                + "<item><title>b</title></item>"
                + "<item><title>c</title><pubDate>Mon, 07 Dec 2026 22:00:00 GMT</pubDate></item>"
                + "</channel></rss>";
        assertEquals(Arrays.asList(ZoneOffset.ofHours(3), null, ZoneOffset.UTC), FeedDates.offsets(utf8(rss)));
    }

    @Test
    void atomEntriesPreferPublishedAndIgnoreTheirSourcesDates() {
        String atom = "<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>t</title><updated>2026-12-08T00:00:00Z</updated>"
                + "<entry><title>a</title><source><updated>2026-12-01T00:00:00-08:00</updated></source>"
                + "<updated>2026-12-08T05:00:00+04:00</updated><published>2026-12-08T01:00:00+02:00</published></entry>"
                + "</feed>";
        assertEquals(List.of(ZoneOffset.ofHours(2)), FeedDates.offsets(utf8(atom)));
    }

    @Test
    void unreadableXmlGivesNoOffsets() {
        assertEquals(List.of(), FeedDates.offsets(utf8("<rss><channel><item>")));
    }

    @Test
    void anItemPublishedAfterMidnightOnThePublishersClockKeepsThatDay() throws FeedParser.Unreadable {
        String rss = "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>t</title>"
                + "<item><title>a</title><guid>1</guid><pubDate>Tue, 08 Dec 2026 01:30:00 +0300</pubDate></item>"
                + "<item><title>b</title><guid>2</guid><pubDate>Tue, 08 Dec 2026 01:30:00 GMT</pubDate></item>"
                + "</channel></rss>";
        List<FeedItem> items = FeedParser.parse(utf8(rss)).items();
        assertEquals(LocalDate.of(2026, 12, 8), items.get(0).published(), "the 7th in UTC, the 8th in Riyadh");
        assertEquals(LocalDate.of(2026, 12, 8), items.get(1).published());
    }
}
