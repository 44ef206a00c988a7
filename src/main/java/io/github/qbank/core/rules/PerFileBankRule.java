package io.github.qbank.core.rules;

import io.github.qbank.core.Message;
import io.github.qbank.core.Severity;
import io.github.qbank.core.model.Bank;
import io.github.qbank.core.model.BankFile;

/**
 * A bank rule that reports on each file separately, though what it finds there may depend on
 * other files, the file system or link results (a broken anchor into another file, a missing
 * image, a dead link). The engine gives each file to it as a task of its own, so the work spreads
 * over every core.
 */
public abstract class PerFileBankRule extends BankRule {

    /**
     * A bank rule that judges one file at a time.
     * @param id the rule id
     * @param defaultSeverity its severity unless configured
     * @param description one sentence: what the rule finds, as a message
     */
    protected PerFileBankRule(String id, Severity defaultSeverity, Message description) {
        super(id, defaultSeverity, description);
    }

    /**
     * Judges one file; called for every file of the bank, on any thread.
     * @param file the file to judge
     * @param bank the whole bank, for links into other files
     * @param context where findings go
     */
    public abstract void check(BankFile file, Bank bank, BankContext context);

    @Override
    public final void check(Bank bank, BankContext context) {
        for (BankFile file : bank.files()) {
            check(file, bank, context);
        }
    }
}
