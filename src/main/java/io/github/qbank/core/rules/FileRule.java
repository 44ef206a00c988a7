package io.github.qbank.core.rules;

import io.github.qbank.core.Severity;
import io.github.qbank.core.model.Bank;
import io.github.qbank.core.model.BankFile;

/**
 * A rule that judges each file on its own: it may read other files of the bank (the target of an
 * anchor, say) but reports only on the file it is given. A check runs such rules file by file on
 * every core.
 *
 * <p>When is decided by {@link #findingsDependOn}. A rule that gives a value judges a file alone:
 * it runs while the file is read, with its whole outline, and is given a bank of that file only;
 * the answer convention is not known yet, so it runs under each convention whose value it names
 * differently, and its findings are reported for the bank's. A rule that gives {@code null} runs
 * once every file is read, when a file's outline keeps only its chapters and sections
 * ({@link io.github.qbank.core.model.SectionOutline}); it must not look for items in it.
 */
public abstract class FileRule extends Rule {

    /**
     * A rule that judges one file at a time.
     * @param id the rule id
     * @param defaultSeverity its severity unless configured
     * @param description one sentence: what the rule finds
     */
    protected FileRule(String id, Severity defaultSeverity, String description) {
        super(id, defaultSeverity, description);
    }

    /**
     * Judges one file; called for every readable file, on any thread.
     * @param file the file to judge
     * @param bank the whole bank, for links into other files
     * @param context where findings go
     */
    public abstract void check(BankFile file, Bank bank, RuleContext context);

    /**
     * What, besides the file's own model, decides this rule's findings on a file, as a string; or
     * {@code null} when they depend on more than can be named (other files, the file system, link
     * results). A rule that gives a value judges the file alone (see the class comment), and has
     * its findings on an unchanged file reused by the model cache while the value stays the same.
     * The value may name the bank's answer convention and the check's settings, nothing else of
     * the bank and nothing of the file: a check that takes an unchanged file from the model cache
     * asks for the value with that file cut down to its sections. The default is {@code null}.
     * @param context the context the rule reports to, which knows the bank's settings
     * @return what else the findings depend on, or {@code null} when they may not be reused
     */
    public String findingsDependOn(RuleContext context) {
        return null;
    }

    @Override
    public final void check(Bank bank, RuleContext context) {
        for (BankFile file : bank.files()) {
            check(file, bank, context);
        }
    }
}
