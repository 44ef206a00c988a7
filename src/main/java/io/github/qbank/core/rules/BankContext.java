package io.github.qbank.core.rules;

import java.util.List;

import io.github.qbank.core.Finding;
import io.github.qbank.core.Message;
import io.github.qbank.core.Severity;
import io.github.qbank.core.local.LocalTargets;
import io.github.qbank.core.model.BankFile;
import io.github.qbank.core.model.Suppressions;

/**
 * What a {@link BankRule} may use while it runs, and where it reports. Findings on lines silenced
 * by an inline {@code qbank-disable} comment are dropped here, so rules need not know about
 * suppression; which comment silenced them is recorded in {@link Analyses#suppressionUsage()}. The
 * engine reports a {@link FileRule}'s findings through a context of this kind too, so that the
 * same comments apply to them.
 */
public final class BankContext {

    private final String ruleId;
    private final Severity severity;
    private final LocalTargets localTargets;
    private final Analyses analyses;
    private final List<Finding> sink;
    private final boolean namedSuppressionsOnly;

    /**
     * A context for a bank rule whose findings any suppression comment silences.
     * @param ruleId the rule's id
     * @param severity the severity of its findings
     * @param localTargets resolves local link and image targets
     * @param analyses views of the bank shared by the rules
     * @param sink where findings go
     */
    public BankContext(String ruleId, Severity severity, LocalTargets localTargets, Analyses analyses,
            List<Finding> sink) {
        this(ruleId, severity, localTargets, analyses, sink, false);
    }

    /**
     * A context for a bank rule.
     * @param ruleId the rule's id
     * @param severity the severity of its findings
     * @param localTargets resolves local link and image targets
     * @param analyses views of the bank shared by the rules
     * @param sink where findings go
     * @param namedSuppressionsOnly whether only suppression comments that name the rule silence its
     *                              findings, not those for every rule ({@code unused-suppression})
     */
    public BankContext(String ruleId, Severity severity, LocalTargets localTargets, Analyses analyses,
            List<Finding> sink, boolean namedSuppressionsOnly) {
        this.namedSuppressionsOnly = namedSuppressionsOnly;
        this.ruleId = ruleId;
        this.severity = severity;
        this.localTargets = localTargets;
        this.analyses = analyses;
        this.sink = sink;
    }

    /**
     * Views of the bank shared by several rules, computed once per check.
     * @return the analyses
     */
    public Analyses analyses() {
        return analyses;
    }

    /** {@return the resolver of local link and image targets, shared by the rules} */
    public LocalTargets localTargets() {
        return localTargets;
    }

    /**
     * Reports a finding unless a suppression comment silences it.
     * @param file the file
     * @param line 1-based line
     * @param column 1-based column
     * @param message what is wrong and what would be right, as a key and its arguments
     */
    public void report(BankFile file, int line, int column, Message message) {
        report(file, line, column, message, null, null);
    }

    /**
     * Reports a finding with its expected and actual value unless a suppression comment silences it.
     * @param file the file
     * @param line 1-based line
     * @param column 1-based column
     * @param message what is wrong and what would be right, as a key and its arguments
     * @param expected the value that would be right, or {@code null}
     * @param actual the value found, or {@code null}
     */
    public void report(BankFile file, int line, int column, Message message, String expected, String actual) {
        Suppressions.Directive silencer = file.suppressions().silencer(ruleId, line, namedSuppressionsOnly);
        if (silencer != null) {
            analyses.suppressionUsage().record(file, silencer, ruleId);
            return;
        }
        sink.add(new Finding(ruleId, severity, file.relativePath(), Math.max(1, line), Math.max(1, column), message,
                expected, actual));
    }
}
