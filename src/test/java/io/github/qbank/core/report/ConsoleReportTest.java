package io.github.qbank.core.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.github.qbank.core.CheckListener;
import io.github.qbank.core.FailOn;
import io.github.qbank.core.Severity;
import io.github.qbank.core.baseline.Baseline;
import io.github.qbank.core.local.FileGate;
import io.github.qbank.core.local.RepositoryBoundary;
import io.github.qbank.core.check.CheckResult;
import io.github.qbank.core.check.Qbank;
import io.github.qbank.core.check.QbankConfig;
import io.github.qbank.core.links.LinkSettings;
import io.github.qbank.core.report.ConsoleReport.Level;
import io.github.qbank.core.report.ConsoleReport.Line;

/** The console stays short on a bank with many findings, and the Markdown step summary says the same. */
class ConsoleReportTest {

    private static final String BANK = """
            # Bank

            ![a](img/a.png)

            ![b](img/b.png)

            ![c](img/c.png)

            ![d](img/d.png)

            - 1 first
            - 3 second
            """;

    @TempDir
    Path dir;

    private QbankConfig.Builder config() {
        return QbankConfig.builder(dir).links(LinkSettings.builder(null).skip("not in tests").build())
                .formats(List.of("html"));
    }

    private CheckResult check(QbankConfig config) throws Exception {
        Files.writeString(dir.resolve("README.md"), BANK);
        return new Qbank().check(config, CheckListener.silent());
    }

    @Test
    void atMostMaxPerRuleFindingsThenHowManyMoreAndWhereThenTheTable() throws Exception {
        QbankConfig config = config().consoleMaxPerRule(2).build();
        List<Line> lines = ConsoleReport.findings(check(config), config, dir.resolve("target/qbank/index.html"));
        assertEquals(List.of(
                new Line(Level.ERROR, "README.md:[3,6] (missing-image) image img/a.png does not exist"),
                new Line(Level.ERROR, "README.md:[5,6] (missing-image) image img/b.png does not exist"),
                new Line(Level.ERROR, "README.md:[12,3] (numbering) expected 2, found 3 (2 is missing)"),
                new Line(Level.ERROR, "qbank: (missing-image) … and 2 more: target/qbank/index.html"),
                new Line(Level.INFO, "qbank: rule                   severity   new  known"),
                new Line(Level.INFO, "qbank: numbering              error        1      0"),
                new Line(Level.INFO, "qbank: missing-image          error        4      0")), lines);
    }

    @Test
    void knownFindingsComeAfterTheNewOnesAsInformation() throws Exception {
        QbankConfig config = config().consoleMaxPerRule(3).build();
        CheckResult all = check(config);
        Baseline.write(dir.resolve("baseline.json"), all.tracked().subList(0, 2));
        CheckResult result = new Qbank().check(config, CheckListener.silent(), Baseline.read(dir.resolve("baseline.json"),
                new FileGate(new RepositoryBoundary(dir), CheckListener.silent())));
        List<Line> lines = ConsoleReport.findings(result, config, null);
        assertEquals(List.of(
                new Line(Level.ERROR, "README.md:[7,6] (missing-image) image img/c.png does not exist"),
                new Line(Level.ERROR, "README.md:[9,6] (missing-image) image img/d.png does not exist"),
                new Line(Level.ERROR, "README.md:[12,3] (numbering) expected 2, found 3 (2 is missing)"),
                new Line(Level.INFO, "README.md:[3,6] (missing-image) image img/a.png does not exist [known]"),
                new Line(Level.INFO, "qbank: (missing-image) … and 1 more: the reports"),
                new Line(Level.INFO, "qbank: rule                   severity   new  known"),
                new Line(Level.INFO, "qbank: numbering              error        1      0"),
                new Line(Level.INFO, "qbank: missing-image          error        2      2")), lines);
    }

    @Test
    void warningsThatFailTheBuildAreLoggedAsErrors() throws Exception {
        for (FailOn failOn : FailOn.values()) {
            QbankConfig config = config().failOn(failOn).severity("missing-image", Severity.WARNING).build();
            CheckResult result = check(config);
            assertEquals(failOn == FailOn.WARNING ? Level.ERROR : Level.WARN,
                    ConsoleReport.findings(result, config, null).get(0).level(), failOn.id());
        }
    }

    @Test
    void theStepSummaryIsAppendedOnlyWhenItsFileIsGiven() throws Exception {
        Path summary = dir.resolve("step-summary.md");
        QbankConfig without = config().outputDirectory(dir.resolve("target/qbank")).build();
        Reports.write(check(without), without);
        assertFalse(Files.exists(summary));

        Files.writeString(summary, "earlier step\n");
        QbankConfig with = config().outputDirectory(dir.resolve("target/qbank")).stepSummary(summary).build();
        Reports.write(check(with), with);
        assertEquals("""
                earlier step
                ## qbank: failed

                5 new errors, 0 new warnings, 0 known findings

                | rule | severity | new | known |
                |---|---|--:|--:|
                | `numbering` | error | 1 | 0 |
                | `missing-image` | error | 4 | 0 |

                New findings:

                - README\\.md\\:3 (missing-image) image img\\/a\\.png does not exist
                - README\\.md\\:5 (missing-image) image img\\/b\\.png does not exist
                - README\\.md\\:7 (missing-image) image img\\/c\\.png does not exist
                - README\\.md\\:9 (missing-image) image img\\/d\\.png does not exist
                - README\\.md\\:12 (numbering) expected 2\\, found 3 \\(2 is missing\\)

                Report: target\\/qbank\\/index\\.html

                """, Files.readString(summary));
    }

    @Test
    void theStepSummaryEscapesTheBank() {
        assertEquals("\\<script\\> \\[x\\]\\(javascript\\:1\\) \\| a", StepSummary.escape("<script> [x](javascript:1)\n| a"));
    }

    @Test
    void everyReportMarksTheKnownFindings() throws Exception {
        Path out = dir.resolve("target/qbank");
        QbankConfig config = config().outputDirectory(out).formats(List.of("html", "json", "sarif", "checkstyle"))
                .githubAnnotations(true).baseline(dir.resolve("baseline.json")).build();
        CheckResult all = check(config);
        Baseline.write(dir.resolve("baseline.json"), all.tracked().subList(0, 1));
        Reports.write(new Qbank().check(config, CheckListener.silent()), config);
        com.fasterxml.jackson.databind.ObjectMapper mapper = new com.fasterxml.jackson.databind.ObjectMapper();
        var json = mapper.readTree(out.resolve("qbank-report.json").toFile()).get("findings");
        assertEquals(List.of("known", "new", "new", "new", "new"),
                json.findValuesAsText("status"));
        var sarif = mapper.readTree(out.resolve("qbank.sarif").toFile()).get("runs").get(0).get("results");
        assertEquals(List.of("unchanged", "new", "new", "new", "new"), sarif.findValuesAsText("baselineState"));
        String checkstyle = Files.readString(out.resolve("qbank-checkstyle.xml"));
        assertEquals(1, checkstyle.split("\\(known: in the qbank baseline\\)", -1).length - 1, checkstyle);
        var html = org.jsoup.Jsoup.parse(out.resolve("index.html").toFile(), "UTF-8");
        assertEquals(List.of("known", "new", "new", "new", "new"),
                java.util.stream.IntStream.rangeClosed(1, 5).mapToObj(i -> html.getElementById("f-" + i).attr("data-status"))
                        .toList());
        assertEquals(1, html.select("#findings .badge.known").size());
        assertEquals(4, html.select("#findings .badge.new").size());
        assertEquals(List.of("new and known", "new", "known"), html.select("#filter-status option").eachText());
        List<String> annotations = Files.readAllLines(out.resolve("github-annotations.txt"));
        assertEquals(5, annotations.size());
        assertEquals("::notice file=README.md,line=3,col=6,title=qbank missing-image (known)::image img/a.png does"
                + " not exist", annotations.get(4));
    }
}
