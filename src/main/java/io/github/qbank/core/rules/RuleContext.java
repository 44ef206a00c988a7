package io.github.qbank.core.rules;

import java.util.List;

import io.github.qbank.core.Finding;
import io.github.qbank.core.Severity;
import io.github.qbank.core.local.LocalTargets;
import io.github.qbank.core.model.BankFile;
import io.github.qbank.core.model.Suppressions;

/**
 * What a rule may use while it runs, and where it reports. Findings on lines silenced by an inline
 * {@code qbank-disable} comment are dropped here, so rules need not know about suppression; which
 * comment silenced them is recorded in {@link Analyses#suppressionUsage()}.
 */
public final class RuleContext {

    private final String ruleId;
    private final Severity severity;
    private final LocalTargets localTargets;
    private final Analyses analyses;
    private final List<Finding> sink;
    private final boolean namedSuppressionsOnly;
    private Recorder recorder;

    /** Hears every report as the rule made it, before suppression comments are consulted. */
    public interface Recorder {
        void reported(BankFile file, int line, int column, String message, String expected, String actual);
    }

    public RuleContext(String ruleId, Severity severity, LocalTargets localTargets, Analyses analyses,
            List<Finding> sink) {
        this(ruleId, severity, localTargets, analyses, sink, false);
    }

    /**
     * @param namedSuppressionsOnly whether only suppression comments that name the rule silence its
     *                              findings, not those for every rule ({@code unused-suppression})
     */
    public RuleContext(String ruleId, Severity severity, LocalTargets localTargets, Analyses analyses,
            List<Finding> sink, boolean namedSuppressionsOnly) {
        this.namedSuppressionsOnly = namedSuppressionsOnly;
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

    /** This context, with every report told to {@code recorder} too (for the model cache). */
    public RuleContext recordingTo(Recorder value) {
        this.recorder = value;
        return this;
    }

    public void report(BankFile file, int line, int column, String message, String expected, String actual) {
        if (recorder != null) {
            recorder.reported(file, line, column, message, expected, actual);
        }
        Suppressions.Directive silencer = file.suppressions().silencer(ruleId, line, namedSuppressionsOnly);
        if (silencer != null) {
            analyses.suppressionUsage().record(file, silencer, ruleId);
            return;
        }
        sink.add(new Finding(ruleId, severity, file.relativePath(), Math.max(1, line), Math.max(1, column), message,
                expected, actual));
    }
}
