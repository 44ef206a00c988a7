package io.github.qbank.core.rules;

import java.nio.file.Path;

import io.github.qbank.core.Message;
import io.github.qbank.core.Severity;
import io.github.qbank.core.local.LocalTargets.Problem;
import io.github.qbank.core.local.LocalTargets.Target;
import io.github.qbank.core.local.LocalTargets;
import io.github.qbank.core.model.Bank;
import io.github.qbank.core.model.BankFile;
import io.github.qbank.core.model.Reference;

/**
 * A {@code #fragment} that names no heading or HTML anchor of its target file, with heading ids
 * made as GitHub makes them (CJK kept, {@code -1}, {@code -2} for repeated headings). Only files of
 * the bank are looked into; {@code #} alone and {@code #top} mean the top of the page. A fragment
 * that matches nothing gets the closest anchor as a suggestion ({@link AnchorIndex}).
 */
public final class BrokenAnchorRule extends PerFileBankRule {

    private static final String GITHUB_PREFIX = "user-content-";

    /** The rule, with its default severity and description. */
    public BrokenAnchorRule() {
        super("broken-anchor", Severity.ERROR, Message.of("rule.broken-anchor"));
    }

    @Override
    public void check(BankFile file, Bank bank, BankContext context) {
        LocalTargets targets = context.localTargets();
        for (Reference ref : file.references()) {
            if (ref.isImage()) {
                continue;
            }
            Target t = targets.resolve(file.path(), ref.url());
            if (t.fragment() == null || (t.kind() != LocalTargets.Kind.SAME_FILE
                    && (t.kind() != LocalTargets.Kind.LOCAL || t.problem() != Problem.NONE))) {
                continue;
            }
            BankFile target = t.kind() == LocalTargets.Kind.SAME_FILE ? file : bank.file(relative(bank, t.file()));
            if (target == null || !target.readable()) {
                continue;
            }
            check(context, file, ref, target, t.fragment());
        }
    }

    private static void check(BankContext context, BankFile file, Reference ref, BankFile target, String fragment) {
        String wanted = fragment.startsWith(GITHUB_PREFIX) ? fragment.substring(GITHUB_PREFIX.length()) : fragment;
        if (wanted.isEmpty() || wanted.equalsIgnoreCase("top") || target.anchors().contains(wanted)) {
            return;
        }
        AnchorIndex anchors = context.analyses().anchors(target);
        // GitHub finds the heading whatever the letter case of the fragment (#Openshift-101 opens #openshift-101)
        if (anchors.sameIgnoringCase(wanted) != null) {
            return;
        }
        String nearest = anchors.nearest(wanted);
        String in = target.relativePath();
        Message message = target == file
                ? nearest == null ? Message.of("broken-anchor.no-match", wanted)
                        : Message.of("broken-anchor.no-match-suggestion", wanted, nearest)
                : nearest == null ? Message.of("broken-anchor.no-match-in-file", wanted, in)
                        : Message.of("broken-anchor.no-match-in-file-suggestion", wanted, in, nearest);
        context.report(file, ref.line(), ref.column(), message, nearest, wanted);
    }

    private static String relative(Bank bank, Path file) {
        return bank.relativePath(file);
    }
}
