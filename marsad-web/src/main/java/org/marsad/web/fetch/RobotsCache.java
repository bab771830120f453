package org.marsad.web.fetch;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/**
 * Each site's robots.txt, fetched once and kept: a day when it was read (or absent: a 4xx allows
 * all), and only {@link FetchSettings#robotsFailure} when it failed, since a 5xx or no answer
 * means disallow-all for now, not for ever.
 */
final class RobotsCache {

    private static final Duration KEEP = Duration.ofHours(24);

    private record Entry(RobotsTxt robots, long expires) {
    }

    private final FetchSettings settings;
    private final Ticker ticker;
    private final Map<String, Entry> bySite = new HashMap<>();

    RobotsCache(FetchSettings settings, Ticker ticker) {
        this.settings = settings;
        this.ticker = ticker;
    }

    /** The rules for the site of {@code uri}; {@code load} fetches its robots.txt when needed. */
    synchronized RobotsTxt rulesFor(URI uri, Loader load) throws InterruptedException {
        String site = site(uri);
        Entry entry = bySite.get(site);
        long now = ticker.nanos();
        if (entry != null && now < entry.expires) {
            return entry.robots;
        }
        RobotsTxt robots;
        Duration keep = KEEP;
        try {
            HttpResponse<byte[]> response = load.get(URI.create(site + "/robots.txt"));
            int status = response.statusCode();
            if (status >= 200 && status < 300) {
                robots = RobotsTxt.parse(new String(response.body(), StandardCharsets.UTF_8), settings.robotsToken());
            } else if (status >= 400 && status < 500) {
                robots = RobotsTxt.ALLOW_ALL;
            } else {
                robots = RobotsTxt.unavailable("HTTP " + status);
                keep = settings.robotsFailure();
            }
        } catch (IOException e) {
            robots = RobotsTxt.unavailable(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
            keep = settings.robotsFailure();
        }
        bySite.put(site, new Entry(robots, now + keep.toNanos()));
        return robots;
    }

    static String site(URI uri) {
        return uri.getScheme().toLowerCase(java.util.Locale.ROOT) + "://" + uri.getRawAuthority();
    }

    /** Fetches a robots.txt (paced like any request to the host). */
    interface Loader {
        HttpResponse<byte[]> get(URI robots) throws IOException, InterruptedException;
    }
}
