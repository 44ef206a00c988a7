package io.github.qbank.core.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

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
 * One link count everywhere: the distinct web URLs, each checked once, whatever their spelling and
 * however often they are used, links and images alike; local links are not among them.
 */
class LinkCountTest {

    @TempDir
    Path dir;

    @Test
    void consoleJsonAndHtmlCountTheUrlsThatAreChecked() throws Exception {
        Files.writeString(dir.resolve("README.md"), String.join("\n", "# Bank", "",
                "- [a](https://Example.org/a)",
                "- [a again](https://example.org/a/)",
                "- [a, a third time](https://example.org/a#part)",
                "- [b](https://example.org/b)",
                "- ![diagram](https://example.org/diagram.png)",
                "- [notes](notes.md)", ""));
        Files.writeString(dir.resolve("notes.md"), "# Notes\n\n[b, from another file](https://example.org/b)\n");
        Path out = dir.resolve("target/qbank");
        QbankConfig config = QbankConfig.builder(dir).outputDirectory(out).formats(List.of("html", "json"))
                .links(LinkSettings.builder(null).skip("not in tests").build()).build();
        CheckResult result = new Qbank().check(config, CheckListener.silent());
        Reports.write(result, config);

        assertEquals(3, result.links().size(), "a, b and the diagram, each checked once");
        assertEquals(3, result.bank().stats().links());

        String console = ConsoleReport.summary(result, out.resolve("index.html"), dir, java.util.Locale.ENGLISH);
        assertTrue(console.contains("(2 chapters, 0 sections, 0 questions, 3 links, 1 image)"), console);

        JsonNode summary = new ObjectMapper().readTree(out.resolve("qbank-report.json").toFile()).get("summary");
        assertEquals(3, summary.get("links").asInt());
        assertEquals(3, summary.get("uniqueUrls").asInt());

        Document html = Jsoup.parse(out.resolve("index.html").toFile(), "UTF-8");
        assertEquals("Links 3", html.selectFirst("nav a[href=#links]").text());
        assertEquals("Links (3)", html.selectFirst("#links h2").text());
        assertEquals(List.of("3links"), html.select(".card").eachText().stream().filter(t -> t.endsWith("links"))
                .toList());
        assertEquals(3, html.select("#links tbody tr").size());
    }
}
