package io.github.qbank.core.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

import io.github.qbank.core.Message;
import io.github.qbank.core.Severity;
import io.github.qbank.core.links.Verdict;
import io.github.qbank.core.model.Bank;
import io.github.qbank.core.model.BankFile;
import io.github.qbank.core.model.Suppressions.Directive;

/**
 * An inline suppression comment that names a rule qbank does not know (a misspelling silences
 * nothing), or that silenced no finding of the rules it names (of any rule, when it names none), so
 * that suppressions are pruned once their cause is fixed. Runs after every other rule, from what
 * they recorded in {@link Analyses#suppressionUsage()}. Not judged unused: a comment that names
 * this rule, the rules of a comment that are switched off (they found nothing, so nothing tells
 * whether the comment is needed), {@code dead-link} and {@code link-unverifiable} while some link
 * went unchecked, and a comment for every rule while any rule cannot be judged.
 * Only comments that name this rule silence its findings.
 */
public final class UnusedSuppressionRule extends BankRule {

    /** The rule's id. */
    public static final String ID = "unused-suppression";

    /**
     * The rules judged from the link check. While some link went unchecked (links skipped, as in an
     * offline build, excluded, private, or no network), a comment for them cannot be judged.
     */
    private static final Set<String> LINK_RULES = Set.of("dead-link", "link-unverifiable");

    /** The rule, with its default severity and description. */
    public UnusedSuppressionRule() {
        super(ID, Severity.WARNING, Message.of("rule.unused-suppression"));
    }

    @Override
    public boolean judgesOtherRules() {
        return true;
    }

    @Override
    public void check(Bank bank, BankContext context) {
        Analyses analyses = context.analyses();
        List<String> known = analyses.ruleIds();
        boolean linksUnchecked = analyses.links().networkUnavailable()
                || analyses.links().results().stream().anyMatch(r -> r.verdict() == Verdict.SKIPPED);
        Predicate<String> unknowable = rule -> analyses.isOff(rule) || linksUnchecked && LINK_RULES.contains(rule);
        for (BankFile file : bank.files()) {
            for (Directive d : file.suppressions().directives()) {
                String comment = "qbank-" + d.kind();
                if (!known.isEmpty()) {
                    for (String rule : d.rules().stream().sorted().toList()) {
                        if (!known.contains(rule)) {
                            context.report(file, d.line(), d.column(), Message.of("unused-suppression.unknown-rule",
                                    comment, rule, String.join(", ", known)));
                        }
                    }
                }
                if (d.kind().equals("enable") || d.rules().contains(ID)) {
                    continue;
                }
                Set<String> silenced = analyses.suppressionUsage().silenced(file, d);
                if (d.rules().isEmpty()) {
                    if (silenced.isEmpty() && !known.isEmpty() && known.stream().noneMatch(unknowable)) {
                        context.report(file, d.line(), d.column(),
                                Message.of("unused-suppression.silences-nothing", comment));
                    }
                    continue;
                }
                List<String> unused = new ArrayList<>();
                for (String rule : d.rules().stream().sorted().toList()) {
                    if (known.contains(rule) && !unknowable.test(rule) && !silenced.contains(rule)) {
                        unused.add(rule);
                    }
                }
                if (unused.isEmpty()) {
                    continue;
                }
                Message advice = unused.size() == d.rules().size() ? Message.of("unused-suppression.remove-comment")
                        : unused.size() == 1 ? Message.of("unused-suppression.remove-name")
                        : Message.of("unused-suppression.remove-names");
                context.report(file, d.line(), d.column(), Message.of("unused-suppression.silences-nothing-of", comment,
                        String.join(", ", unused), advice));
            }
        }
    }
}
