package io.github.qbank.core.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import io.github.qbank.core.CheckListener;
import io.github.qbank.core.baseline.Baseline;
import io.github.qbank.core.check.CheckResult;
import io.github.qbank.core.check.Qbank;
import io.github.qbank.core.check.QbankConfig;
import io.github.qbank.core.links.LinkSettings;
import io.github.qbank.core.model.BankFile;
import io.github.qbank.core.model.OutlineNode;
import io.github.qbank.core.model.Role;

/**
 * A check keeps each file's outline cut down to its chapters and sections once the rules that judge
 * a file alone ran on the whole of it. Whatever is reported must not tell: findings, the summary's
 * counts, the answer convention and the HTML report's outline (its question counts included) are
 * the same as from whole outlines, and from cut-down files the model cache gives back to the next
 * check, and the findings the same as every rule run directly on the whole files, on the example bank, every rule fixture, the reference bank and the development
 * banks.
 */
class CutDownOutlinesTest {

    @TempDir
    Path tmp;

    static Stream<Arguments> banks() {
        Path shared = Path.of(System.getProperty("qbank.sharedDir", "../shared"), "corpus");
        List<Arguments> banks = new ArrayList<>();
        banks.add(Arguments.of("examples/bank", Path.of("examples/bank"), "**/*.md"));
        banks.add(Arguments.of("fixtures", Path.of("src/test/resources/fixtures"), "**/*.md"));
        banks.add(Arguments.of("llm-interview", shared.resolve("llm-interview"), "README.md"));
        for (String dev : List.of("0voice+interview_internal_reference", "alexeygrigorev+data-science-interviews",
                "amusi+Deep-Learning-Interview-Book", "bregman-arie+devops-exercises", "youngyangyang04+leetcode-master")) {
            banks.add(Arguments.of(dev, shared.resolve("dev").resolve(dev), "**/*.md"));
        }
        return banks.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("banks")
    void cutDownOutlinesReportTheSameAsWholeOnes(String name, Path bank, String include) throws Exception {
        assumeTrue(Files.isDirectory(bank), "the bank is not at " + bank);
        QbankConfig config = QbankConfig.builder(bank)
                .links(LinkSettings.builder(null).skip("links are not checked in this test").build())
                .includes(List.of(include)).outputDirectory(tmp.resolve("out")).build();
        CheckListener quiet = new CheckListener() {
            @Override
            public void info(String message) {}

            @Override
            public void warn(String message) {}
        };
        CheckResult whole = new Qbank().check(config, quiet, Baseline.empty(), Qbank.Outlines.WHOLE);
        CheckResult cut = new Qbank().check(config, quiet, Baseline.empty(), Qbank.Outlines.SECTIONS);

        assertEquals(whole.findings(), cut.findings());
        // every rule run directly on the whole files, as qbank:fix re-checks its edits: the rules
        // that judged each file while it was read, under both answer conventions, found the same
        assertEquals(new Qbank().findings(whole.bank(), config, quiet), cut.findings());
        assertEquals(whole.bank().stats(), cut.bank().stats());
        assertEquals(whole.answers(), cut.answers());
        assertEquals(outline(whole, config), outline(cut, config));
        int before = 0;
        int after = 0;
        for (int i = 0; i < whole.bank().files().size(); i++) {
            before += whole.bank().files().get(i).outline().inDocumentOrder().size();
            BankFile kept = cut.bank().files().get(i);
            after += kept.outline().inDocumentOrder().size();
            for (OutlineNode n : kept.outline().inDocumentOrder()) {
                assertTrue(n.role() != Role.QUESTION || !n.children().isEmpty(), "a question kept without a section below: " + n);
            }
        }
        assertTrue(after <= before, after + " nodes kept of " + before);

        // the same files taken back from the model cache, as the next check of an unchanged bank takes them
        QbankConfig cached = QbankConfig.builder(bank)
                .links(LinkSettings.builder(null).skip("links are not checked in this test").build())
                .includes(List.of(include)).outputDirectory(tmp.resolve("out")).cacheDirectory(tmp.resolve("cache"))
                .build();
        new Qbank().check(cached, quiet);
        List<String> lines = new ArrayList<>();
        CheckResult warm = new Qbank().check(cached, new CheckListener() {
            @Override
            public void info(String message) {
                lines.add(message);
            }

            @Override
            public void warn(String message) {
                lines.add("WARN " + message);
            }
        });
        long readable = whole.bank().files().stream().filter(BankFile::readable).count();
        assertTrue(lines.contains("qbank: " + whole.bank().files().size() + " file(s): 0 parsed, " + readable
                + " from the model cache"), lines.toString());
        assertEquals(whole.findings(), warm.findings());
        assertEquals(whole.bank().stats(), warm.bank().stats());
        assertEquals(whole.answers(), warm.answers());
        assertEquals(outline(whole, config), outline(warm, cached));
    }

    private static List<HtmlReportModel.OutlineFile> outline(CheckResult result, QbankConfig config) {
        return new HtmlReportModel(new ReportInput(result, config), "", 0).outline;
    }
}
