package org.marsad.web.fetch;

import java.time.Duration;
import java.util.Objects;

/**
 * How politely and how patiently the fetcher works.
 *
 * @param userAgent      the User-Agent header; its first word ({@code marsad}) is the token
 *                       robots.txt groups are matched against
 * @param connectTimeout the longest wait for a connection
 * @param readTimeout    the longest wait for a whole answer, headers and body
 * @param maxBytes       the largest body read; past it the transfer is stopped
 * @param maxRetries     tries after the first on 429, 5xx and network errors
 * @param minInterval    the least time between two requests to one host (a robots.txt
 *                       Crawl-delay that asks for more wins)
 * @param firstBackoff   the wait before the first retry; it doubles on each further one
 * @param maxBackoff     the longest back-off wait, and the longest Crawl-delay honoured
 * @param maxRetryAfter  the longest Retry-After honoured; a server asking for more is given up on
 * @param maxRedirects   redirects followed before giving up
 * @param robotsFailure  how long a host whose robots.txt answered 5xx (or not at all) is left alone
 */
public record FetchSettings(String userAgent, Duration connectTimeout, Duration readTimeout, long maxBytes,
        int maxRetries, Duration minInterval, Duration firstBackoff, Duration maxBackoff, Duration maxRetryAfter,
        int maxRedirects, Duration robotsFailure) {

    /** Names marsad and says what it is, so a site's operator knows who is asking. */
    public static final String USER_AGENT = "marsad/0.1 (Arabic news observatory; honours robots.txt)";

    public FetchSettings {
        Objects.requireNonNull(userAgent);
        if (maxBytes < 1 || maxRetries < 0 || maxRedirects < 0) {
            throw new IllegalArgumentException("maxBytes must be positive, retries and redirects not negative");
        }
    }

    /**
     * One request a second to a host (a common crawler's courtesy), three retries from 1 s
     * doubling to at most 60 s, five redirects as browsers allow about twenty and news sites
     * rarely chain more than two or three.
     */
    public static FetchSettings defaults() {
        return new FetchSettings(USER_AGENT, Duration.ofSeconds(10), Duration.ofSeconds(30), 10L << 20, 3,
                Duration.ofSeconds(1), Duration.ofSeconds(1), Duration.ofSeconds(60), Duration.ofSeconds(120), 5,
                Duration.ofMinutes(30));
    }

    public FetchSettings withMaxBytes(long bytes) {
        return new FetchSettings(userAgent, connectTimeout, readTimeout, bytes, maxRetries, minInterval,
                firstBackoff, maxBackoff, maxRetryAfter, maxRedirects, robotsFailure);
    }

    public FetchSettings withTimeouts(Duration connect, Duration read) {
        return new FetchSettings(userAgent, connect, read, maxBytes, maxRetries, minInterval, firstBackoff,
                maxBackoff, maxRetryAfter, maxRedirects, robotsFailure);
    }

    public FetchSettings withMaxRetries(int retries) {
        return new FetchSettings(userAgent, connectTimeout, readTimeout, maxBytes, retries, minInterval,
                firstBackoff, maxBackoff, maxRetryAfter, maxRedirects, robotsFailure);
    }

    public FetchSettings withMinInterval(Duration interval) {
        return new FetchSettings(userAgent, connectTimeout, readTimeout, maxBytes, maxRetries, interval,
                firstBackoff, maxBackoff, maxRetryAfter, maxRedirects, robotsFailure);
    }

    /** The token robots.txt user-agent lines are matched against: the User-Agent's product name. */
    public String robotsToken() {
        int end = 0;
        while (end < userAgent.length() && userAgent.charAt(end) != '/' && userAgent.charAt(end) != ' ') {
            end++;
        }
        return userAgent.substring(0, end);
    }
}
