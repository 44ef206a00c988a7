package io.github.qbank.core.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import io.github.qbank.core.CheckListener;
import io.github.qbank.core.check.CheckResult;
import io.github.qbank.core.check.Qbank;
import io.github.qbank.core.check.QbankConfig;
import io.github.qbank.core.links.LinkSettings;

/**
 * Opens reports in a real browser (Debian's headless Chromium, which {@code .ci/run} installs):
 * the example bank's, to use the filters, the search and the grouping; and a generated bank's of
 * over a thousand findings on long Chinese lines, at 1,280 and 400 pixels, to check that every
 * finding stays inside the window and that the summary's links filter, in the URL too. Leaves
 * screenshots in {@code target/report-screenshots/}. Skipped, saying so, where no browser is
 * installed.
 */
class ReportBrowserTest {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    /** Where the screenshots go: {@code docs/} takes them from here. */
    private static final Path SHOTS = Path.of("target", "report-screenshots");

    @TempDir
    Path dir;

    private ChromeDriver browser;

    @BeforeEach
    void openBrowser() {
        assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "no browser: apt-get install chromium chromium-driver to run the report's browser test");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--hide-scrollbars", "--user-data-dir=" + dir.resolve("profile"), "--window-size=1280,1600");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void filtersAndSearchShowOnlyTheMatchingFindings() throws Exception {
        QbankConfig config = QbankConfig.builder(Path.of("examples")).includes(List.of("bank/**/*.md"))
                .outputDirectory(dir.resolve("report")).formats(List.of("html"))
                .links(LinkSettings.builder(null).skip("not in tests").build()).build();
        CheckResult result = new Qbank().check(config, CheckListener.silent());
        Reports.write(result, config);
        long numbering = result.findings().stream().filter(f -> f.rule().equals("numbering")).count();

        browser.get(dir.resolve("report/index.html").toUri().toString());
        assertEquals(result.findings().size(), visibleFindings().size());
        assertEquals("all " + result.findings().size(), browser.findElement(By.id("shown")).getText());
        WebElement source = browser.findElement(By.cssSelector("#groups article.finding pre.source"));
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(d -> source.findElements(By.cssSelector(".l")).size() > 1);
        shoot("report.png");

        new Select(browser.findElement(By.id("filter-rule"))).selectByVisibleText("numbering");
        List<WebElement> shown = visibleFindings();
        assertEquals(numbering, shown.size());
        shown.forEach(row -> assertEquals("numbering", row.getDomAttribute("data-rule")));
        assertEquals(numbering + " of " + result.findings().size(), browser.findElement(By.id("shown")).getText());

        new Select(browser.findElement(By.id("filter-rule"))).selectByIndex(0);
        browser.findElement(By.id("filter-search")).sendKeys("backslash");
        shown = visibleFindings();
        assertEquals(1, shown.size());
        assertEquals("missing-local-file", shown.get(0).getDomAttribute("data-rule"));
        assertEquals("#q=backslash", browser.executeScript("return location.hash"));

        browser.findElement(By.id("filter-search")).sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        assertEquals(result.findings().size(), visibleFindings().size());
        assertEquals("", browser.executeScript("return location.hash"));

        new Select(browser.findElement(By.id("group-by"))).selectByValue("file");
        List<String> groups = browser.findElements(By.cssSelector("#groups > details.group > summary .gname")).stream()
                .map(WebElement::getText).toList();
        assertEquals(result.findings().stream().map(f -> f.file()).distinct().toList(), groups, "grouped by file");
        assertEquals(result.findings().size(), visibleFindings().size());
        assertEquals("#group=file", browser.executeScript("return location.hash"));

        // an outline marker shows its finding, clearing the filters that hid it but keeping the grouping
        new Select(browser.findElement(By.id("filter-rule"))).selectByVisibleText("numbering");
        WebElement marker = browser.findElement(By.cssSelector("ul.outline a.marker.warning"));
        String target = marker.getDomAttribute("href").substring(1);
        browser.executeScript("arguments[0].scrollIntoView({block: 'center'})", marker);
        marker.click();
        WebElement card = browser.findElement(By.id(target));
        assertTrue(visibleFindings().contains(card), target + " is shown");
        assertTrue(card.getDomAttribute("class").contains("focus"), card.getDomAttribute("class"));
        assertEquals("all " + result.findings().size(), browser.findElement(By.id("shown")).getText());
        assertEquals("#group=file", browser.executeScript("return location.hash"));
    }

    @Test
    void aThousandFindingsOnLongChineseLinesStayInsideTheWindowAndFilterByLink() throws Exception {
        Path bank = GeneratedBank.write(dir.resolve("bank"), 10, 66);
        QbankConfig config = QbankConfig.builder(bank).outputDirectory(dir.resolve("report")).formats(List.of("html"))
                .links(LinkSettings.builder(null).skip("not in tests").build()).build();
        CheckResult result = new Qbank().check(config, CheckListener.silent());
        Reports.write(result, config);
        int total = result.findings().size();
        assertTrue(total >= 1_000, total + " findings");
        long numbering = result.findings().stream().filter(f -> f.rule().equals("numbering")).count();
        String page = dir.resolve("report/index.html").toUri().toString();

        for (int width : new int[] {1280, 400}) {
            browser.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                    Map.of("width", width, "height", 900, "deviceScaleFactor", 1, "mobile", false));
            browser.get(page);
            assertEquals((long) width, browser.executeScript("return window.innerWidth"));
            browser.findElement(By.id("expand-all")).click();
            assertEquals(total, visibleFindings().size(), "every finding shows once its group is open");
            assertEquals(List.of(), outsideTheWindow(), "at " + width + " px");
            assertEquals(Boolean.TRUE, browser.executeScript(
                    "return document.documentElement.scrollWidth <= document.documentElement.clientWidth"),
                    "the page does not scroll sideways at " + width + " px");
            WebElement first = browser.findElement(By.cssSelector("#groups article.finding pre.source"));
            // the script adds them to the findings near the window, as soon as the browser has laid them out
            new WebDriverWait(browser, Duration.ofSeconds(30)).until(d -> first.findElements(By.cssSelector(".l")).size() == 5);
            assertEquals(List.of(), outsideTheWindow(), "with the lines around each finding, at " + width + " px");
            browser.executeScript("window.scrollTo(0, document.getElementById('findings').offsetTop - 40)");
            shoot(width == 1280 ? "report-wide.png" : "report-narrow.png");
        }

        browser.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", 1280, "height", 900, "deviceScaleFactor", 1, "mobile", false));
        browser.get(page);
        browser.findElement(By.cssSelector("table.by-rule a.filter[href='#rule=numbering']")).click();
        assertOnlyNumbering(numbering, total);
        assertEquals("#rule=numbering", browser.executeScript("return location.hash"));

        browser.navigate().refresh();
        assertOnlyNumbering(numbering, total);

        String file = result.findings().get(0).file();
        long inFile = result.findings().stream().filter(f -> f.file().equals(file)).count();
        browser.executeScript("window.scrollTo(0, 0)");
        browser.findElement(By.cssSelector("table.by-file a.filter")).click();
        browser.navigate().refresh();
        assertEquals(file, new Select(browser.findElement(By.id("filter-file"))).getFirstSelectedOption().getText());
        assertEquals(inFile + " of " + total, browser.findElement(By.id("shown")).getText());
        assertEquals("", new Select(browser.findElement(By.id("filter-rule"))).getFirstSelectedOption()
                .getDomAttribute("value"), "a file link replaces the rule filter");
    }

    /**
     * The reference bank's report in Chinese ({@code qbank.locale=zh-CN}), at 1,280 and 400 pixels:
     * the page says it is Chinese, its words and findings fit the window, and the script's words are
     * Chinese too. Screenshots {@code report-zh-CN-wide.png} and {@code report-zh-CN-narrow.png}.
     */
    @Test
    void theChineseReportOfTheReferenceBankFitsTheWindow() throws Exception {
        Path bank = Path.of(System.getProperty("qbank.sharedDir", "../shared"), "corpus", "llm-interview");
        assumeTrue(Files.isRegularFile(bank.resolve("README.md")), "the reference bank is not at " + bank);
        QbankConfig config = QbankConfig.builder(bank).includes(List.of("README.md")).locale(Locale.SIMPLIFIED_CHINESE)
                .outputDirectory(dir.resolve("report")).formats(List.of("html"))
                .links(LinkSettings.builder(null).skip("not in tests").build()).build();
        CheckResult result = new Qbank().check(config, CheckListener.silent());
        Reports.write(result, config);
        int total = result.findings().size();
        String page = dir.resolve("report/index.html").toUri().toString();

        for (int width : new int[] {1280, 400}) {
            browser.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                    Map.of("width", width, "height", 1400, "deviceScaleFactor", 1, "mobile", false));
            browser.get(page);
            assertEquals("zh-CN", browser.findElement(By.tagName("html")).getDomAttribute("lang"));
            assertEquals("全部 " + total, browser.findElement(By.id("shown")).getText());
            assertEquals("问题", browser.findElement(By.cssSelector("nav.bar a[href='#findings']")).getText()
                    .replaceAll("\\s*\\d+$", ""));
            browser.findElement(By.id("expand-all")).click();
            assertEquals(total, visibleFindings().size());
            assertEquals(List.of(), outsideTheWindow(), "at " + width + " px");
            assertEquals(Boolean.TRUE, browser.executeScript(
                    "return document.documentElement.scrollWidth <= document.documentElement.clientWidth"),
                    "the page does not scroll sideways at " + width + " px");
            shoot(width == 1280 ? "report-zh-CN-wide.png" : "report-zh-CN-narrow.png");
        }
        new Select(browser.findElement(By.id("filter-rule"))).selectByVisibleText("numbering");
        long numbering = result.findings().stream().filter(f -> f.rule().equals("numbering")).count();
        assertEquals(numbering + " / " + total, browser.findElement(By.id("shown")).getText());
    }

    private void assertOnlyNumbering(long numbering, int total) {
        assertEquals("numbering", new Select(browser.findElement(By.id("filter-rule"))).getFirstSelectedOption().getText());
        assertEquals(numbering + " of " + total, browser.findElement(By.id("shown")).getText());
        List<WebElement> shown = visibleFindings();
        assertEquals(numbering, shown.size());
        shown.forEach(card -> assertEquals("numbering", card.getDomAttribute("data-rule")));
    }

    /** The message, values and source boxes of the shown findings that reach outside the window, measured at once. */
    @SuppressWarnings("unchecked")
    private List<String> outsideTheWindow() {
        return (List<String>) browser.executeScript("""
                var width = document.documentElement.clientWidth, out = [];
                document.querySelectorAll('#groups article.finding').forEach(function (card) {
                  if (!card.getClientRects().length) { return; }
                  card.querySelectorAll('.head, .msg, .values, pre.source').forEach(function (box) {
                    var r = box.getBoundingClientRect();
                    if (r.left < 0 || r.right > width) { out.push(card.id + ' ' + box.className + ' ' + r.left + '..' + r.right); }
                  });
                });
                return out.slice(0, 10);""");
    }

    /** The findings a reader sees: not filtered out and in an open group. */
    @SuppressWarnings("unchecked")
    private List<WebElement> visibleFindings() {
        return (List<WebElement>) browser.executeScript("return Array.prototype.filter.call("
                + "document.querySelectorAll('#groups article.finding'), function (c) { return c.getClientRects().length > 0; })");
    }

    private void shoot(String name) throws Exception {
        File shot = browser.getScreenshotAs(OutputType.FILE);
        Files.createDirectories(SHOTS);
        Files.copy(shot.toPath(), SHOTS.resolve(name), StandardCopyOption.REPLACE_EXISTING);
    }
}
