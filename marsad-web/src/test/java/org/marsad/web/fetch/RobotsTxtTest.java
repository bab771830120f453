package org.marsad.web.fetch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class RobotsTxtTest {

    @Test
    void groupNamingTheCrawlerWinsOverTheStarGroup() {
        RobotsTxt robots = RobotsTxt.parse("""
                User-agent: *
                Disallow: /

                User-agent: Marsad
                Disallow: /private/
                """, "marsad");
        assertTrue(robots.allows("/news/1.html"));
        assertFalse(robots.allows("/private/x"));
    }

    @Test
    void starGroupAppliesWhenNoGroupNamesTheCrawler() {
        RobotsTxt robots = RobotsTxt.parse("User-agent: googlebot\nDisallow: /\n\nUser-agent: *\nDisallow: /search\n",
                "marsad");
        assertTrue(robots.allows("/news"));
        assertFalse(robots.allows("/search?q=x"));
    }

    @Test
    void consecutiveUserAgentLinesShareOneGroup() {
        RobotsTxt robots = RobotsTxt.parse("User-agent: other\nUser-agent: marsad\nDisallow: /a\n", "marsad");
        assertFalse(robots.allows("/a/b"));
    }

    @Test
    void longestMatchingRuleWinsAndAllowWinsATie() {
        RobotsTxt robots = RobotsTxt.parse("""
                User-agent: *
                Disallow: /news/
                Allow: /news/politics/
                Disallow: /same
                Allow: /same
                """, "marsad");
        assertFalse(robots.allows("/news/sport/1"));
        assertTrue(robots.allows("/news/politics/1"));
        assertTrue(robots.allows("/same"));
    }

    @Test
    void wildcardsAndEndAnchorMatchAsTheRfcSays() {
        RobotsTxt robots = RobotsTxt.parse("User-agent: *\nDisallow: /*.pdf$\nDisallow: /*?print=\n", "marsad");
        assertFalse(robots.allows("/files/report.pdf"));
        assertTrue(robots.allows("/files/report.pdf.html"));
        assertFalse(robots.allows("/a/b?print=1"));
        assertTrue(robots.allows("/a/b?page=1"));
    }

    @Test
    void emptyDisallowCommentsAndUnknownLinesAllowEverything() {
        RobotsTxt robots = RobotsTxt.parse("# hello\nUser-agent: *  # all\nDisallow:\nSitemap: /s.xml\nnonsense\n",
                "marsad");
        assertTrue(robots.allows("/anything"));
        assertNull(robots.crawlDelay());
    }

    @Test
    void crawlDelayOfTheChosenGroupIsKept() {
        RobotsTxt robots = RobotsTxt.parse("User-agent: *\nCrawl-delay: 2.5\n\nUser-agent: marsad\nCrawl-delay: 7\n",
                "marsad");
        assertEquals(Duration.ofSeconds(7), robots.crawlDelay());
    }

    @Test
    void robotsTxtItselfIsAlwaysAllowed() {
        assertTrue(RobotsTxt.DISALLOW_ALL.allows("/robots.txt"));
        assertFalse(RobotsTxt.DISALLOW_ALL.allows("/"));
        assertTrue(RobotsTxt.ALLOW_ALL.allows("/x"));
    }
}
