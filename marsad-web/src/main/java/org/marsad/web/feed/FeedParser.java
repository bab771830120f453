package org.marsad.web.feed;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndPerson;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

/**
 * Reads RSS (0.9x, 1.0, 2.0) and Atom with Rome into {@link FeedDocument}, so nothing past this
 * class knows Rome's types. Rome finds the encoding (BOM, XML declaration) and refuses DOCTYPEs,
 * which keeps external entities out.
 */
public final class FeedParser {

    /** A feed that cannot be read, with Rome's reason. */
    public static final class Unreadable extends Exception {
        Unreadable(String message, Throwable cause) {
            super(message, cause);
        }
    }

    private FeedParser() {
    }

    public static FeedDocument parse(byte[] bytes) throws Unreadable {
        SyndFeed feed;
        try {
            feed = new SyndFeedInput().build(new XmlReader(new ByteArrayInputStream(bytes)));
        } catch (FeedException | IOException | IllegalArgumentException e) {
            String reason = e.getMessage() == null ? e.toString() : e.getMessage();
            throw new Unreadable("not a readable RSS or Atom feed: " + reason, e);
        }
        List<SyndEntry> entries = feed.getEntries();
        List<ZoneOffset> offsets = FeedDates.offsets(bytes);
        List<FeedItem> items = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            ZoneOffset offset = offsets.size() == entries.size() ? offsets.get(i) : null;
            items.add(item(entries.get(i), offset != null ? offset : ZoneOffset.UTC));
        }
        return new FeedDocument(blankToNull(feed.getTitle()), blankToNull(feed.getLanguage()), items);
    }

    /** An item, its date's day taken on the publisher's clock ({@code offset}). */
    private static FeedItem item(SyndEntry entry, ZoneOffset offset) {
        String link = blankToNull(entry.getLink());
        String key = blankToNull(entry.getUri());
        if (key == null) {
            key = link;
        }
        Date date = entry.getPublishedDate() != null ? entry.getPublishedDate() : entry.getUpdatedDate();
        LocalDate published = date == null ? null : date.toInstant().atOffset(offset).toLocalDate();
        return new FeedItem(key, link, blankToNull(entry.getTitle()), author(entry), published,
                content(entry.getContents()), entry.getDescription() == null ? null
                        : blankToNull(entry.getDescription().getValue()));
    }

    private static String author(SyndEntry entry) {
        List<String> names = new ArrayList<>();
        for (SyndPerson person : entry.getAuthors()) {
            if (person.getName() != null && !person.getName().isBlank()) {
                names.add(person.getName().strip());
            }
        }
        if (names.isEmpty()) {
            return blankToNull(entry.getAuthor());
        }
        return String.join("، ", names);
    }

    private static String content(List<SyndContent> contents) {
        StringBuilder html = new StringBuilder();
        for (SyndContent content : contents) {
            if (content.getValue() != null) {
                html.append(content.getValue()).append('\n');
            }
        }
        return blankToNull(html.toString());
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
