package org.marsad.web.fetch;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Locale;
import java.util.Random;
import java.util.Set;

/**
 * Fetches web pages and feeds the way a site's operator would wish: robots.txt read and obeyed
 * per site, at most one request per host per interval (or the site's Crawl-delay), bounded
 * timeouts and size, retries with exponential back-off on 429, 5xx and network errors (honouring
 * Retry-After up to a bound), redirects followed by hand and checked hop by hop, and
 * conditional GET for feeds polled again. Every failure is a {@link FetchException} whose
 * message names the address.
 *
 * <p>Thread-safe; one instance should serve a whole run so that the pacing and the robots.txt
 * cache are shared.
 */
public final class PoliteFetcher {

    private static final Set<Integer> REDIRECTS = Set.of(301, 302, 303, 307, 308);

    private final FetchSettings settings;
    private final Ticker ticker;
    private final Transfer transfer;
    private final HostPacer pacer;
    private final RobotsCache robots;
    private final Backoff backoff;

    public PoliteFetcher(FetchSettings settings) {
        this(settings, Ticker.SYSTEM, new Random());
    }

    /** @param random the back-off's jitter (tests give a seeded one) */
    public PoliteFetcher(FetchSettings settings, Ticker ticker, Random random) {
        this.settings = settings;
        this.ticker = ticker;
        this.transfer = new Transfer(settings);
        this.pacer = new HostPacer(ticker);
        this.robots = new RobotsCache(settings, ticker);
        this.backoff = new Backoff(settings.firstBackoff(), settings.maxBackoff(), random);
    }

    public FetchSettings settings() {
        return settings;
    }

    public FetchedPage fetch(URI uri) throws FetchException, InterruptedException {
        return fetch(uri, Validators.NONE);
    }

    /**
     * Fetches {@code uri}, following redirects.
     *
     * @param validators what the last answer said to recognise it by; a 304 then comes back as
     *                   a page that is {@link FetchedPage#notModified()}
     */
    public FetchedPage fetch(URI uri, Validators validators) throws FetchException, InterruptedException {
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
            throw new FetchException(uri + ": not an http or https address", false);
        }
        URI current = uri;
        for (int hop = 0; ; hop++) {
            RobotsTxt rules = robots.rulesFor(current, this::robotsTxt);
            if (rules.unavailable() != null) {
                throw new FetchException(current + ": " + RobotsCache.site(current) + "/robots.txt could not be read ("
                        + rules.unavailable() + "); the site is left alone for "
                        + settings.robotsFailure().toMinutes() + " minutes", true);
            }
            if (!rules.allows(pathAndQuery(current))) {
                throw new FetchException(current + ": disallowed for marsad by " + RobotsCache.site(current)
                        + "/robots.txt", false);
            }
            HttpResponse<byte[]> response = withRetries(current, validators, interval(rules));
            int status = response.statusCode();
            if (REDIRECTS.contains(status)) {
                if (hop >= settings.maxRedirects()) {
                    throw new FetchException(uri + ": more than " + settings.maxRedirects() + " redirects", false);
                }
                current = redirectTarget(current, response);
                continue;
            }
            if (status == 304 || status >= 200 && status < 300) {
                Validators next = new Validators(response.headers().firstValue("ETag").orElse(null),
                        response.headers().firstValue("Last-Modified").orElse(null));
                return new FetchedPage(current, status, response.body(),
                        response.headers().firstValue("Content-Type").orElse(null), next);
            }
            boolean again = retryable(status);
            throw new FetchException(current + ": HTTP " + status
                    + (again ? " after " + (settings.maxRetries() + 1) + " tries" : ""), again);
        }
    }

    private HttpResponse<byte[]> withRetries(URI uri, Validators validators, Duration interval)
            throws FetchException, InterruptedException {
        for (int retry = 0; ; retry++) {
            pacer.await(host(uri), interval);
            HttpResponse<byte[]> response;
            try {
                response = transfer.get(uri, validators);
            } catch (CappedBody.TooLarge e) {
                throw new FetchException(uri + ": larger than the limit of " + settings.maxBytes() + " bytes ("
                        + e.getMessage() + "); raise it with --max-article-size", false);
            } catch (IOException e) {
                if (retry >= settings.maxRetries()) {
                    throw new FetchException(uri + ": " + describe(e) + (settings.maxRetries() > 0
                            ? " (after " + (retry + 1) + " tries)" : ""), true);
                }
                ticker.sleep(backoff.before(retry));
                continue;
            }
            if (!retryable(response.statusCode()) || retry >= settings.maxRetries()) {
                return response;
            }
            Duration asked = Backoff.retryAfter(response.headers(), System::currentTimeMillis);
            if (asked != null && asked.compareTo(settings.maxRetryAfter()) > 0) {
                throw new FetchException(uri + ": HTTP " + response.statusCode() + ", asked to retry after "
                        + asked.toSeconds() + " s, longer than the " + settings.maxRetryAfter().toSeconds()
                        + " s marsad waits", true);
            }
            ticker.sleep(asked != null ? asked : backoff.before(retry));
        }
    }

    /** robots.txt is fetched paced but unchecked and unretried: a failure is an answer in itself. */
    private HttpResponse<byte[]> robotsTxt(URI robotsUri) throws IOException, InterruptedException {
        URI current = robotsUri;
        for (int hop = 0; ; hop++) {
            pacer.await(host(current), settings.minInterval());
            HttpResponse<byte[]> response = transfer.get(current, Validators.NONE);
            if (!REDIRECTS.contains(response.statusCode()) || hop >= settings.maxRedirects()) {
                return response;
            }
            try {
                current = redirectTarget(current, response);
            } catch (FetchException e) {
                throw new IOException(e.getMessage());
            }
        }
    }

    private Duration interval(RobotsTxt rules) {
        Duration delay = rules.crawlDelay();
        if (delay == null) {
            return settings.minInterval();
        }
        Duration bounded = delay.compareTo(settings.maxBackoff()) > 0 ? settings.maxBackoff() : delay;
        return bounded.compareTo(settings.minInterval()) > 0 ? bounded : settings.minInterval();
    }

    private static URI redirectTarget(URI from, HttpResponse<byte[]> response) throws FetchException {
        String location = response.headers().firstValue("Location").orElse(null);
        if (location == null) {
            throw new FetchException(from + ": HTTP " + response.statusCode() + " redirect without a Location", false);
        }
        try {
            return from.resolve(location.strip());
        } catch (IllegalArgumentException e) {
            throw new FetchException(from + ": redirect to an invalid address: " + location, false);
        }
    }

    private static boolean retryable(int status) {
        return status == 429 || status == 500 || status == 502 || status == 503 || status == 504;
    }

    private static String host(URI uri) {
        return uri.getHost().toLowerCase(Locale.ROOT);
    }

    private static String pathAndQuery(URI uri) {
        String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
        return uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery();
    }

    private static String describe(IOException e) {
        String message = e.getMessage();
        String kind = e instanceof java.net.http.HttpTimeoutException ? "timed out"
                : e instanceof java.net.ConnectException ? "cannot connect" : e.getClass().getSimpleName();
        return message == null || message.isBlank() ? kind : kind + ": " + message;
    }
}
