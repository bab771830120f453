package org.marsad.web.fetch;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * One site's robots.txt as it applies to one crawler, read as RFC 9309 says: the groups whose
 * {@code User-agent} names the crawler's token (else the {@code *} groups) give the rules; the
 * longest matching {@code Allow}/{@code Disallow} path wins, {@code Allow} on a tie; {@code *}
 * matches any characters and a final {@code $} anchors the end. {@code Crawl-delay}, outside the
 * RFC but widely used, is kept for the rate limit.
 */
public final class RobotsTxt {

    /** No robots.txt (a 4xx): everything may be fetched. */
    public static final RobotsTxt ALLOW_ALL = new RobotsTxt(List.of(), null, null);
    /** Everything disallowed. */
    public static final RobotsTxt DISALLOW_ALL = new RobotsTxt(List.of(new Rule("/", false)), null, null);

    private record Rule(String path, boolean allow, Pattern pattern) {
        Rule(String path, boolean allow) {
            this(path, allow, compile(path));
        }

        private static Pattern compile(String path) {
            boolean anchored = path.endsWith("$");
            String body = anchored ? path.substring(0, path.length() - 1) : path;
            StringBuilder regex = new StringBuilder();
            String[] parts = body.split("\\*", -1);
            for (int i = 0; i < parts.length; i++) {
                regex.append(i > 0 ? ".*" : "").append(Pattern.quote(parts[i]));
            }
            return Pattern.compile(regex + (anchored ? "" : ".*"), Pattern.DOTALL);
        }
    }

    private final List<Rule> rules;
    private final Duration crawlDelay;
    private final String unavailable;

    private RobotsTxt(List<Rule> rules, Duration crawlDelay, String unavailable) {
        this.rules = rules;
        this.crawlDelay = crawlDelay;
        this.unavailable = unavailable;
    }

    /**
     * A robots.txt that could not be read (a 5xx, no answer): RFC 9309 asks crawlers to assume
     * complete disallow.
     *
     * @param why what went wrong, for the message of every page refused
     */
    public static RobotsTxt unavailable(String why) {
        return new RobotsTxt(DISALLOW_ALL.rules, null, why);
    }

    /** Why robots.txt could not be read, when everything is refused for that; else null. */
    public String unavailable() {
        return unavailable;
    }

    /** The rules of {@code text} for the crawler called {@code token} (matched without case). */
    public static RobotsTxt parse(String text, String token) {
        String agent = token.toLowerCase(Locale.ROOT);
        List<Rule> mine = new ArrayList<>();
        List<Rule> anyone = new ArrayList<>();
        Duration[] delays = new Duration[2];
        boolean named = false;
        boolean groupIsMine = false;
        boolean groupIsAnyone = false;
        boolean inAgents = false;
        for (String raw : text.split("\r\n|\r|\n")) {
            int hash = raw.indexOf('#');
            String line = (hash >= 0 ? raw.substring(0, hash) : raw).strip();
            int colon = line.indexOf(':');
            if (colon < 0) {
                continue;
            }
            String key = line.substring(0, colon).strip().toLowerCase(Locale.ROOT);
            String value = line.substring(colon + 1).strip();
            if (key.equals("user-agent")) {
                if (!inAgents) {
                    groupIsMine = false;
                    groupIsAnyone = false;
                }
                inAgents = true;
                String name = value.toLowerCase(Locale.ROOT);
                if (name.equals("*")) {
                    groupIsAnyone = true;
                } else if (name.equals(agent)) {
                    groupIsMine = true;
                    named = true;
                }
                continue;
            }
            inAgents = false;
            List<Rule> target = groupIsMine ? mine : groupIsAnyone ? anyone : null;
            if (target == null) {
                continue;
            }
            int slot = groupIsMine ? 0 : 1;
            switch (key) {
                case "allow", "disallow" -> {
                    if (!value.isEmpty()) { // an empty Disallow allows everything: no rule
                        target.add(new Rule(value, key.equals("allow")));
                    }
                }
                case "crawl-delay" -> delays[slot] = seconds(value);
                default -> { } // Sitemap and extensions say nothing about fetching
            }
        }
        return named ? new RobotsTxt(List.copyOf(mine), delays[0], null)
                : new RobotsTxt(List.copyOf(anyone), delays[1], null);
    }

    /** Whether the path (with its query) may be fetched. robots.txt itself always may. */
    public boolean allows(String pathAndQuery) {
        String path = pathAndQuery == null || pathAndQuery.isEmpty() ? "/" : pathAndQuery;
        if (path.equals("/robots.txt")) {
            return true;
        }
        Rule best = null;
        for (Rule rule : rules) {
            if (rule.pattern.matcher(path).matches() && (best == null || rule.path.length() > best.path.length()
                    || rule.path.length() == best.path.length() && rule.allow)) {
                best = rule;
            }
        }
        return best == null || best.allow;
    }

    /** The Crawl-delay asked of this crawler, or null when none is given. */
    public Duration crawlDelay() {
        return crawlDelay;
    }

    private static Duration seconds(String value) {
        try {
            double s = Double.parseDouble(value);
            return s > 0 && Double.isFinite(s) ? Duration.ofMillis((long) (s * 1000)) : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
