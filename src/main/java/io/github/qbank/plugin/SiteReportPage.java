package io.github.qbank.plugin;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.apache.maven.doxia.sink.Sink;

import io.github.qbank.core.Counts;
import io.github.qbank.core.Message;
import io.github.qbank.core.Severity;
import io.github.qbank.core.baseline.TrackedFinding;
import io.github.qbank.core.model.Bank;
import io.github.qbank.core.report.ConsoleReport;
import io.github.qbank.core.report.FindingGroups;
import io.github.qbank.core.report.FindingGroups.FileGroup;
import io.github.qbank.core.report.FindingGroups.RuleGroup;

/**
 * The page of {@code qbank:report} in the Maven site, written through Doxia's sink so that it takes
 * the site's skin: the summary (counts per severity and per rule), the findings per rule, the
 * findings per file, as checkstyle's report shows them, and a link to the full HTML report. The
 * sink escapes all text, so nothing from the bank becomes markup.
 */
final class SiteReportPage {

    private final Sink sink;
    private final Locale locale;

    /** A page in English. */
    SiteReportPage(Sink sink) {
        this(sink, Locale.ENGLISH);
    }

    /** A page in a language: {@link Locale#ENGLISH} or {@link Locale#SIMPLIFIED_CHINESE}. */
    SiteReportPage(Sink sink, Locale locale) {
        this.sink = sink;
        this.locale = locale;
    }

    void render(Bank.Stats stats, FindingGroups groups, String fullReport) {
        sink.head();
        sink.title();
        sink.text("qbank");
        sink.title_();
        sink.head_();
        sink.body();

        sink.section1();
        sink.sectionTitle1();
        sink.text("qbank");
        sink.sectionTitle1_();
        Object[] counts = {Counts.markdownFiles(stats.files()), Counts.chapters(stats.chapters()),
            Counts.sections(stats.sections()), Counts.questions(stats.questions()), Counts.links(stats.links()),
            Counts.images(stats.images()), Counts.errors(groups.errors()), Counts.warnings(groups.warnings()),
            groups.known()};
        paragraph(text(groups.known() == 0 ? Message.of("site.checked", Arrays.copyOf(counts, 8))
                : Message.of("site.checked-known", counts)));
        sink.paragraph();
        sink.text(text(Message.of("site.full-report")) + " ");
        link(fullReport, fullReport);
        sink.paragraph_();

        summary(groups);
        byRule(groups.rules());
        byFile(groups.files());
        sink.section1_();

        sink.body_();
        sink.flush();
        sink.close();
    }

    private void summary(FindingGroups groups) {
        sink.section2();
        anchor("summary");
        sink.sectionTitle2();
        sink.text(text(Message.of("html.summary")));
        sink.sectionTitle2_();
        sink.table();
        sink.tableRows(null, false);
        row(true, text(Message.of("site.column.severity")), text(Message.of("site.column.findings")));
        row(false, severity(Severity.ERROR), Long.toString(groups.errors()));
        row(false, severity(Severity.WARNING), Long.toString(groups.warnings()));
        if (groups.known() > 0) {
            row(false, text(Message.of("site.known")), Long.toString(groups.known()));
        }
        sink.tableRows_();
        sink.table_();

        sink.table();
        sink.tableRows(null, false);
        row(true, text(Message.of("site.column.rule")), text(Message.of("site.column.severity")),
                text(Message.of("site.column.findings")), text(Message.of("site.column.documentation")));
        for (RuleGroup g : groups.rules()) {
            sink.tableRow();
            sink.tableCell();
            if (g.findings().isEmpty()) {
                sink.text(g.rule().id());
            } else {
                link("#" + ruleAnchor(g.rule().id()), g.rule().id());
            }
            sink.tableCell_();
            cell(severity(g.rule().severity()));
            cell(Integer.toString(g.findings().size()));
            sink.tableCell();
            link(g.rule().helpUri(), g.rule().description(locale));
            sink.tableCell_();
            sink.tableRow_();
        }
        sink.tableRows_();
        sink.table_();
        sink.section2_();
    }

    private void byRule(List<RuleGroup> rules) {
        sink.section2();
        anchor("rules");
        sink.sectionTitle2();
        sink.text(text(Message.of("site.per-rule")));
        sink.sectionTitle2_();
        if (rules.stream().allMatch(g -> g.findings().isEmpty())) {
            paragraph(text(Message.of("site.no-findings")));
        }
        for (RuleGroup g : rules) {
            if (g.findings().isEmpty()) {
                continue;
            }
            sink.section3();
            anchor(ruleAnchor(g.rule().id()));
            sink.sectionTitle3();
            sink.text(text(Message.of("site.rule-heading", g.rule().id(), Counts.findings(g.findings().size()))));
            sink.sectionTitle3_();
            sink.paragraph();
            sink.text(g.rule().description(locale) + " ");
            link(g.rule().helpUri(), text(Message.of("site.how-to-fix")));
            sink.paragraph_();
            sink.table();
            sink.tableRows(null, false);
            row(true, text(Message.of("site.column.file")), text(Message.of("site.column.line")),
                    text(Message.of("site.column.message")));
            for (TrackedFinding t : g.findings()) {
                row(false, t.finding().file(), position(t), message(t));
            }
            sink.tableRows_();
            sink.table_();
            sink.section3_();
        }
        sink.section2_();
    }

    private void byFile(List<FileGroup> files) {
        sink.section2();
        anchor("files");
        sink.sectionTitle2();
        sink.text(text(Message.of("site.per-file")));
        sink.sectionTitle2_();
        if (files.isEmpty()) {
            paragraph(text(Message.of("site.no-findings")));
        } else {
            sink.table();
            sink.tableRows(null, false);
            row(true, text(Message.of("site.column.file")), text(Message.of("site.column.errors")),
                    text(Message.of("site.column.warnings")));
            for (int i = 0; i < files.size(); i++) {
                FileGroup f = files.get(i);
                sink.tableRow();
                sink.tableCell();
                link("#" + fileAnchor(i), f.file());
                sink.tableCell_();
                cell(Long.toString(f.count(Severity.ERROR)));
                cell(Long.toString(f.count(Severity.WARNING)));
                sink.tableRow_();
            }
            sink.tableRows_();
            sink.table_();
        }
        for (int i = 0; i < files.size(); i++) {
            FileGroup f = files.get(i);
            sink.section3();
            anchor(fileAnchor(i));
            sink.sectionTitle3();
            sink.text(f.file());
            sink.sectionTitle3_();
            sink.table();
            sink.tableRows(null, false);
            row(true, text(Message.of("site.column.severity")), text(Message.of("site.column.rule")),
                    text(Message.of("site.column.line")), text(Message.of("site.column.message")));
            for (TrackedFinding t : f.findings()) {
                row(false, severity(t.finding().severity()), t.finding().rule(), position(t), message(t));
            }
            sink.tableRows_();
            sink.table_();
            sink.section3_();
        }
        sink.section2_();
    }

    /** Rule ids are lower-case words and hyphens: an anchor as they are. */
    static String ruleAnchor(String id) {
        return "rule-" + id;
    }

    /** File names hold any character: anchors by position. */
    static String fileAnchor(int index) {
        return "file-" + (index + 1);
    }

    private static String position(TrackedFinding t) {
        return t.finding().line() + ":" + t.finding().column();
    }

    private String message(TrackedFinding t) {
        String text = t.finding().text(locale);
        return t.known() ? text(Message.of("console.known")) + " " + text : text;
    }

    private String severity(Severity severity) {
        return ConsoleReport.severity(severity.id(), locale);
    }

    private String text(Message message) {
        return message.text(locale);
    }

    private void row(boolean header, String... cells) {
        sink.tableRow();
        for (String c : cells) {
            if (header) {
                sink.tableHeaderCell();
                sink.text(c);
                sink.tableHeaderCell_();
            } else {
                cell(c);
            }
        }
        sink.tableRow_();
    }

    private void cell(String text) {
        sink.tableCell();
        sink.text(text);
        sink.tableCell_();
    }

    private void paragraph(String text) {
        sink.paragraph();
        sink.text(text);
        sink.paragraph_();
    }

    private void link(String href, String text) {
        sink.link(href);
        sink.text(text);
        sink.link_();
    }

    private void anchor(String name) {
        sink.anchor(name);
        sink.anchor_();
    }
}
