package io.github.qbank.core.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.github.qbank.core.CheckListener;
import io.github.qbank.core.FailOn;
import io.github.qbank.core.check.CheckResult;
import io.github.qbank.core.check.Qbank;
import io.github.qbank.core.check.QbankConfig;
import io.github.qbank.core.links.LinkSettings;

/** The HTML, SARIF and checkstyle reports of the example bank and of a hostile bank. */
class ReportsTest {

    @TempDir
    Path out;

    private QbankConfig config(Path bank, String includes) throws Exception {
        return QbankConfig.builder(bank).includes(List.of(includes)).outputDirectory(out)
                .formats(List.of("html", "json", "sarif", "checkstyle")).failOn(FailOn.ERROR)
                .links(LinkSettings.builder(null).skip("not in tests").build()).build();
    }

    private CheckResult exampleBank() throws Exception {
        QbankConfig config = config(Path.of("examples"), "bank/**/*.md");
        CheckResult result = new Qbank().check(config, CheckListener.silent());
        List<Path> written = Reports.write(result, config);
        assertEquals(List.of(out.resolve("index.html"), out.resolve("qbank-report.json"), out.resolve("qbank.sarif"),
                out.resolve("qbank-checkstyle.xml")), written);
        return result;
    }

    @Test
    void htmlShowsSummaryEveryFindingTheOutlineAndTheLinks() throws Exception {
        CheckResult result = exampleBank();
        Document html = Jsoup.parse(out.resolve("index.html").toFile(), "UTF-8");
        assertEquals("failed", html.selectFirst("h1 .status").text());
        assertEquals(String.valueOf(result.errors()), html.selectFirst(".card.error b").text());
        assertEquals(String.valueOf(result.warnings()), html.selectFirst(".card.warning b").text());

        var rows = html.select("#findings article.finding");
        assertEquals(result.findings().size(), rows.size());
        for (int i = 0; i < rows.size(); i++) {
            var f = result.findings().get(i);
            Element row = html.getElementById("f-" + (i + 1));
            assertEquals(f.rule(), row.attr("data-rule"));
            assertEquals(f.severity().id(), row.attr("data-severity"));
            assertTrue(row.text().contains(f.file() + ":" + f.line() + ":" + f.column()), row.text());
            assertTrue(row.text().contains(f.text()), row.text());
            Element source = row.selectFirst("pre.source");
            assertNotNull(source, "source lines for " + row.id());
            assertTrue(source.selectFirst(".l.hl").text().startsWith(String.valueOf(f.line())), source.text());
            assertEquals(row.id(), html.select("details.group[data-rule=" + f.rule() + "] article.finding#" + row.id())
                    .attr("id"), "grouped by rule");
        }

        var files = html.select("ul.outline > li.file > .title").eachText();
        assertEquals(result.bank().files().size(), files.size());
        assertTrue(files.contains("bank/README.md"));
        assertTrue(html.select("ul.outline li.chapter > .title").eachText().contains("一、大模型（LLMs）基础面"));
        Element marker = html.selectFirst("ul.outline li.section a.marker");
        assertNotNull(html.getElementById(marker.attr("href").substring(1)), "outline markers link to findings");
        for (Element m : html.select("ul.outline a.marker")) {
            String first = html.getElementById(m.attr("href").substring(1)).attr("data-severity");
            assertTrue(m.hasClass("error") || m.hasClass("warning"), m.outerHtml());
            if (first.equals("error")) {
                assertTrue(m.hasClass("error"), "a marker takes its worst finding's colour: " + m.outerHtml());
            }
        }
        assertEquals(List.of("missing-answer-link"), html.select("ul.outline li.section > a.marker.warning").stream()
                .map(m -> html.getElementById(m.attr("href").substring(1)).attr("data-rule")).toList(),
                "a section with only warnings has a warning's marker");

        assertEquals(result.links().size(), html.select("#links tbody tr").size());
        assertEquals("https://arxiv.org/abs/1706.03762",
                html.select("#links a[href]").eachAttr("href").stream().filter(h -> h.contains("arxiv")).findFirst()
                        .orElseThrow());
        assertTrue(html.select("link[href], img[src^=http], script[src]").isEmpty(), "no network resources");
    }

    @Test
    void aHostileBankCannotRunScriptInItsReport() throws Exception {
        Path bank = out.resolve("bank");
        Files.createDirectories(bank);
        Files.writeString(bank.resolve("<img src=x onerror=alert(1)>.md"), String.join("\n",
                "# &lt;script&gt;alert('title')&lt;/script&gt;",
                "",
                "## 一、<script>alert('heading')</script> chapter \" onmouseover=\"alert(1)",
                "",
                "- 3 &lt;img src=x onerror=alert(2)&gt; question",
                "- 1 <img src=x onerror=alert(3)> raw html",
                "- [click](javascript:alert(4))",
                "- [answer](https://example.com/\"onmouseover=\"alert(5))",
                "- <a href=\"javascript:alert(6)\">html link</a>",
                "- ![<svg onload=alert(7)>](missing\" onerror=\"alert(8).png)",
                ""));
        QbankConfig config = config(bank, "**/*.md");
        CheckResult result = new Qbank().check(config, CheckListener.silent());
        assertFalse(result.findings().isEmpty());
        Reports.write(result, config);
        String raw = Files.readString(out.resolve("index.html"));
        Document html = Jsoup.parse(raw);

        assertEquals(1, html.select("script:not([type])").size(), "only qbank's own script");
        assertEquals(List.of("application/json"), html.select("script[type]").eachAttr("type"), "and its data");
        for (Element e : html.getAllElements()) {
            for (Attribute a : e.attributes()) {
                assertFalse(a.getKey().toLowerCase().startsWith("on"), "event handler " + a + " on " + e.tagName());
                assertFalse(a.getValue().trim().toLowerCase().startsWith("javascript:"), a + " on " + e.tagName());
            }
        }
        assertTrue(html.select("img, svg, iframe, object, embed").isEmpty());
        assertTrue(html.text().contains("<img src=x onerror=alert(3)> raw html"), "raw HTML is shown as text");
        assertTrue(html.text().contains("<img src=x onerror=alert(1)>.md"), "file names are shown as text");
        assertTrue(raw.contains("script-src 'sha256-"), "a Content-Security-Policy limits scripts to qbank's own");
    }

    @Test
    void sourceLinesCannotBreakOutOfTheirDataBlock() throws Exception {
        Path bank = Files.createDirectories(out.resolve("bank"));
        List<String> lines = List.of(
                "# T",
                "",
                "</script><script>alert(9)</script>",
                "<!-- <script>alert(10)</script> -->",
                "![x](gone.png)",
                "[a](gone.md) \u2028 </SCRIPT ><img src=x onerror=alert(11)> & \u2029",
                "<!--",
                "");
        Files.writeString(bank.resolve("README.md"), String.join("\n", lines));
        QbankConfig config = config(bank, "**/*.md");
        CheckResult result = new Qbank().check(config, CheckListener.silent());
        assertEquals(List.of(5, 6, 6), result.findings().stream().map(f -> f.line()).toList(), result.findings().toString());
        // a page of many findings, where the lines around them are data for the script
        var page = new java.io.ByteArrayOutputStream();
        new HtmlReportWriter(0).write(new ReportInput(result, config), page);
        String raw = page.toString(java.nio.charset.StandardCharsets.UTF_8);

        String block = raw.substring(raw.indexOf("<script type=\"application/json\" id=\"source-lines\">"));
        block = block.substring(block.indexOf('>') + 1, block.indexOf("</script>"));
        assertTrue(block.chars().noneMatch(c -> c == '<' || c == '>' || c == '&' || c == 0x2028 || c == 0x2029), block);
        JsonNode context = new ObjectMapper().readTree(block).get("README.md");
        assertEquals(Set.of("3", "4", "5", "6", "7", "8"), Set.copyOf(iterable(context.fieldNames())));
        for (int line = 3; line <= 8; line++) {
            assertEquals(lines.get(line - 1), context.get(Integer.toString(line)).asText(), "line " + line);
        }
        Document html = Jsoup.parse(raw);
        assertEquals(block, html.getElementById("source-lines").data(), "the browser reads the block as it was written");
        assertEquals(2, html.select("script").size());
        assertTrue(html.select("img, svg, iframe, object, embed").isEmpty());
        assertEquals(lines.get(4), html.selectFirst("#f-1 pre.source .hl").ownText());
        assertEquals(1, html.select("#f-1 pre.source .l").size(), "the script adds the lines around it");

        // a page of few findings carries the lines around each one, for a reader without script
        Reports.write(result, config);
        Document small = Jsoup.parse(Files.readString(out.resolve("index.html")));
        assertEquals("{}", small.getElementById("source-lines").data());
        assertEquals(List.of("3", "4", "5", "6", "7"), small.select("#f-1 pre.source .l i").eachText());
        assertEquals(lines.get(4), small.selectFirst("#f-1 pre.source .hl").ownText());
        assertEquals(lines.get(2), small.selectFirst("#f-1 pre.source .l").ownText());
    }

    private static <T> List<T> iterable(java.util.Iterator<T> it) {
        List<T> list = new java.util.ArrayList<>();
        it.forEachRemaining(list::add);
        return list;
    }

    @Test
    void sarifIsValidAgainstTheSarif210SchemaAndPointsAtTheRightLines() throws Exception {
        CheckResult result = exampleBank();
        JsonSchema schema;
        try (InputStream in = getClass().getResourceAsStream("/sarif/sarif-2.1.0-rtm.5.json")) {
            schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4).getSchema(in);
        }
        JsonNode sarif = new ObjectMapper().readTree(out.resolve("qbank.sarif").toFile());
        Set<ValidationMessage> errors = schema.validate(sarif);
        assertEquals(Set.of(), errors);

        JsonNode run = sarif.get("runs").get(0);
        assertEquals("qbank", run.at("/tool/driver/name").asText());
        assertEquals(io.github.qbank.core.rules.RuleRegistry.standard().rules().size(), run.at("/tool/driver/rules").size());
        JsonNode rule = run.at("/tool/driver/rules/0");
        assertFalse(rule.at("/shortDescription/text").asText().isEmpty());
        assertFalse(rule.at("/help/text").asText().isEmpty());
        assertEquals(result.findings().size(), run.get("results").size());
        JsonNode first = run.get("results").get(0);
        var f = result.findings().get(0);
        String prefix = first.at("/locations/0/physicalLocation/artifactLocation/uri").asText()
                .replace(f.file(), "");
        assertEquals("examples/", prefix, "URIs are relative to the repository root");
        assertEquals(f.line(), first.at("/locations/0/physicalLocation/region/startLine").asInt());
        assertEquals(f.column(), first.at("/locations/0/physicalLocation/region/startColumn").asInt());
        assertEquals(f.rule(), first.get("ruleId").asText());
        assertEquals(f.rule(), run.at("/tool/driver/rules/" + first.get("ruleIndex").asInt() + "/id").asText());
    }

    @Test
    void checkstyleXmlHasOneErrorPerFinding() throws Exception {
        CheckResult result = exampleBank();
        Document xml = Jsoup.parse(Files.readString(out.resolve("qbank-checkstyle.xml")), "",
                org.jsoup.parser.Parser.xmlParser());
        assertEquals(result.findings().size(), xml.select("file > error").size());
        Element error = xml.selectFirst("file > error");
        assertEquals("qbank." + result.findings().get(0).rule(), error.attr("source"));
    }

    @Test
    void theMainReportIsTheHtmlOneWhenSelectedElseTheFirst() throws Exception {
        assertEquals(out.resolve("index.html"), Reports.mainReport(config(Path.of("examples"), "bank/**/*.md")));
        QbankConfig.Builder noHtml = QbankConfig.builder(Path.of("examples")).outputDirectory(out)
                .links(LinkSettings.builder(null).skip("not in tests").build());
        assertEquals(out.resolve("qbank-report.json"),
                Reports.mainReport(noHtml.formats(List.of("sarif", "json")).build()),
                "the first in the order the reports are written");
        assertNull(Reports.mainReport(noHtml.formats(List.of()).build()));

        assertEquals(out.resolve("index.html"),
                Reports.mainReport(List.of(out.resolve("qbank.sarif"), out.resolve("index.html"))));
        assertEquals(out.resolve(GitHubAnnotations.FILE_NAME),
                Reports.mainReport(List.of(out.resolve(GitHubAnnotations.FILE_NAME))));
        assertNull(Reports.mainReport(List.of()));
    }
}
