package io.github.qbank.core.rules;

import io.github.qbank.core.Message;
import io.github.qbank.core.Severity;
import io.github.qbank.core.model.Bank;
import io.github.qbank.core.model.BankFile;
import io.github.qbank.core.model.InputProblem;

/**
 * A selected file that qbank could not check at all: unreadable, binary, too deeply nested, or past
 * a limit of the measure taken before parsing (input the parser is slow on).
 */
public final class UnreadableFileRule extends PerFileBankRule {

    /** The rule, with its default severity and description. */
    public UnreadableFileRule() {
        super("unreadable-file", Severity.ERROR, Message.of("rule.unreadable-file"));
    }

    @Override
    public void check(BankFile file, Bank bank, BankContext context) {
        for (InputProblem p : file.problems()) {
            if (p.fatal()) {
                context.report(file, p.line(), p.column(),
                        Message.of("unreadable-file.not-checked", file.relativePath(), p.message()));
            }
        }
    }
}
