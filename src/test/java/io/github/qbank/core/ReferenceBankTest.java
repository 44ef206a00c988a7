package io.github.qbank.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.github.qbank.core.check.CheckResult;
import io.github.qbank.core.check.Qbank;
import io.github.qbank.core.check.QbankConfig;
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
        QbankConfig config = Configs.offline(bankDir).includes(List.of("README.md")).build();
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

    /**
     * The numbering and structure defects of the reference bank, each verified by reading the
     * bank as GitHub renders it (cmark-gfm), one finding per defect.
     */
    @Test
    void findsEveryNumberingAndStructureDefectOnce() {
        List<String> numbering = result.findings().stream()
                .filter(f -> List.of("numbering", "heading-level", "list-structure").contains(f.rule()))
                .map(f -> f.line() + ":" + f.column() + " " + f.rule() + " " + f.expected() + " " + f.actual())
                .toList();
        assertEquals(List.of(
                // 四、 holds only 4.2: 4.1 is missing
                "99:7 numbering 4.1 4.2",
                // a stray 39 opens the list 1 … 15
                "156:3 numbering 1 39",
                // #### 5.2 between ### 5.1 and ### 5.3
                "262:6 heading-level ### ####",
                // 一、LoRA篇 has no "- ": its items, indented four spaces, fold into its paragraph
                // (the list that follows starts at 二 for the same reason, so that is not reported again)
                "431:5 list-structure list item paragraph text",
                // "-   .2.1" is a sibling of 2.2 with a malformed number
                "442:9 numbering 2.2.1 .2.1",
                // 四、一、二、: the first item is out of place
                "650:3 numbering 一 四",
                // 3.2.1 llama2 篇 under 3.1 (its children 3.2.x follow it and are not reported again)
                "1095:9 numbering 3.1.2 3.2.1",
                // 3.4.1.2 twice
                "1110:11 numbering 3.4.1.3 3.4.1.2",
                // "-..." without a space after the marker is text of "1.2 Faiss"
                "1342:5 list-structure list item paragraph text"), numbering);
    }

    /** The duplicates of the reference bank, verified by reading it; its normal shapes are not reported. */
    @Test
    void findsTheDuplicatesAndNoMissingAnswer() {
        List<String> duplicates = result.findings().stream()
                .filter(f -> f.rule().startsWith("duplicate-") || f.rule().equals("missing-answer-link"))
                .map(f -> f.line() + ":" + f.column() + " " + f.rule() + " " + f.actual())
                .toList();
        assertEquals(List.of(
                // two sections share one answer page
                "245:45 duplicate-answer-url https://articles.zsxq.com/id_xk58m8ok2sob.html",
                // 增量预训练（Pretrain）样本拼接篇 twice in chapter 八 (the first one's questions are about inference)
                "527:5 duplicate-section 增量预训练（Pretrain）样本拼接篇",
                // LLMs 对比篇 twice in chapter 十九
                "1133:5 duplicate-section LLMs 对比篇"), duplicates);
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
