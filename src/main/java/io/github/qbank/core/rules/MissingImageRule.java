package io.github.qbank.core.rules;

import io.github.qbank.core.Message;
import io.github.qbank.core.Severity;
import io.github.qbank.core.links.LinkResult;
import io.github.qbank.core.links.Verdict;
import io.github.qbank.core.local.LocalTargets.Problem;
import io.github.qbank.core.local.LocalTargets.Target;
import io.github.qbank.core.local.LocalTargets;
import io.github.qbank.core.model.Bank;
import io.github.qbank.core.model.BankFile;
import io.github.qbank.core.model.Reference;

/**
 * An image whose local file does not exist: {@code ![]()}, reference images, HTML {@code <img src>}
 * and {@code srcset}; or whose remote URL the link checker found dead. {@code data:} images are fine.
 */
public final class MissingImageRule extends PerFileBankRule {

    /** The rule, with its default severity and description. */
    public MissingImageRule() {
        super("missing-image", Severity.ERROR, Message.of("rule.missing-image"));
    }

    @Override
    public void check(BankFile file, Bank bank, BankContext context) {
        LocalTargets targets = context.localTargets();
        for (Reference ref : file.references()) {
            if (!ref.isImage()) {
                continue;
            }
            LinkResult remote = context.analyses().links().result(ref);
            if (remote != null) {
                if (remote.verdict() == Verdict.DEAD) {
                    context.report(file, ref.line(), ref.column(),
                            Message.of("missing-image.remote-dead", remote.url(), remote.detail()), null, remote.url());
                }
                continue;
            }
            Target t = targets.resolve(file.path(), ref.url());
            if (t.kind() == LocalTargets.Kind.SAME_FILE) {
                context.report(file, ref.line(), ref.column(),
                        Message.of("missing-image.fragment-only", ref.url().strip()), null, ref.url().strip());
            } else if (t.kind() != LocalTargets.Kind.LOCAL) {
                continue;
            } else if (t.problem() == Problem.EMPTY) {
                context.report(file, ref.line(), ref.column(), Message.of("missing-image.no-source"));
            } else if (LocalTargetMessages.isProblem(t)) {
                LocalTargetMessages.report(context, file, ref, t, Message.of("local-target.image"));
            } else if (t.directory()) {
                context.report(file, ref.line(), ref.column(), Message.of("missing-image.folder", t.path()), null,
                        t.path());
            }
        }
    }
}
