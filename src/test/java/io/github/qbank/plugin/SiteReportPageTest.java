package io.github.qbank.plugin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Proxy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.maven.doxia.sink.Sink;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.github.qbank.core.CheckListener;
import io.github.qbank.core.check.CheckResult;
import io.github.qbank.core.check.Qbank;
import io.github.qbank.core.check.QbankConfig;
import io.github.qbank.core.links.LinkSettings;
import io.github.qbank.core.report.FindingGroups;

/** The site page, as the events it sends to Doxia's sink: sections, tables, text and links. */
class SiteReportPageTest {

    @TempDir
    Path dir;

    @Test
    void summaryThenFindingsPerRuleThenPerFileWithTheLinkToTheFullReport() throws Exception {
        Files.writeString(dir.resolve("README.md"), "# Bank\n\n- 1 one\n- 3 three\n\n![x](img/x.png)\n");
        Files.createDirectories(dir.resolve("docs"));
        Files.writeString(dir.resolve("docs/a.md"), "# A\n\n[b](b.md)\n");
        QbankConfig config = QbankConfig.builder(dir)
                .links(LinkSettings.builder(null).skip("links are not checked in this test").build()).build();
        CheckResult result = new Qbank().check(config, CheckListener.silent());

        List<String> events = new ArrayList<>();
        new SiteReportPage(recording(events)).render(result.bank().stats(), FindingGroups.of(result), "qbank/index.html");
        String page = String.join("\n", events);

        assertTrue(page.contains("text qbank checked 2 Markdown files (2 chapters, 0 sections, 2 questions, 0 links,"
                + " 1 image): 3 errors, 0 warnings."), page);
        assertTrue(page.contains("link qbank/index.html\ntext qbank/index.html\nlink_"), page);
        int summary = events.indexOf("anchor summary");
        int rules = events.indexOf("anchor rules");
        int files = events.indexOf("anchor files");
        assertTrue(summary > 0 && rules > summary && files > rules, page);
        assertTrue(page.contains("link #rule-numbering\ntext numbering\nlink_"), page);
        assertTrue(page.contains("anchor rule-numbering\nanchor_\nsectionTitle3\ntext numbering (1 finding)"), page);
        assertTrue(page.contains("link https://github.com/qbank/qbank-maven-plugin/blob/main/docs/rules/numbering.md"),
                page);
        assertTrue(page.contains("tableCell\ntext README.md\ntableCell_\ntableCell\ntext 4:3\ntableCell_\ntableCell\n"
                + "text expected 2, found 3 (2 is missing)"), page);
        assertTrue(page.contains("link #file-1\ntext README.md\nlink_"), page);
        assertTrue(page.contains("link #file-2\ntext docs/a.md\nlink_"), page);
        assertEquals(1, events.stream().filter(e -> e.equals("anchor file-2")).count());
        assertEquals("close", events.get(events.size() - 1));
    }

    @Test
    void aCleanBankSaysSo() throws Exception {
        Files.writeString(dir.resolve("README.md"), "# Bank\n\n- 1 one\n- 2 two\n");
        QbankConfig config = QbankConfig.builder(dir)
                .links(LinkSettings.builder(null).skip("links are not checked in this test").build()).build();
        CheckResult result = new Qbank().check(config, CheckListener.silent());
        List<String> events = new ArrayList<>();
        new SiteReportPage(recording(events)).render(result.bank().stats(), FindingGroups.of(result), "qbank/index.html");
        assertEquals(2, events.stream().filter(e -> e.equals("text No findings.")).count(), String.join("\n", events));
        assertTrue(events.contains("text qbank checked 1 Markdown file (1 chapter, 0 sections, 2 questions, 0 links,"
                + " 0 images): 0 errors, 0 warnings."), String.join("\n", events));
    }

    @Test
    void inChineseThePagesWordsAndMessagesAreChineseAndItsAnchorsAndIdsAreNot() throws Exception {
        Files.writeString(dir.resolve("README.md"), "# Bank\n\n- 1 one\n- 3 three\n");
        QbankConfig config = QbankConfig.builder(dir)
                .links(LinkSettings.builder(null).skip("links are not checked in this test").build()).build();
        CheckResult result = new Qbank().check(config, CheckListener.silent());
        List<String> events = new ArrayList<>();
        new SiteReportPage(recording(events), Locale.SIMPLIFIED_CHINESE)
                .render(result.bank().stats(), FindingGroups.of(result), "qbank/index.html");
        String page = String.join("\n", events);
        assertTrue(page.contains("text qbank 检查了 1 个 Markdown 文件（1 章、0 节、2 道题、0 个链接、0 张图片）：1 个错误、0 个警告。"),
                page);
        assertTrue(page.contains("text 完整报告（含每个问题的源码行、题库大纲和全部链接）： \nlink qbank/index.html"), page);
        assertTrue(page.contains("anchor rule-numbering\nanchor_\nsectionTitle3\ntext numbering（1 个问题）"), page);
        assertTrue(page.contains("text 应为 2，实为 3（缺少 2）"), page);
        assertTrue(page.contains("tableHeaderCell\ntext 级别\ntableHeaderCell_\ntableHeaderCell\ntext 规则"), page);
    }

    @Test
    void thePageFollowsAChineseSiteElseQbankLocale() {
        assertEquals(Locale.SIMPLIFIED_CHINESE, ReportMojo.pageLocale(Locale.CHINA, Locale.ENGLISH));
        assertEquals(Locale.SIMPLIFIED_CHINESE, ReportMojo.pageLocale(Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE));
        assertEquals(Locale.SIMPLIFIED_CHINESE, ReportMojo.pageLocale(Locale.ROOT, Locale.SIMPLIFIED_CHINESE));
        assertEquals(Locale.ENGLISH, ReportMojo.pageLocale(Locale.ENGLISH, Locale.ENGLISH));
        assertEquals(Locale.ENGLISH, ReportMojo.pageLocale(null, Locale.ENGLISH));
    }

    /** A sink that records each event as one line: its name, and its text or link target. */
    private static Sink recording(List<String> events) {
        return (Sink) Proxy.newProxyInstance(Sink.class.getClassLoader(), new Class<?>[] {Sink.class},
                (proxy, method, args) -> {
                    String name = method.getName();
                    if (args != null && args.length > 0 && args[0] instanceof String s) {
                        events.add(name + " " + s);
                    } else {
                        events.add(name);
                    }
                    return null;
                });
    }
}
