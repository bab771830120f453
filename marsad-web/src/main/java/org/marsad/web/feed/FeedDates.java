package org.marsad.web.feed;

import java.io.ByteArrayInputStream;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The UTC offset each feed item's date was written with. Rome parses a date to an instant and
 * drops the offset, but the day an article appeared is the day on the publisher's clock: an item
 * of {@code Tue, 08 Dec 2026 01:30:00 +0300} was published on the 8th, which is the 7th in UTC,
 * and "today" in its text means the 8th. So the items' date elements are read once more, in
 * document order, for their offsets alone.
 */
final class FeedDates {
    /** Item and entry elements, whatever the feed's flavour or namespace. */
    private static final List<String> ITEMS = List.of("item", "entry");
    /** Date elements, publication first: RSS, Dublin Core, Atom 1.0 and 0.3. */
    private static final List<String> PUBLISHED = List.of("pubDate", "date", "published", "issued");
    private static final List<String> UPDATED = List.of("updated", "modified");
    private static final Pattern NUMERIC = Pattern.compile("([+-])(\\d{2}):?(\\d{2})\\s*$");
    private static final Pattern NAMED = Pattern.compile("(?:\\d|\\s)([A-Za-z]{1,3})\\s*$");
    /** RFC 822's zone names; military letters other than Z are too ambiguous to trust. */
    private static final Map<String, Integer> NAMED_HOURS = Map.ofEntries(Map.entry("Z", 0), Map.entry("UT", 0),
            Map.entry("GMT", 0), Map.entry("UTC", 0), Map.entry("EST", -5), Map.entry("EDT", -4),
            Map.entry("CST", -6), Map.entry("CDT", -5), Map.entry("MST", -7), Map.entry("MDT", -6),
            Map.entry("PST", -8), Map.entry("PDT", -7));

    private FeedDates() {
    }

    /**
     * The offset of each item's date, in document order: its publication date's, else its update
     * date's; null where it has neither or its zone is unknown. Empty when the XML cannot be read.
     */
    static List<ZoneOffset> offsets(byte[] feed) {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        List<ZoneOffset> out = new ArrayList<>();
        try {
            XMLStreamReader r = factory.createXMLStreamReader(new ByteArrayInputStream(feed));
            int depth = 0;
            int itemDepth = -1;
            String published = null;
            String updated = null;
            while (r.hasNext()) {
                int event = r.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    depth++;
                    String name = r.getLocalName();
                    if (itemDepth < 0 && ITEMS.contains(name)) {
                        itemDepth = depth;
                        published = null;
                        updated = null;
                    } else if (itemDepth > 0 && depth == itemDepth + 1) {
                        if (published == null && PUBLISHED.contains(name)) {
                            published = r.getElementText();
                            depth--;
                        } else if (updated == null && UPDATED.contains(name)) {
                            updated = r.getElementText();
                            depth--;
                        }
                    }
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    if (depth == itemDepth) {
                        out.add(offset(published != null ? published : updated));
                        itemDepth = -1;
                    }
                    depth--;
                }
            }
        } catch (XMLStreamException | RuntimeException e) {
            return List.of();
        }
        return out;
    }

    /** The zone at the end of a date as feeds write it, or null. */
    static ZoneOffset offset(String date) {
        if (date == null) {
            return null;
        }
        String d = date.strip();
        Matcher m = NUMERIC.matcher(d);
        if (m.find()) {
            int hours = Integer.parseInt(m.group(2));
            int minutes = Integer.parseInt(m.group(3));
            if (hours > 18 || minutes > 59) {
                return null;
            }
            int sign = m.group(1).equals("-") ? -1 : 1;
            return ZoneOffset.ofHoursMinutes(sign * hours, sign * minutes);
        }
        m = NAMED.matcher(d);
        if (m.find()) {
            Integer hours = NAMED_HOURS.get(m.group(1).toUpperCase(Locale.ROOT));
            return hours == null ? null : ZoneOffset.ofHours(hours);
        }
        return null;
    }
}
