package io.github.qbank.core.report;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.github.qbank.core.FailOn;
import io.github.qbank.core.Finding;
import io.github.qbank.core.OneLine;
import io.github.qbank.core.Severity;
import io.github.qbank.core.baseline.Baseline;
import io.github.qbank.core.baseline.TrackedFinding;
import io.github.qbank.core.check.CheckResult;
import io.github.qbank.core.check.QbankConfig;
import io.github.qbank.core.check.RuleRun;
import io.github.qbank.core.model.Bank;

/**
 * The console: one line per finding, at most {@code maxPerRule} per rule (new ones first), a
 * per-rule table, then one summary line. The findings that fail the build are logged at error
 * level, so {@code mvn -q} still shows them.
 */
public final class ConsoleReport {

    /** How loud a console line is: the Maven layer maps it to its log levels. */
    public enum Level {
        /** A finding of severity error. */
        ERROR,
        /** A finding of severity warning, or a notice about the run. */
        WARN,
        /** The summary and the per-rule table. */
        INFO
    }

    /** One console line. */
    public record Line(Level level, String text) {}

    private ConsoleReport() {}

    /**
     * The finding lines, the {@code … and N more} lines and the per-rule table, in order:
     * <pre>
     * README.md:[7,3] (numbering) expected 3, found 8
     * README.md:[9,1] (missing-image) image img/a.png does not exist [known]
     * qbank: (numbering) … and 12 more: target/qbank/index.html
     * qbank: rule                 severity   new  known
     * qbank: numbering            error       13      0
     * qbank: missing-image        error        0      1
     * </pre>
     *
     * @param report the report that holds every finding, or {@code null} when none was written
     * @param result the check's result
     * @param config the configuration: how many findings per rule to print
     * @return the lines, in order
     */
    public static List<Line> findings(CheckResult result, QbankConfig config, Path report) {
        int max = config.consoleMaxPerRule();
        List<TrackedFinding> ordered = new ArrayList<>(result.newFindings());
        result.tracked().stream().filter(TrackedFinding::known).forEach(ordered::add);
        Map<String, Integer> shown = new LinkedHashMap<>();
        Map<String, int[]> more = new LinkedHashMap<>();
        List<Line> out = new ArrayList<>();
        for (TrackedFinding t : ordered) {
            Finding f = t.finding();
            Level level = level(t, config.failOn());
            if (shown.merge(f.rule(), 1, Integer::sum) <= max) {
                out.add(new Line(level, line(f) + (t.known() ? " [known]" : "")));
            } else {
                int[] m = more.computeIfAbsent(f.rule(), k -> new int[2]);
                m[0]++;
                if (level == Level.ERROR) {
                    m[1]++;
                }
            }
        }
        String where = report == null ? "the reports" : display(report, config.baseDir());
        more.forEach((rule, m) -> out.add(new Line(m[1] > 0 ? Level.ERROR : Level.INFO,
                "qbank: (" + rule + ") … and " + m[0] + " more: " + where)));
        if (!result.tracked().isEmpty()) {
            out.add(new Line(Level.INFO, row("rule", "severity", "new", "known")));
            for (RuleCount c : byRule(result)) {
                out.add(new Line(Level.INFO, row(c.rule(), c.severity(), Long.toString(c.fresh()),
                        Long.toString(c.known()))));
            }
        }
        return out;
    }

    /** New findings that fail the build are errors; other new findings warnings; known ones information. */
    private static Level level(TrackedFinding t, FailOn failOn) {
        if (t.known()) {
            return Level.INFO;
        }
        boolean error = t.finding().severity() == Severity.ERROR;
        return error || failOn == FailOn.WARNING ? Level.ERROR : Level.WARN;
    }

    private static String row(String rule, String severity, String fresh, String known) {
        return String.format(Locale.ROOT, "qbank: %-22s %-8s %5s %6s", rule, severity, fresh, known);
    }

    /** A rule with findings, its severity, and how many of its findings are new and known. */
    record RuleCount(String rule, String severity, long fresh, long known) {}

    /** The rules that found something, in registry order. */
    static List<RuleCount> byRule(CheckResult result) {
        Map<String, long[]> counts = new HashMap<>();
        for (TrackedFinding t : result.tracked()) {
            counts.computeIfAbsent(t.finding().rule(), k -> new long[2])[t.known() ? 1 : 0]++;
        }
        List<RuleCount> out = new ArrayList<>();
        for (RuleRun rule : result.rules()) {
            long[] c = counts.get(rule.id());
            if (c != null) {
                out.add(new RuleCount(rule.id(), rule.severity().id(), c[0], c[1]));
            }
        }
        return out;
    }

    /**
     * {@code README.md:[156,3] (numbering) expected 1, found 39}.
     * @param f the finding
     * @return its console line
     */
    public static String line(Finding f) {
        return f.file() + ":[" + f.line() + "," + f.column() + "] (" + f.rule() + ") " + f.text();
    }

    /**
     * {@code qbank: 2 errors, 1 warning in 3 files (31 chapters, 111 sections, 692 questions, 224 links,
     * 2 images) in 812 ms; report: target/qbank/index.html}.
     * @param result the check's result
     * @param report the HTML report, or {@code null}
     * @param baseDir the project directory: the report path is shown relative to it
     * @return the summary line
     */
    public static String summary(CheckResult result, Path report, Path baseDir) {
        Bank.Stats s = result.bank().stats();
        String where = report == null ? "no report written" : "report: " + display(report, baseDir);
        boolean baseline = result.known() > 0 || result.fixed() > 0;
        String counts = baseline
                ? plural(result.newErrors(), "new error") + ", " + plural(result.newWarnings(), "new warning") + ", "
                        + plural(result.known(), "known finding")
                : plural(result.errors(), "error") + ", " + plural(result.warnings(), "warning");
        return String.format(Locale.ROOT, "qbank: %s in %s (%s, %s, %s, %s, %s) in %d ms; %s",
                counts, plural(s.files(), "file"),
                plural(s.chapters(), "chapter"), plural(s.sections(), "section"), plural(s.questions(), "question"),
                plural(s.links(), "link"), plural(s.images(), "image"), result.durationMs(), where);
    }

    /**
     * {@code qbank: 2 known findings are fixed; run mvn qbank:baseline to prune them}, or {@code null}
     * when none is.
     * @param result the check's result
     * @return the line, or {@code null}
     */
    public static String fixed(CheckResult result) {
        int n = result.fixed();
        if (n == 0) {
            return null;
        }
        return n == 1 ? "qbank: 1 known finding is fixed; run mvn qbank:baseline to prune it"
                : "qbank: " + n + " known findings are fixed; run mvn qbank:baseline to prune them";
    }

    /**
     * {@code qbank: ratchet: 2 files changed since origin/main; 5 findings in other files not reported},
     * or {@code null} without {@code qbank.ratchetFrom}.
     * @param result the check's result
     * @return the line, or {@code null}
     */
    public static String ratchet(CheckResult result) {
        CheckResult.Ratchet r = result.ratchet();
        if (r == null) {
            return null;
        }
        return "qbank: ratchet: " + plural(r.changedFiles(), "file") + " changed since " + OneLine.of(r.ref()) + "; "
                + plural(r.notReported(), "finding") + " in other files not reported";
    }

    /**
     * {@code qbank: baseline qbank-baseline.json written with 3 findings; commit it: ...}.
     * @param result the check's result
     * @param file the baseline file written
     * @param baseDir the project directory: the file is shown relative to it
     * @return the line
     */
    public static String baselineWritten(CheckResult result, Path file, Path baseDir) {
        long written = result.tracked().stream().filter(t -> !Baseline.aboutTheMachine(t.finding())).count();
        return "qbank: baseline " + display(file, baseDir) + " written with " + plural(written, "finding")
                + "; commit it, and qbank:check fails only on findings that are not in it";
    }

    static String display(Path report, Path baseDir) {
        Path abs = report.toAbsolutePath().normalize();
        return (abs.startsWith(baseDir) ? baseDir.relativize(abs) : abs).toString().replace('\\', '/');
    }

    static String plural(long n, String word) {
        return n + " " + word + (n == 1 ? "" : "s");
    }
}
