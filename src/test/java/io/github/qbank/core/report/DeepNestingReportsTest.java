package io.github.qbank.core.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.github.qbank.core.CheckListener;
import io.github.qbank.core.check.CheckResult;
import io.github.qbank.core.check.Qbank;
import io.github.qbank.core.check.QbankConfig;
import io.github.qbank.core.links.LinkSettings;

/**
 * Nesting as deep as qbank checks (a thousand levels: deeper files are not parsed, {@code
 * CostlyInputTest}), written in a few kilobytes, gives every report. The rules run on qbank's own
 * worker threads, but reports are written on the caller's thread (Maven's), whose stack is small:
 * nothing qbank builds from the document tree may recurse on its depth.
 */
class DeepNestingReportsTest {

    /** The most levels of lists and block quotes qbank parses ({@code ParseGuard.MAX_NESTING}). */
    private static final int DEPTH = 1_000;

    @TempDir
    Path dir;

    @Test
    void everyReportIsWrittenForListsAndQuotesAsDeepAsQbankChecks() throws Exception {
        Path bank = Files.createDirectories(dir.resolve("bank"));
        // the two shapes of issue #12: bullets on one line, and quoted bullets holding ordered items
        // (333 groups, 999 levels of quotes and lists)
        Files.writeString(bank.resolve("bullets.md"), "# Bullets\n\n" + "- ".repeat(DEPTH) + "deepest\n");
        Files.writeString(bank.resolve("quoted.md"), "# Quoted\n\n" + "> - 1. ".repeat(DEPTH / 3) + "deepest\n");
        StringBuilder sections = new StringBuilder("# Sections\n\n");
        for (int i = 0; i < 300; i++) {
            sections.append("  ".repeat(i)).append("- [part ").append(i).append("](#sections)\n");
        }
        sections.append("  ".repeat(300)).append("- 3 a question\n\n![gone](gone.png)\n");
        Files.writeString(bank.resolve("sections.md"), sections);
        Path out = dir.resolve("reports");
        QbankConfig config = QbankConfig.builder(bank).outputDirectory(out)
                .formats(List.of("html", "json", "sarif", "checkstyle")).githubAnnotations(true)
                .links(LinkSettings.builder(null).skip("not in tests").build()).build();

        // like Maven's thread: a default-sized stack, not qbank's worker stack
        AtomicReference<Throwable> failure = new AtomicReference<>();
        AtomicReference<CheckResult> result = new AtomicReference<>();
        Thread caller = new Thread(null, () -> {
            try {
                CheckResult r = new Qbank().check(config, CheckListener.silent());
                Reports.write(r, config);
                result.set(r);
            } catch (Throwable t) {
                failure.set(t);
            }
        }, "small-stack-caller", 256 * 1024);
        caller.start();
        caller.join();
        assertNull(failure.get(), () -> "writing the reports failed: " + failure.get());

        assertTrue(result.get().findings().stream().anyMatch(f -> f.file().equals("sections.md")
                && f.rule().equals("missing-image")), result.get().findings().toString());
        assertFalse(result.get().findings().stream().anyMatch(f -> f.rule().equals("unreadable-file")),
                "every file was checked: " + result.get().findings());

        ObjectMapper json = new ObjectMapper();
        JsonNode report = json.readTree(out.resolve("qbank-report.json").toFile());
        assertEquals(result.get().findings().size(), report.get("findings").size());
        JsonNode sarif = json.readTree(out.resolve("qbank.sarif").toFile());
        assertEquals(result.get().findings().size(), sarif.at("/runs/0/results").size());
        org.jsoup.nodes.Document checkstyle = Jsoup.parse(Files.readString(out.resolve("qbank-checkstyle.xml")), "",
                org.jsoup.parser.Parser.xmlParser());
        assertEquals(result.get().findings().size(), checkstyle.select("file > error").size());
        assertEquals(result.get().findings().size(),
                Files.readAllLines(out.resolve(GitHubAnnotations.FILE_NAME)).size());

        Document html = Jsoup.parse(out.resolve("index.html").toFile(), "UTF-8");
        assertEquals(result.get().findings().size(), html.select("#findings article.finding").size());
        assertEquals(3, html.select("ul.outline > li.file").size());
        List<String> titles = html.select("ul.outline li.section > .title").eachText();
        assertEquals(300, titles.size(), "every section of the outline is shown");
        assertEquals("part 0", titles.get(0));
        assertEquals("part 299", titles.get(299));
        var items = html.select("ul.outline li.section");
        assertEquals(items.get(0), items.get(1).parent().parent(), "a sub-section is nested in its section");
        assertEquals(items.get(1), items.get(2).parent().parent());
        assertTrue(items.get(299).parents().size() < 2 * HtmlReportModel.MAX_SHOWN_DEPTH + 12,
                "the page nests no deeper than it can show");
        assertTrue(items.get(299).text().contains("level 301"), items.get(299).text());
    }
}
