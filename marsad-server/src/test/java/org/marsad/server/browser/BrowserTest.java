package org.marsad.server.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.marsad.server.Http;
import org.marsad.server.SampleCorpus;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The UI in a real browser: Debian's chromium, headless, through its chromedriver, both named by
 * path ({@code marsad.chromium}, {@code marsad.chromedriver}) so Selenium never looks for or
 * downloads one. Skipped where chromium is not installed; CI installs it. Every page visited is
 * saved as a screenshot under {@code target/screenshots}.
 */
class BrowserTest {
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static ChromeDriver browser;
    private static WebDriverWait wait;

    @BeforeAll
    static void openBrowser() throws Exception {
        String chromium = System.getProperty("marsad.chromium", "/usr/bin/chromium");
        String driver = System.getProperty("marsad.chromedriver", "/usr/bin/chromedriver");
        assumeTrue(Files.isExecutable(Path.of(chromium)) && Files.isExecutable(Path.of(driver)),
                "chromium and chromedriver are not installed");
        // Selenium Manager would otherwise look for browsers and drivers, on the network if need be
        System.setProperty("webdriver.chrome.driver", driver);
        ChromeOptions options = new ChromeOptions().setBinary(chromium)
                .addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                        "--window-size=1280,1000", "--lang=ar", "--no-first-run", "--disable-extensions");
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(new File(driver))
                .usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
        wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        Files.createDirectories(SCREENSHOTS);
    }

    @AfterAll
    static void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    private static void open(String path) {
        browser.get(Http.uri(path).toString());
        wait.until(ExpectedConditions.presenceOfElementLocated(By.tagName("h1")));
    }

    private static void screenshot(String name) throws Exception {
        Files.write(SCREENSHOTS.resolve(name + ".png"), browser.getScreenshotAs(OutputType.BYTES));
    }

    private static JsonNode api(String path) throws Exception {
        return Http.json(Http.get(path));
    }

    private static JsonNode sampleStory() throws Exception {
        String story = api("/api/search?q=" + Http.encode("بيسكوف")).path("hits").get(0).path("story").asText();
        return api("/api/stories/" + Http.encode(story));
    }

    @Test
    void homePageListsTheLatestStoriesRightToLeft() throws Exception {
        open("/");
        assertEquals("rtl", browser.findElement(By.tagName("html")).getAttribute("dir"));
        assertFalse(browser.findElements(By.cssSelector("li.story-item a")).isEmpty());
        screenshot("home");
    }

    @Test
    void storyTimelineShowsTheSampleStorysDatedEntries() throws Exception {
        JsonNode story = sampleStory();
        open("/stories/" + Http.encode(story.path("id").asText()));
        List<WebElement> entries = browser.findElements(By.cssSelector("li.timeline-entry"));
        assertEquals(story.path("timeline").size(), entries.size());
        for (int i = 0; i < entries.size(); i++) {
            JsonNode entry = story.path("timeline").get(i);
            assertEquals(entry.path("date").asText(), entries.get(i).findElement(By.cssSelector(".entry-date")).getText());
            if (!entry.path("start").isNull()) {
                assertEquals(entry.path("start").asText(), entries.get(i).getAttribute("data-start"));
            }
        }
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#timeline-chart canvas")));
        screenshot("story");
        browser.manage().window().setSize(new Dimension(390, 844));
        try {
            browser.navigate().refresh();
            wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#timeline-chart canvas")));
            screenshot("story-phone");
        } finally {
            browser.manage().window().setSize(new Dimension(1280, 1000));
        }
    }

    @Test
    void clickingATimelineEntryOpensItsCitedSentenceHighlighted() throws Exception {
        JsonNode story = sampleStory();
        JsonNode source = story.path("timeline").get(0).path("sources").get(0);
        String text = api("/api/articles/" + Http.encode(source.path("article").asText())).path("article")
                .path("text").asText();
        String sentence = text.substring(source.path("start").asInt(), source.path("end").asInt());
        open("/stories/" + Http.encode(story.path("id").asText()));
        browser.findElement(By.cssSelector("li.timeline-entry a.source")).click();
        wait.until(ExpectedConditions.urlContains("/articles/"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("cited")));
        StringBuilder cited = new StringBuilder();
        for (WebElement run : browser.findElements(By.cssSelector(".article-text .cited"))) {
            cited.append(run.getAttribute("textContent"));
        }
        assertEquals(sentence, cited.toString());
        screenshot("article-cited");
    }

    @Test
    void searchingForPeskovListsTheThreeArticles() throws Exception {
        open("/");
        WebElement box = browser.findElement(By.cssSelector("form.search-box input[name=q]"));
        box.sendKeys("بيسكوف", Keys.ENTER);
        wait.until(ExpectedConditions.urlContains("/search"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("ol.hits")));
        List<WebElement> hits = browser.findElements(By.cssSelector("li.hit"));
        assertEquals(3, hits.size());
        for (WebElement hit : hits) {
            assertFalse(hit.findElements(By.tagName("mark")).isEmpty(), "each snippet marks the name");
        }
        assertFalse(browser.findElements(By.cssSelector("aside.facets section.facet")).isEmpty());
        screenshot("search");
    }

    @Test
    void entityPageShowsNamesLatinNameAndQuotes() throws Exception {
        String speaker = api("/api/quotes?speaker=" + Http.encode("بيسكوف")).path("items").get(0)
                .path("speaker_entity").asText();
        open("/entities/" + Http.encode(speaker));
        assertTrue(browser.findElement(By.cssSelector("h1 .latin")).getText().toLowerCase().contains("eskov"));
        assertFalse(browser.findElements(By.cssSelector("#timeline-entries li")).isEmpty());
        screenshot("entity");
    }

    @Test
    void hostileArticleRendersInert() throws Exception {
        String id = api("/api/search?q=" + Http.encode("اضغط")).path("hits").get(0).path("id").asText();
        open("/articles/" + Http.encode(id));
        assertThrows(NoAlertPresentException.class, () -> browser.switchTo().alert());
        assertFalse(browser.getTitle().contains("pwned"), "no script ran");
        assertTrue(browser.findElements(By.cssSelector(".article-text img, .article-text script")).isEmpty());
        assertTrue(browser.findElements(By.cssSelector("a[href^='javascript'], [onerror]")).isEmpty());
        assertTrue(browser.findElement(By.cssSelector(".article-text")).getText().contains("<script>"),
                "the markup is shown as text");
        screenshot("article-hostile");
    }
}
