package io.github.qbank.plugin;

import java.util.List;
import java.util.Locale;

import org.apache.maven.doxia.sink.Sink;

import io.github.qbank.core.Severity;
import io.github.qbank.core.baseline.TrackedFinding;
import io.github.qbank.core.model.Bank;
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

    SiteReportPage(Sink sink) {
        this.sink = sink;
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
        paragraph(String.format(Locale.ROOT, "qbank checked %s (%s, %s, %s, %s, %s): %s, %s%s.",
                plural(stats.files(), "Markdown file"), plural(stats.chapters(), "chapter"),
                plural(stats.sections(), "section"), plural(stats.questions(), "question"),
                plural(stats.links(), "link"), plural(stats.images(), "image"), plural(groups.errors(), "error"),
                plural(groups.warnings(), "warning"),
                groups.known() == 0 ? "" : ", " + groups.known() + " of them known from the baseline"));
        sink.paragraph();
        sink.text("The full report, with the source lines of every finding, the outline of the bank and its links: ");
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
        sink.text("Summary");
        sink.sectionTitle2_();
        sink.table();
        sink.tableRows(null, false);
        row(true, "Severity", "Findings");
        row(false, "error", Long.toString(groups.errors()));
        row(false, "warning", Long.toString(groups.warnings()));
        if (groups.known() > 0) {
            row(false, "known (in the baseline)", Long.toString(groups.known()));
        }
        sink.tableRows_();
        sink.table_();

        sink.table();
        sink.tableRows(null, false);
        row(true, "Rule", "Severity", "Findings", "Documentation");
        for (RuleGroup g : groups.rules()) {
            sink.tableRow();
            sink.tableCell();
            if (g.findings().isEmpty()) {
                sink.text(g.rule().id());
            } else {
                link("#" + ruleAnchor(g.rule().id()), g.rule().id());
            }
            sink.tableCell_();
            cell(g.rule().severity().name().toLowerCase(Locale.ROOT));
            cell(Integer.toString(g.findings().size()));
            sink.tableCell();
            link(g.rule().helpUri(), g.rule().description());
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
        sink.text("Findings per rule");
        sink.sectionTitle2_();
        if (rules.stream().allMatch(g -> g.findings().isEmpty())) {
            paragraph("No findings.");
        }
        for (RuleGroup g : rules) {
            if (g.findings().isEmpty()) {
                continue;
            }
            sink.section3();
            anchor(ruleAnchor(g.rule().id()));
            sink.sectionTitle3();
            sink.text(g.rule().id() + " (" + plural(g.findings().size(), "finding") + ")");
            sink.sectionTitle3_();
            sink.paragraph();
            sink.text(g.rule().description() + " ");
            link(g.rule().helpUri(), "How to fix, configure or silence it");
            sink.paragraph_();
            sink.table();
            sink.tableRows(null, false);
            row(true, "File", "Line", "Message");
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
        sink.text("Findings per file");
        sink.sectionTitle2_();
        if (files.isEmpty()) {
            paragraph("No findings.");
        } else {
            sink.table();
            sink.tableRows(null, false);
            row(true, "File", "Errors", "Warnings");
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
            row(true, "Severity", "Rule", "Line", "Message");
            for (TrackedFinding t : f.findings()) {
                row(false, t.finding().severity().name().toLowerCase(Locale.ROOT), t.finding().rule(), position(t),
                        message(t));
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

    private static String message(TrackedFinding t) {
        return (t.known() ? "[known] " : "") + t.finding().text();
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

    private static String plural(long n, String word) {
        return n + " " + word + (n == 1 ? "" : "s");
    }
}
