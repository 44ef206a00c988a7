package io.github.qbank.core.rules;

import io.github.qbank.core.model.Bank;
import io.github.qbank.core.model.BankFile;

/**
 * A rule that judges each file on its own: it may read other files of the bank (the target of an
 * anchor, say) but reports only on the file it is given. A check runs such rules file by file on
 * every core.
 */
public interface FileRule extends Rule {

    void check(BankFile file, Bank bank, RuleContext context);

    @Override
    default void check(Bank bank, RuleContext context) {
        for (BankFile file : bank.files()) {
            check(file, bank, context);
        }
    }
}
