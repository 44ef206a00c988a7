package io.github.qbank.core.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

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

import io.github.qbank.core.CheckListener;
import io.github.qbank.core.check.CheckResult;
import io.github.qbank.core.check.Qbank;
import io.github.qbank.core.check.QbankConfig;
import io.github.qbank.core.links.LinkSettings;

/**
 * Opens the example bank's report in a real browser (Debian's headless Chromium, which
 * {@code .ci/run} installs), uses the rule filter and the search, and checks what is visible.
 * Leaves a screenshot at {@code target/qbank-report.png}. Skipped, saying so, where no browser is
 * installed.
 */
class ReportBrowserTest {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    @TempDir
    Path dir;

    @Test
    void filtersAndSearchShowOnlyTheMatchingFindings() throws Exception {
        assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "no browser: apt-get install chromium chromium-driver to run the report's browser test");
        QbankConfig config = QbankConfig.builder(Path.of("examples")).includes(List.of("bank/**/*.md"))
                .outputDirectory(dir.resolve("report")).formats(List.of("html"))
                .links(LinkSettings.builder(null).skip("not in tests").build()).build();
        CheckResult result = new Qbank().check(config, CheckListener.silent());
        Reports.write(result, config);
        long numbering = result.findings().stream().filter(f -> f.rule().equals("numbering")).count();

        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--user-data-dir=" + dir.resolve("profile"), "--window-size=1280,1600");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        ChromeDriver browser = new ChromeDriver(service, options);
        try {
            browser.get(dir.resolve("report/index.html").toUri().toString());
            assertEquals(result.findings().size(), visibleFindings(browser).size());
            assertEquals("all " + result.findings().size(), browser.findElement(By.id("shown")).getText());

            new Select(browser.findElement(By.id("filter-rule"))).selectByVisibleText("numbering");
            List<WebElement> shown = visibleFindings(browser);
            assertEquals(numbering, shown.size());
            shown.forEach(row -> assertEquals("numbering", row.getDomAttribute("data-rule")));
            assertEquals(numbering + " of " + result.findings().size(), browser.findElement(By.id("shown")).getText());

            new Select(browser.findElement(By.id("filter-rule"))).selectByIndex(0);
            browser.findElement(By.id("filter-search")).sendKeys("backslash");
            shown = visibleFindings(browser);
            assertEquals(1, shown.size());
            assertEquals("missing-local-file", shown.get(0).getDomAttribute("data-rule"));

            browser.findElement(By.id("filter-search")).sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
            assertEquals(result.findings().size(), visibleFindings(browser).size());
            File shot = browser.getScreenshotAs(OutputType.FILE);
            Files.createDirectories(Path.of("target"));
            Files.copy(shot.toPath(), Path.of("target/qbank-report.png"), StandardCopyOption.REPLACE_EXISTING);
        } finally {
            browser.quit();
        }
    }

    private static List<WebElement> visibleFindings(ChromeDriver browser) {
        return browser.findElements(By.cssSelector("#findings tr.finding")).stream().filter(WebElement::isDisplayed)
                .toList();
    }
}
