package io.github.qbank.core.rules;

import io.github.qbank.core.Severity;
import io.github.qbank.core.model.Bank;

/**
 * One check. Implementations are stateless: everything a run needs comes from the bank and the
 * context, so one instance serves every build, in parallel.
 */
public interface Rule {

    /** The id used in configuration, suppression comments and reports, e.g. {@code missing-image}. */
    String id();

    Severity defaultSeverity();

    /** One sentence: what the rule finds. */
    String description();

    void check(Bank bank, RuleContext context);
}
