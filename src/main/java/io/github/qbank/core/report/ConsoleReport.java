package io.github.qbank.core.report;

import java.nio.file.Path;
import java.util.Locale;

import io.github.qbank.core.Finding;
import io.github.qbank.core.check.CheckResult;
import io.github.qbank.core.model.Bank;

/** The console lines: one per finding, then one summary line. */
public final class ConsoleReport {

    private ConsoleReport() {}

    /** {@code README.md:[156,3] (numbering) expected 1, found 39}. */
    public static String line(Finding f) {
        return f.file() + ":[" + f.line() + "," + f.column() + "] (" + f.rule() + ") " + f.message();
    }

    /**
     * {@code qbank: 2 errors, 1 warning in 3 files (31 chapters, 111 sections, 692 questions, 224 links,
     * 2 images) in 812 ms; report: target/qbank/index.html}.
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
     */
    public static String fixed(CheckResult result) {
        int n = result.fixed();
        if (n == 0) {
            return null;
        }
        return n == 1 ? "qbank: 1 known finding is fixed; run mvn qbank:baseline to prune it"
                : "qbank: " + n + " known findings are fixed; run mvn qbank:baseline to prune them";
    }

    /** {@code qbank: baseline qbank-baseline.json written with 3 findings; commit it: ...}. */
    public static String baselineWritten(CheckResult result, Path file, Path baseDir) {
        return "qbank: baseline " + display(file, baseDir) + " written with " + plural(result.findings().size(), "finding")
                + "; commit it, and qbank:check fails only on findings that are not in it";
    }

    private static String display(Path report, Path baseDir) {
        Path abs = report.toAbsolutePath().normalize();
        return (abs.startsWith(baseDir) ? baseDir.relativize(abs) : abs).toString().replace('\\', '/');
    }

    static String plural(long n, String word) {
        return n + " " + word + (n == 1 ? "" : "s");
    }
}
