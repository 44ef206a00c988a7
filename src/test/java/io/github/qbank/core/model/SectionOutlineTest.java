package io.github.qbank.core.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import io.github.qbank.core.check.QbankConfig;
import io.github.qbank.core.local.RepositoryBoundary;
import io.github.qbank.core.parse.BankFileReader;

/** What an outline keeps once it is cut down to its chapters and sections, and the compact anchor set. */
class SectionOutlineTest {

    private static OutlineNode outline(String markdown) {
        BankFileReader reader = new BankFileReader(Pattern.compile(QbankConfig.DEFAULT_ANSWER_LINK_PATTERN),
                new RepositoryBoundary(Path.of(".")));
        return reader.parse("bank.md", Path.of("bank.md"), markdown.getBytes(StandardCharsets.UTF_8)).outline();
    }

    private static List<String> shape(OutlineNode root) {
        List<String> out = new ArrayList<>();
        for (OutlineNode n : root.inDocumentOrder()) {
            out.add(n.kind() + " " + n.role() + " " + n.line() + ":" + n.column() + " " + n.text() + " -" + n.prunedQuestions());
        }
        return out;
    }

    @Test
    void keepsChaptersSectionsAndTheNodesAboveThemAndCountsTheQuestionsLeftOut() {
        OutlineNode whole = outline("""
                # 面试题

                ## 一、基础

                ### 1.1 线程

                - 1. 什么是线程？
                  - [答案](https://example.com/a)
                - 2. 什么是进程？

                ### 1.2 内存

                - 1. 什么是堆？
                """);
        SectionOutline.Pruned cut = SectionOutline.of(whole);
        assertEquals(List.of(
                "DOCUMENT OTHER 1:1  -0",
                "HEADING TITLE 1:3 面试题 -0",
                "HEADING CHAPTER 3:4 一、基础 -0",
                "HEADING SECTION 5:5 1.1 线程 -2",
                "HEADING SECTION 11:5 1.2 内存 -1"), shape(cut.root()));
        int questions = 0;
        for (OutlineNode n : whole.inDocumentOrder()) {
            questions += n.role() == Role.QUESTION ? 1 : 0;
        }
        assertEquals(3, questions);
        for (OutlineNode n : whole.inDocumentOrder()) {
            assertEquals(0, n.prunedQuestions(), "the whole outline is left as it was");
            if (n.role() == Role.SECTION || n.role() == Role.CHAPTER) {
                OutlineNode copy = cut.kept().get(n);
                assertEquals(n.text(), copy.text());
                assertSame(n.links(), copy.links(), "a kept node shares its links, which rules compare by identity");
            }
        }
    }

    @Test
    void questionsLeftOutAreCountedOnTheirSection() {
        OutlineNode whole = outline("""
                ## 题目

                - 1. 第一题
                - 2. 第二题
                """);
        SectionOutline.Pruned cut = SectionOutline.of(whole);
        List<String> kept = shape(cut.root());
        assertEquals(2, kept.size(), kept.toString());
        assertTrue(kept.get(1).endsWith("-2"), kept.toString());
    }

    @Test
    void anchorSetsKeepTheirOrderAndAnswerLookUps() {
        AnchorSet anchors = AnchorSet.of(List.of("zeta", "alpha", "中文标题", "mid"));
        assertEquals(List.of("zeta", "alpha", "中文标题", "mid"), new ArrayList<>(anchors));
        assertTrue(anchors.contains("中文标题"));
        assertTrue(anchors.contains("alpha"));
        assertFalse(anchors.contains("Alpha"));
        assertFalse(anchors.contains(null));
        assertEquals(4, anchors.size());
        assertEquals(java.util.Set.of("zeta", "alpha", "中文标题", "mid"), anchors);
        assertThrows(UnsupportedOperationException.class, () -> anchors.add("x"));
    }
}
