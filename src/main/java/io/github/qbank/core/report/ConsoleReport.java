package io.github.qbank.core.report;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.github.qbank.core.Counts;
import io.github.qbank.core.FailOn;
import io.github.qbank.core.Finding;
import io.github.qbank.core.Message;
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
        Locale locale = config.locale();
        int max = config.consoleMaxPerRule();
        List<TrackedFinding> ordered = new ArrayList<>(result.newFindings());
        result.tracked().stream().filter(TrackedFinding::known).forEach(ordered::add);
        Map<String, Integer> shown = new LinkedHashMap<>();
        Map<String, int[]> more = new LinkedHashMap<>();
        List<Line> out = new ArrayList<>();
        String known = " " + Message.of("console.known").text(locale);
        for (TrackedFinding t : ordered) {
            Finding f = t.finding();
            Level level = level(t, config.failOn());
            if (shown.merge(f.rule(), 1, Integer::sum) <= max) {
                out.add(new Line(level, line(f, locale) + (t.known() ? known : "")));
            } else {
                int[] m = more.computeIfAbsent(f.rule(), k -> new int[2]);
                m[0]++;
                if (level == Level.ERROR) {
                    m[1]++;
                }
            }
        }
        String where = report == null ? Message.of("console.the-reports").text(locale) : display(report, config.baseDir());
        more.forEach((rule, m) -> out.add(new Line(m[1] > 0 ? Level.ERROR : Level.INFO,
                Message.of("console.more", rule, m[0], where).text(locale))));
        if (!result.tracked().isEmpty()) {
            out.add(new Line(Level.INFO, row(Message.of("console.column.rule").text(locale),
                    Message.of("console.column.severity").text(locale), Message.of("console.column.new").text(locale),
                    Message.of("console.column.known").text(locale))));
            for (RuleCount c : byRule(result)) {
                out.add(new Line(Level.INFO, row(c.rule(), severity(c.severity(), locale), Long.toString(c.fresh()),
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

    /** The table's columns, padded by the columns each text takes, so that Chinese lines up too. */
    private static String row(String rule, String severity, String fresh, String known) {
        return "qbank: " + right(rule, 22, false) + " " + right(severity, 8, false) + " " + right(fresh, 5, true) + " "
                + right(known, 6, true);
    }

    private static String right(String text, int width, boolean alignRight) {
        String pad = " ".repeat(Math.max(0, width - columns(text)));
        return alignRight ? pad + text : text + pad;
    }

    /**
     * A severity as the reader's language names it: {@code error}, {@code 错误}.
     * @param id the severity's id: {@code error}, {@code warning} or {@code off}
     * @param locale the language
     * @return its name
     */
    public static String severity(String id, Locale locale) {
        Message name = id.equals(Severity.ERROR.id()) ? Message.of("severity.error")
                : id.equals(Severity.WARNING.id()) ? Message.of("severity.warning") : Message.of("severity.off");
        return name.text(locale);
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
        return line(f, Locale.ENGLISH);
    }

    /**
     * {@code README.md:[156,3] (numbering) 应为 1，实为 39}.
     * @param f the finding
     * @param locale the language of the message
     * @return its console line
     */
    public static String line(Finding f, Locale locale) {
        return f.file() + ":[" + f.line() + "," + f.column() + "] (" + f.rule() + ") " + f.text(locale);
    }

    /**
     * {@code qbank: 2 errors, 1 warning in 3 files (31 chapters, 111 sections, 692 questions, 224 links,
     * 2 images) in 812 ms; report: target/qbank/index.html}.
     * @param result the check's result
     * @param report the HTML report, or {@code null}
     * @param baseDir the project directory: the report path is shown relative to it
     * @param locale the language
     * @return the summary line
     */
    public static String summary(CheckResult result, Path report, Path baseDir, Locale locale) {
        Bank.Stats s = result.bank().stats();
        Message where = report == null ? Message.of("console.no-report")
                : Message.of("console.report", display(report, baseDir));
        boolean baseline = result.known() > 0 || result.fixed() > 0;
        Message counts = baseline
                ? Message.of("console.counts-with-baseline", Counts.newErrors(result.newErrors()),
                        Counts.newWarnings(result.newWarnings()), Counts.knownFindings(result.known()))
                : Message.of("console.counts", Counts.errors(result.errors()), Counts.warnings(result.warnings()));
        return Message.of("console.summary", counts, Counts.files(s.files()), Counts.chapters(s.chapters()),
                Counts.sections(s.sections()), Counts.questions(s.questions()), Counts.links(s.links()),
                Counts.images(s.images()), result.durationMs(), where).text(locale);
    }

    /**
     * {@code qbank: 2 known findings are fixed; run mvn qbank:baseline to prune them}, or {@code null}
     * when none is.
     * @param result the check's result
     * @param locale the language
     * @return the line, or {@code null}
     */
    public static String fixed(CheckResult result, Locale locale) {
        int n = result.fixed();
        if (n == 0) {
            return null;
        }
        return (n == 1 ? Message.of("console.fixed.one") : Message.of("console.fixed.other", n)).text(locale);
    }

    /**
     * {@code qbank: ratchet: 2 files changed since origin/main; 5 findings in other files not reported},
     * or {@code null} without {@code qbank.ratchetFrom}.
     * @param result the check's result
     * @param locale the language
     * @return the line, or {@code null}
     */
    public static String ratchet(CheckResult result, Locale locale) {
        CheckResult.Ratchet r = result.ratchet();
        if (r == null) {
            return null;
        }
        return Message.of("console.ratchet", Counts.files(r.changedFiles()), OneLine.of(r.ref()),
                Counts.findings(r.notReported())).text(locale);
    }

    /**
     * {@code qbank: baseline qbank-baseline.json written with 3 findings; commit it: ...}.
     * @param result the check's result
     * @param file the baseline file written
     * @param baseDir the project directory: the file is shown relative to it
     * @param locale the language
     * @return the line
     */
    public static String baselineWritten(CheckResult result, Path file, Path baseDir, Locale locale) {
        long written = result.tracked().stream().filter(t -> !Baseline.aboutTheMachine(t.finding())).count();
        return Message.of("console.baseline-written", display(file, baseDir), Counts.findings((int) written))
                .text(locale);
    }

    static String display(Path report, Path baseDir) {
        Path abs = report.toAbsolutePath().normalize();
        return (abs.startsWith(baseDir) ? baseDir.relativize(abs) : abs).toString().replace('\\', '/');
    }

    /**
     * The columns a text takes in a terminal: two for a wide (CJK) character, one for any other, so
     * that a table lines up in Chinese as in English.
     * @param text the text
     * @return its width in columns
     */
    private static int columns(String text) {
        return text.codePoints().map(cp -> wide(cp) ? 2 : 1).sum();
    }

    private static boolean wide(int cp) {
        return (cp >= 0x1100 && cp <= 0x115F) || (cp >= 0x2E80 && cp <= 0xA4CF) || (cp >= 0xAC00 && cp <= 0xD7A3)
                || (cp >= 0xF900 && cp <= 0xFAFF) || (cp >= 0xFE30 && cp <= 0xFE4F) || (cp >= 0xFF00 && cp <= 0xFF60)
                || (cp >= 0xFFE0 && cp <= 0xFFE6) || (cp >= 0x20000 && cp <= 0x3FFFD);
    }
}
