package io.github.qbank.core.rules;

import io.github.qbank.core.Message;
import io.github.qbank.core.Severity;
import io.github.qbank.core.local.LocalTargets.Target;
import io.github.qbank.core.local.LocalTargets;
import io.github.qbank.core.model.Bank;
import io.github.qbank.core.model.BankFile;
import io.github.qbank.core.model.Reference;

/** A relative link to a file or folder that does not exist, or that cannot work on GitHub. */
public final class MissingLocalFileRule extends PerFileBankRule {

    /** The rule, with its default severity and description. */
    public MissingLocalFileRule() {
        super("missing-local-file", Severity.ERROR, Message.of("rule.missing-local-file"));
    }

    @Override
    public void check(BankFile file, Bank bank, BankContext context) {
        LocalTargets targets = context.localTargets();
        for (Reference ref : file.references()) {
            if (ref.isImage()) {
                continue;
            }
            Target t = targets.resolve(file.path(), ref.url());
            if (t.kind() == LocalTargets.Kind.LOCAL && LocalTargetMessages.isProblem(t)) {
                LocalTargetMessages.report(context, file, ref, t, Message.of("local-target.link-target"));
            }
        }
    }
}
