package org.marsad.web.feed;

import java.util.List;

/**
 * A feed read: its title (the outlet of items whose page does not name one), its language, and
 * its items in feed order.
 */
public record FeedDocument(String title, String language, List<FeedItem> items) {
}
