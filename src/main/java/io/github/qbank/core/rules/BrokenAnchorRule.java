package io.github.qbank.core.rules;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;

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
 * the bank are looked into; {@code #} alone and {@code #top} mean the top of the page.
 */
public final class BrokenAnchorRule extends FileRule {

    private static final String GITHUB_PREFIX = "user-content-";

    public BrokenAnchorRule() {
        super("broken-anchor", Severity.ERROR,
                "A #fragment that names no heading (GitHub slug rules) or HTML anchor of the target file.");
    }

    @Override
    public void check(BankFile file, Bank bank, RuleContext context) {
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

    private static void check(RuleContext context, BankFile file, Reference ref, BankFile target, String fragment) {
        String wanted = fragment.startsWith(GITHUB_PREFIX) ? fragment.substring(GITHUB_PREFIX.length()) : fragment;
        if (wanted.isEmpty() || wanted.equalsIgnoreCase("top") || target.anchors().contains(wanted)) {
            return;
        }
        // GitHub finds the heading whatever the letter case of the fragment (#Openshift-101 opens #openshift-101)
        String lower = wanted.toLowerCase(Locale.ROOT);
        if (target.anchors().stream().anyMatch(a -> a.toLowerCase(Locale.ROOT).equals(lower))) {
            return;
        }
        String where = target == file ? "" : " in " + target.relativePath();
        String nearest = nearest(wanted, target.anchors());
        context.report(file, ref.line(), ref.column(), "anchor #" + wanted + where + " matches no heading"
                + (nearest == null ? "" : "; did you mean #" + nearest + "?"), nearest, wanted);
    }

    private static String relative(Bank bank, Path file) {
        return bank.relativePath(file);
    }

    /** The anchor closest in edit distance, if it is close enough to be a plausible typo. */
    static String nearest(String wanted, Set<String> anchors) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String a : anchors) {
            if (Math.abs(a.length() - wanted.length()) >= bestDistance) {
                continue;
            }
            int d = distance(wanted, a);
            if (d < bestDistance) {
                bestDistance = d;
                best = a;
            }
        }
        return best != null && bestDistance <= Math.max(2, wanted.length() / 3) ? best : null;
    }

    private static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
