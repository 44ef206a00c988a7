package io.github.qbank.core.rules;

import io.github.qbank.core.Message;
import io.github.qbank.core.Severity;
import io.github.qbank.core.model.Bank;
import io.github.qbank.core.model.BankFile;
import io.github.qbank.core.model.InputProblem;

/** Bytes that are not valid UTF-8, or a file in another encoding: readers see garbled text. */
public final class InvalidEncodingRule extends PerFileBankRule {

    /** The rule, with its default severity and description. */
    public InvalidEncodingRule() {
        super("invalid-encoding", Severity.WARNING, Message.of("rule.invalid-encoding"));
    }

    @Override
    public void check(BankFile file, Bank bank, BankContext context) {
        for (InputProblem p : file.problems()) {
            if (!p.fatal()) {
                context.report(file, p.line(), p.column(), Message.of("invalid-encoding.save-as-utf8", p.message()));
            }
        }
    }
}
