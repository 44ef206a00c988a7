package io.github.qbank.core.rules;

import java.util.List;

import io.github.qbank.core.Finding;
import io.github.qbank.core.Severity;
import io.github.qbank.core.local.LocalTargets;
import io.github.qbank.core.model.BankFile;

/**
 * What a rule may use while it runs, and where it reports. Findings on lines silenced by an inline
 * {@code qbank-disable} comment are dropped here, so rules need not know about suppression.
 */
public final class RuleContext {

    private final String ruleId;
    private final Severity severity;
    private final LocalTargets localTargets;
    private final Analyses analyses;
    private final List<Finding> sink;

    public RuleContext(String ruleId, Severity severity, LocalTargets localTargets, Analyses analyses,
            List<Finding> sink) {
        this.ruleId = ruleId;
        this.severity = severity;
        this.localTargets = localTargets;
        this.analyses = analyses;
        this.sink = sink;
    }

    /** Views of the bank shared by several rules, computed once per check. */
    public Analyses analyses() {
        return analyses;
    }

    public LocalTargets localTargets() {
        return localTargets;
    }

    public void report(BankFile file, int line, int column, String message) {
        report(file, line, column, message, null, null);
    }

    public void report(BankFile file, int line, int column, String message, String expected, String actual) {
        if (file.suppressions().isSuppressed(ruleId, line)) {
            return;
        }
        sink.add(new Finding(ruleId, severity, file.relativePath(), Math.max(1, line), Math.max(1, column), message,
                expected, actual));
    }
}
