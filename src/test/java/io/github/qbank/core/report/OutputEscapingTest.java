package io.github.qbank.core.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.github.qbank.core.CheckListener;
import io.github.qbank.core.Finding;
import io.github.qbank.core.check.CheckResult;
import io.github.qbank.core.check.Qbank;
import io.github.qbank.core.check.QbankConfig;
import io.github.qbank.core.links.LinkSettings;

/**
 * A bank cannot smuggle a second line, a terminal escape or a CI runner command into qbank's
 * output: text from the bank is one line in every log line and report, control characters are
 * shown as symbols, and SARIF URIs are percent-encoded.
 */
class OutputEscapingTest {

    private static final String FORGED_FILE = "b\n::warning file=README.md,line=1::forged by a file name\n.md";

    @TempDir
    Path dir;

    private CheckResult checkHostileBank(Path out) throws Exception {
        Path bank = Files.createDirectories(dir.resolve("bank"));
        Files.writeString(bank.resolve("README.md"), String.join("\n",
                "# Hostile",
                "",
                "<a href=\"x\n::error file=README.md,line=1::forged by an attribute\n.md\">a</a>",
                "",
                "[b](red%1B%5B31m%0D::error::carriage%20return.md)",
                "",
                "[c](docs/%23%23%5Berror%5Dforged%20by%20the%20old%20syntax.md)",
                "",
                "<img src=\"tab\there\u0085nel\u2028ls.png\">",
                ""), StandardCharsets.UTF_8);
        try {
            Files.writeString(bank.resolve(FORGED_FILE), "# B\n\n![i](gone.png)\n");
        } catch (InvalidPathException | java.io.IOException e) {
            assumeTrue(false, "this file system does not allow a newline in a file name: " + e);
        }
        QbankConfig config = QbankConfig.builder(bank).outputDirectory(out)
                .formats(List.of("html", "json", "sarif", "checkstyle")).githubAnnotations(true)
                .links(LinkSettings.builder(null).skip("not in tests").build()).build();
        CheckResult result = new Qbank().check(config, CheckListener.silent());
        Reports.write(result, config);
        return result;
    }

    @Test
    void noConsoleLineCanBecomeARunnerCommand() throws Exception {
        CheckResult result = checkHostileBank(dir.resolve("reports"));
        assertEquals(5, result.findings().size(), result.findings().toString());
        List<String> console = new ArrayList<>();
        for (Finding f : result.findings()) {
            console.addAll(List.of(ConsoleReport.line(f).split("\\R", -1)));
        }
        assertEquals(result.findings().size(), console.size(), "one line per finding: " + console);
        for (String line : console) {
            assertFalse(line.stripLeading().startsWith("::"), line);
            assertFalse(line.contains("##["), line);
            assertTrue(line.chars().noneMatch(c -> c < 0x20 || c == 0x7F || (c >= 0x80 && c <= 0x9F)
                    || c == 0x2028 || c == 0x2029), line);
        }
        assertTrue(console.contains("README.md:[3,10] (missing-local-file) link target"
                + " x\u240A::error file=README.md,line=1::forged by an attribute\u240A.md does not exist"), console.toString());
        assertTrue(console.contains("README.md:[9,5] (missing-local-file) link target"
                + " docs/# #[error]forged by the old syntax.md does not exist"), console.toString());
        assertTrue(console.contains("b\u240A::warning file=README.md,line=1::forged by a file name\u240A.md:[3,6]"
                + " (missing-image) image gone.png does not exist"), console.toString());
        assertTrue(console.contains("README.md:[7,5] (missing-local-file) link target"
                + " red\u241B[31m\u240D::error::carriage return.md does not exist"), console.toString());
        assertTrue(console.stream().anyMatch(l -> l.contains("tab\u2409here<U+0085>nel<U+2028>ls.png")),
                console.toString());
    }

    @Test
    void everyReportHoldsTheSameOneLineTexts() throws Exception {
        Path out = dir.resolve("reports");
        CheckResult result = checkHostileBank(out);

        List<String> annotations = Files.readAllLines(out.resolve(GitHubAnnotations.FILE_NAME));
        assertEquals(result.findings().size(), annotations.size(), annotations.toString());
        for (String line : annotations) {
            assertTrue(line.startsWith("::error file=") || line.startsWith("::warning file="), line);
            // the properties end at the first "::" after the command: nothing from the bank may end them early
            String properties = line.substring(2, line.indexOf("::", 2));
            assertTrue(properties.matches("(error|warning) file=[^:,]*,line=\\d+,col=\\d+,title=qbank [a-z-]+"),
                    properties);
        }
        assertTrue(annotations.contains("::error file=b\u240A%3A%3Awarning file=README.md%2Cline=1%3A%3Aforged by a"
                + " file name\u240A.md,line=3,col=6,title=qbank missing-image::image gone.png does not exist"),
                annotations.toString());

        JsonNode sarif = new ObjectMapper().readTree(out.resolve("qbank.sarif").toFile());
        List<String> uris = new ArrayList<>();
        sarif.at("/runs/0/results").forEach(r -> uris.add(
                r.at("/locations/0/physicalLocation/artifactLocation/uri").asText()));
        for (String uri : uris) {
            assertTrue(uri.matches("[A-Za-z0-9._~/%-]+"), "percent-encoded: " + uri);
        }
        String forged = "b%E2%90%8A%3A%3Awarning%20file%3DREADME.md%2Cline%3D1%3A%3Aforged%20by%20a%20file%20name"
                + "%E2%90%8A.md";
        assertTrue(uris.contains(forged), uris.toString());
        assertEquals(result.findings().stream().filter(f -> f.file().startsWith("b")).findFirst().orElseThrow().file(),
                URI.create(forged).getPath(), "the URI decodes to the file as every report names it");

        JsonNode json = new ObjectMapper().readTree(out.resolve("qbank-report.json").toFile());
        json.get("findings").forEach(f -> {
            assertFalse(f.get("message").asText().chars().anyMatch(c -> c < 0x20), f.toString());
            assertFalse(f.get("file").asText().chars().anyMatch(c -> c < 0x20), f.toString());
        });

        var checkstyle = Jsoup.parse(Files.readString(out.resolve("qbank-checkstyle.xml")), "",
                org.jsoup.parser.Parser.xmlParser());
        List<String> messages = checkstyle.select("file > error").eachAttr("message");
        assertTrue(messages.stream().anyMatch(m -> m.contains("x\u240A::error file=README.md")), messages.toString());
        assertTrue(checkstyle.select("file").eachAttr("name").contains(
                "b\u240A::warning file=README.md,line=1::forged by a file name\u240A.md"));

        var html = Jsoup.parse(out.resolve("index.html").toFile(), "UTF-8");
        assertEquals(result.findings().size(), html.select("#findings article.finding").size());
        assertEquals(result.findings().size(), html.select("#findings article.finding pre.source").size(),
                "every finding shows its source lines, also in a file whose name holds a newline");
    }
}
