package org.marsad.server.ui;

import java.net.URI;
import java.net.URISyntaxException;

/** Which addresses from article data may become links: http and https only, never {@code javascript:} or {@code data:}. */
final class SafeLinks {
    private SafeLinks() {
    }

    static boolean isWebAddress(String url) {
        if (url == null || url.length() > 2048) {
            return false;
        }
        try {
            URI uri = new URI(url.strip());
            String scheme = uri.getScheme();
            return uri.getHost() != null && ("http".equalsIgnoreCase(scheme) || "https".equalsIgnoreCase(scheme));
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
