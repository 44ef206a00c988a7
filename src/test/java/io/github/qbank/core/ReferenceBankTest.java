package io.github.qbank.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.github.qbank.core.model.Bank;

/**
 * The reference bank, {@code ../shared/corpus/llm-interview/README.md}: read in place, never
 * copied into the project.
 */
class ReferenceBankTest {

    static Path bankDir;
    static CheckResult result;

    @BeforeAll
    static void check() throws Exception {
        bankDir = Path.of(System.getProperty("qbank.sharedDir", "../shared"), "corpus", "llm-interview");
        assumeTrue(Files.isRegularFile(bankDir.resolve("README.md")), "the reference bank is not at " + bankDir);
        QbankConfig config = QbankConfig.builder(bankDir).includes(List.of("README.md")).build();
        result = new Qbank().check(config, CheckListener.silent());
    }

    @Test
    void findsExactlyTheTwoAbsentImagesAndNoOtherLocalProblem() {
        List<String> local = result.findings().stream()
                .filter(f -> List.of("missing-image", "missing-local-file", "broken-anchor", "unreadable-file",
                        "invalid-encoding").contains(f.rule()))
                .map(f -> f.line() + ":" + f.column() + " " + f.rule() + " " + f.actual())
                .toList();
        assertEquals(List.of(
                "5:11 missing-image img/微信截图_20230918094559.png",
                "8:11 missing-image img/微信截图_20210301212242.png"), local);
    }

    @Test
    void countsTheBankLikeAReader() {
        Bank.Stats stats = result.bank().stats();
        assertEquals(1, stats.files());
        assertEquals(31, stats.chapters());
        assertEquals(2, stats.images());
        assertEquals(stats, result.bank().stats());
    }
}
