package io.github.qbank.core.report;

import java.util.List;

import io.github.qbank.core.Finding;
import io.github.qbank.core.baseline.TrackedFinding;
import io.github.qbank.core.check.CheckResult;

/**
 * The Markdown that GitHub Actions shows on a run's page ({@code GITHUB_STEP_SUMMARY}): the result,
 * the per-rule table, the first new findings with {@code file:line}, and where the report is.
 * Text from the bank is escaped: it cannot add links, images or HTML to the page.
 */
final class StepSummary {

    /** New findings listed before {@code … and N more}. */
    static final int FIRST = 20;

    private StepSummary() {}

    static String markdown(CheckResult result, String report) {
        StringBuilder out = new StringBuilder();
        out.append("## qbank: ").append(result.failed() ? "failed" : "passed").append("\n\n");
        out.append(ConsoleReport.plural(result.newErrors(), "new error")).append(", ")
                .append(ConsoleReport.plural(result.newWarnings(), "new warning")).append(", ")
                .append(ConsoleReport.plural(result.known(), "known finding"));
        if (result.fixed() > 0) {
            out.append(", ").append(ConsoleReport.plural(result.fixed(), "known finding")).append(" fixed");
        }
        out.append("\n\n");
        List<ConsoleReport.RuleCount> rules = ConsoleReport.byRule(result);
        if (!rules.isEmpty()) {
            out.append("| rule | severity | new | known |\n|---|---|--:|--:|\n");
            for (ConsoleReport.RuleCount c : rules) {
                out.append("| `").append(c.rule()).append("` | ").append(c.severity()).append(" | ").append(c.fresh())
                        .append(" | ").append(c.known()).append(" |\n");
            }
            out.append('\n');
        }
        List<TrackedFinding> fresh = result.newFindings();
        if (!fresh.isEmpty()) {
            out.append("New findings:\n\n");
            for (TrackedFinding t : fresh.subList(0, Math.min(FIRST, fresh.size()))) {
                Finding f = t.finding();
                out.append("- ").append(escape(f.file() + ":" + f.line())).append(" (").append(f.rule()).append(") ")
                        .append(escape(f.text())).append('\n');
            }
            if (fresh.size() > FIRST) {
                out.append("- … and ").append(fresh.size() - FIRST).append(" more\n");
            }
            out.append('\n');
        }
        out.append("Report: ").append(escape(report)).append("\n\n");
        return out.toString();
    }

    /** Backslash before every ASCII punctuation character (CommonMark), line breaks as spaces. */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            if (cp == '\n' || cp == '\r') {
                out.append(' ');
            } else {
                if (cp < 128 && "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~".indexOf(cp) >= 0) {
                    out.append('\\');
                }
                out.appendCodePoint(cp);
            }
        });
        return out.toString();
    }
}
