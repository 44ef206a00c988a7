package io.github.qbank.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import io.github.qbank.core.check.Qbank;
import io.github.qbank.core.check.QbankConfig;
import io.github.qbank.core.rules.Rule;
import io.github.qbank.core.rules.RuleRegistry;

/**
 * The Simplified Chinese documentation keeps up with the English: every rule has a page
 * {@code docs/rules/zh-CN/<id>.md} and no page is left without a rule; each English page and its
 * Chinese page link each other on their third line, right under the title; the Chinese index lists
 * every rule, with its default severity, in the order the rules run (its descriptions are Chinese,
 * written by hand, so only ids, links and severities are compared); and README.md and
 * README.zh-CN.md link each other on their first line, above the title.
 */
class ChineseDocsTest {

    private static final Path PAGES = Path.of("docs/rules");
    private static final Path CHINESE = PAGES.resolve("zh-CN");
    private static final Pattern INDEX_ROW = Pattern.compile("(?m)^\\| \\[`([a-z-]+)`\\]\\(([a-z-]+)\\.md\\) \\| ([a-z]+) \\|");

    @Test
    void everyRuleHasAChinesePageAndEveryChinesePageARule() throws IOException {
        Set<String> pages = new TreeSet<>();
        try (Stream<Path> s = Files.list(CHINESE)) {
            s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".md") && !n.equals("README.md"))
                    .forEach(n -> pages.add(n.substring(0, n.length() - 3)));
        }
        assertEquals(new TreeSet<>(RuleRegistry.standard().ids()), pages,
                "docs/rules/zh-CN/<id>.md, one page per rule of RuleRegistry and no other");
    }

    @Test
    void eachRulePageLinksItsTranslationUnderItsTitle() throws IOException {
        List<String> unlinked = new ArrayList<>();
        for (Rule rule : RuleRegistry.standard().rules()) {
            String id = rule.id();
            expectLines(PAGES.resolve(id + ".md"), "# `" + id + "`", "English | [中文](zh-CN/" + id + ".md)", unlinked);
            expectLines(CHINESE.resolve(id + ".md"), "# `" + id + "`", "[English](../" + id + ".md) | 中文", unlinked);
        }
        expectLines(PAGES.resolve("README.md"), "# qbank rules", "English | [中文](zh-CN/README.md)", unlinked);
        expectLines(CHINESE.resolve("README.md"), "# qbank 规则", "[English](../README.md) | 中文", unlinked);
        assertEquals(List.of(), unlinked);
    }

    @Test
    void eachChinesePageHasTheSectionsOfItsEnglishPage() throws IOException {
        List<String> incomplete = new ArrayList<>();
        for (Rule rule : RuleRegistry.standard().rules()) {
            String page = readIfPresent(CHINESE.resolve(rule.id() + ".md"));
            for (String part : List.of("默认级别：**" + rule.defaultSeverity().id() + "**", "\n## 检查什么\n",
                    "\n## 为什么重要\n", "\n## 示例\n", "\n## 配置\n", "<" + rule.id() + ">",
                    "-Dqbank.rules=" + rule.id() + ":", "\n## 抑制\n", "qbank-disable-next-line " + rule.id())) {
                if (!page.contains(part)) {
                    incomplete.add("zh-CN/" + rule.id() + ".md lacks " + part.strip());
                }
            }
        }
        assertEquals(List.of(), incomplete);
    }

    @Test
    void theChineseIndexListsEveryRuleWithItsSeverityInTheOrderTheyRun() throws IOException {
        String index = readIfPresent(CHINESE.resolve("README.md"));
        int start = index.indexOf("<!-- rules:start -->");
        int end = index.indexOf("<!-- rules:end -->");
        assertTrue(start >= 0 && end > start, "docs/rules/zh-CN/README.md needs its table between rules:start and rules:end");
        List<String> rows = new ArrayList<>();
        Matcher row = INDEX_ROW.matcher(index.substring(start, end));
        while (row.find()) {
            rows.add(row.group(1) + (row.group(1).equals(row.group(2)) ? "" : " links " + row.group(2) + ".md")
                    + " " + row.group(3));
        }
        List<String> expected = new ArrayList<>();
        for (Rule rule : RuleRegistry.standard().rules()) {
            expected.add(rule.id() + " " + rule.defaultSeverity().id());
        }
        assertEquals(expected, rows, "docs/rules/zh-CN/README.md: | [`id`](id.md) | default severity | 中文说明 |");
    }

    @Test
    void theReadmesLinkEachOtherAtTheTop() throws IOException {
        List<String> unlinked = new ArrayList<>();
        expectLines(Path.of("README.md"), "English | [中文](README.zh-CN.md)", "# qbank", unlinked);
        expectLines(Path.of("README.zh-CN.md"), "[English](README.md) | 中文", "# qbank", unlinked);
        assertEquals(List.of(), unlinked);
    }

    @Test
    void theChineseReadmeLinksEveryChineseRulePageInTheOrderTheRulesRun() throws IOException {
        List<String> linked = new ArrayList<>();
        Matcher row = Pattern.compile("(?m)^\\| \\[`([a-z-]+)`\\]\\(docs/rules/zh-CN/\\1\\.md\\) \\|")
                .matcher(readIfPresent(Path.of("README.zh-CN.md")));
        while (row.find()) {
            linked.add(row.group(1));
        }
        assertEquals(RuleRegistry.standard().ids(), linked, "README.zh-CN.md's rule table");
    }

    /**
     * qbank checks its own documentation: the Chinese pages, the Chinese README and the language
     * links of the English pages lead to files and headings that exist.
     */
    @Test
    void theChineseDocsLinkOnlyToFilesAndHeadingsThatExist() throws QbankException {
        QbankConfig config = Configs.offline(Path.of("").toAbsolutePath())
                .includes(List.of("README.md", "README.zh-CN.md", "CONTRIBUTING.md", "docs/**/*.md")).build();
        List<String> broken = new Qbank().check(config, CheckListener.silent()).findings().stream()
                .filter(f -> Set.of("missing-local-file", "broken-anchor", "missing-image").contains(f.rule()))
                .filter(f -> f.file().startsWith("docs/rules/") || f.file().equals("README.zh-CN.md")
                        || f.file().equals("README.md") && f.line() == 1)
                .map(f -> f.file() + ":" + f.line() + " " + f.text())
                .toList();
        assertEquals(List.of(), broken);
    }

    /** Notes in {@code unlinked} unless {@code file} opens with {@code first}, a blank line and {@code third}. */
    private static void expectLines(Path file, String first, String third, List<String> unlinked) throws IOException {
        String[] lines = readIfPresent(file).split("\n", 4);
        String expected = first + "\n\n" + third;
        String found = String.join("\n", List.of(lines).subList(0, Math.min(3, lines.length)));
        if (!found.equals(expected)) {
            unlinked.add(file + " should open with\n" + expected + "\nbut opens with\n" + found);
        }
    }

    private static String readIfPresent(Path file) throws IOException {
        return Files.exists(file) ? Files.readString(file) : "";
    }
}
