package io.github.qbank.core.rules;

import io.github.qbank.core.Message;
import io.github.qbank.core.Severity;
import io.github.qbank.core.model.Bank;

/**
 * A rule that judges the bank once every file is read: it sees every file, the bank's sections,
 * answer convention and link results ({@link BankContext#analyses()}), and resolves local targets.
 * By then each file's outline keeps only its chapters and sections
 * ({@link io.github.qbank.core.model.SectionOutline}): a bank rule must not look for items in it.
 * A rule whose findings on a file depend on that file alone is a {@link FileRule}.
 */
public abstract class BankRule extends Rule {

    /**
     * A rule that judges the whole bank.
     * @param id the rule id
     * @param defaultSeverity its severity unless configured
     * @param description one sentence: what the rule finds, as a message
     */
    protected BankRule(String id, Severity defaultSeverity, Message description) {
        super(id, defaultSeverity, description);
    }

    /**
     * Judges the bank and reports each defect to the context.
     * @param bank the bank
     * @param context where findings go
     */
    public abstract void check(Bank bank, BankContext context);

    /**
     * Whether the rule judges the other rules' run rather than the bank: it runs once they are all
     * done, and only suppression comments that name it silence its findings. Only
     * {@code unused-suppression} does.
     * @return {@code true} for {@code unused-suppression}
     */
    public boolean judgesOtherRules() {
        return false;
    }
}
