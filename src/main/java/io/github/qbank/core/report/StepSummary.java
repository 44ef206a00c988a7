package io.github.qbank.core.report;

import java.util.List;
import java.util.Locale;

import io.github.qbank.core.Counts;
import io.github.qbank.core.Finding;
import io.github.qbank.core.Message;
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

    static String markdown(CheckResult result, String report, Locale locale) {
        StringBuilder out = new StringBuilder();
        Message status = result.failed() ? Message.of("html.status.failed") : Message.of("html.status.passed");
        out.append(Message.of("step-summary.title", status).text(locale)).append("\n\n");
        Message counts = Message.of("console.counts-with-baseline", Counts.newErrors(result.newErrors()),
                Counts.newWarnings(result.newWarnings()), Counts.knownFindings(result.known()));
        if (result.fixed() > 0) {
            counts = Message.of("step-summary.counts-fixed", counts, Counts.knownFindings(result.fixed()));
        }
        out.append(counts.text(locale)).append("\n\n");
        List<ConsoleReport.RuleCount> rules = ConsoleReport.byRule(result);
        if (!rules.isEmpty()) {
            out.append("| ").append(Message.of("console.column.rule").text(locale))
                    .append(" | ").append(Message.of("console.column.severity").text(locale))
                    .append(" | ").append(Message.of("console.column.new").text(locale))
                    .append(" | ").append(Message.of("console.column.known").text(locale))
                    .append(" |\n|---|---|--:|--:|\n");
            for (ConsoleReport.RuleCount c : rules) {
                out.append("| `").append(c.rule()).append("` | ").append(ConsoleReport.severity(c.severity(), locale))
                        .append(" | ").append(c.fresh()).append(" | ").append(c.known()).append(" |\n");
            }
            out.append('\n');
        }
        List<TrackedFinding> fresh = result.newFindings();
        if (!fresh.isEmpty()) {
            out.append(Message.of("step-summary.new-findings").text(locale)).append("\n\n");
            for (TrackedFinding t : fresh.subList(0, Math.min(FIRST, fresh.size()))) {
                Finding f = t.finding();
                out.append("- ").append(escape(f.file() + ":" + f.line())).append(" (").append(f.rule()).append(") ")
                        .append(escape(f.text(locale))).append('\n');
            }
            if (fresh.size() > FIRST) {
                out.append("- ").append(Message.of("step-summary.more", fresh.size() - FIRST).text(locale))
                        .append('\n');
            }
            out.append('\n');
        }
        String where = report == null ? Message.of("step-summary.none-written").text(locale) : report;
        out.append(Message.of("step-summary.report", escape(where)).text(locale)).append("\n\n");
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
