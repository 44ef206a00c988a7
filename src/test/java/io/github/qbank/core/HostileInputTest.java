package io.github.qbank.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.github.qbank.core.check.Qbank;
import io.github.qbank.core.check.QbankConfig;

/**
 * Input meant to break a checker: it gives findings or a clear error naming the file, never a
 * stack trace or a hang, the other files are still checked, and nothing is written into the bank.
 * (More shapes in {@link BadInputTest}.)
 */
class HostileInputTest {

    @TempDir
    Path dir;

    private List<String> check() throws Exception {
        QbankConfig config = Configs.offline(dir)
                .severity("duplicate-question", Severity.OFF)
                .severity("missing-answer-link", Severity.OFF)
                .outputDirectory(dir.resolve("target/qbank")).build();
        List<Path> before = files();
        List<String> findings = new Qbank().check(config, CheckListener.silent()).findings().stream()
                .map(f -> f.file() + ":" + f.line() + " " + f.rule() + " " + f.text()).toList();
        assertEquals(before, files(), "qbank wrote into the bank");
        return findings;
    }

    private List<Path> files() throws Exception {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(p -> !p.startsWith(dir.resolve("target"))).sorted().toList();
        }
    }

    @Test
    void nulBytesAfterTheBinaryProbeAreText() throws Exception {
        StringBuilder sb = new StringBuilder("# Title\n\n");
        sb.append("text line\n".repeat(1000)).append("a\u0000b\n\n![x](gone.png)\n");
        Files.writeString(dir.resolve("nul.md"), sb);
        assertEquals(List.of("nul.md:1005 missing-image image gone.png does not exist"), check());
    }

    @Test
    void tenThousandCharacterLinesAndUrls() throws Exception {
        String longText = "问".repeat(10_000);
        String longPath = "d/".repeat(2_500) + "x.md";
        Files.writeString(dir.resolve("long.md"), "# T\n\n- 1 " + longText + "\n- 2 [link](" + longPath + ")\n\n"
                + "[web](https://example.invalid/" + "a".repeat(10_000) + ")\n");
        List<String> findings = check();
        assertEquals(1, findings.size(), findings.toString());
        assertTrue(findings.get(0).startsWith("long.md:4 missing-local-file link target d/d/"), findings.get(0));
    }

    @Test
    void urlsWithSpacesCjkIdnAndBrokenEscapes() throws Exception {
        Files.createDirectories(dir.resolve("图片"));
        Files.write(dir.resolve("图片/示意 图.png"), new byte[] {1});
        Files.writeString(dir.resolve("urls.md"), String.join("\n",
                "# URLs", "",
                "![cjk, encoded space](图片/示意%20图.png)",
                "![angle brackets with a space](<图片/示意 图.png>)",
                "![broken escape](img/%zz%E5.png)",
                "[IDN host](https://例子.测试/路径?q=中文)",
                "[space in web URL](<https://example.invalid/a b>)",
                "[bad escape in web URL](https://example.invalid/%zz)",
                ""));
        assertEquals(List.of("urls.md:5 missing-image image img/%zz\uFFFD.png does not exist"), check());
    }

    @Test
    void fileNamesWithSpacesAndCjkAreCheckedAndNamedRelatively() throws Exception {
        Files.createDirectories(dir.resolve("第一章 基础"));
        Files.writeString(dir.resolve("第一章 基础/问题 一.md"), "# 问题\n\n![x](缺失.png)\n");
        assertEquals(List.of("第一章 基础/问题 一.md:3 missing-image image 缺失.png does not exist"), check());
    }

    @Test
    void aFolderNamedLikeMarkdownAndASymlinkLoopAreNotFollowedAndTheRestIsChecked() throws Exception {
        Files.createDirectories(dir.resolve("notes.md"));
        Files.writeString(dir.resolve("notes.md/inner.md"), "# Inner\n\n[x](nowhere.md)\n");
        Files.createSymbolicLink(dir.resolve("notes.md/loop"), dir);
        Files.writeString(dir.resolve("ok.md"), "# Ok\n\n[fine](notes.md/inner.md)\n");
        assertEquals(List.of("notes.md/inner.md:3 missing-local-file link target nowhere.md does not exist"), check());
    }

    @Test
    void unclosedHtmlEverywhere() throws Exception {
        Files.writeString(dir.resolve("html.md"), String.join("\n",
                "# HTML", "",
                "<div><table><tr><td><img src=\"a.png\"",
                "<details><summary>x",
                "<!-- never closed comment",
                "", "![after](b.png)", ""));
        Files.writeString(dir.resolve("next.md"), "# Next\n\n![n](c.png)\n");
        List<String> findings = check();
        assertTrue(findings.contains("next.md:3 missing-image image c.png does not exist"), findings.toString());
        assertTrue(findings.stream().allMatch(f -> f.contains("missing-image")), findings.toString());
    }

    @Test
    void aFiftyMegabyteFileIsCheckedInDefaultMemory() throws Exception {
        StringBuilder sb = new StringBuilder(52_000_000);
        sb.append("# Big\n\n## 一、Chapter\n\n");
        int i = 0;
        while (sb.length() < 50_000_000) {
            sb.append("- ").append(++i).append(" 问题 ").append(i).append(": [答案](answers.md#q").append(i)
                    .append(") and some question text to fill the line\n");
        }
        sb.append("\n![end](at-the-end.png)\n");
        Files.writeString(dir.resolve("big.md"), sb, StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("answers.md"), "# Answers\n");
        List<String> findings = check();
        assertEquals(List.of("big.md:" + (i + 6) + " missing-image image at-the-end.png does not exist"),
                findings.stream().filter(f -> !f.contains("broken-anchor")).toList());
    }
}
