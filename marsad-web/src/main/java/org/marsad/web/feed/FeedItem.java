package org.marsad.web.feed;

import java.time.LocalDate;

/**
 * One item of a feed, as the feed tells it.
 *
 * @param key       what names it for good: its guid (RSS) or id (Atom), else its link
 * @param link      the page it points to, or null
 * @param title     its title, or null
 * @param author    its author(s), or null
 * @param published its publication (else update) day, or null
 * @param content   its full content as HTML ({@code content:encoded}, Atom {@code content}), or null
 * @param summary   its description or summary as HTML, or null
 */
public record FeedItem(String key, String link, String title, String author, LocalDate published,
        String content, String summary) {
}
