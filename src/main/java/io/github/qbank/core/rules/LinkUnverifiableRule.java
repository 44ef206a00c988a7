package io.github.qbank.core.rules;

import io.github.qbank.core.Message;
import io.github.qbank.core.Severity;
import io.github.qbank.core.links.LinkIndex;
import io.github.qbank.core.links.LinkResult;
import io.github.qbank.core.links.Verdict;
import io.github.qbank.core.model.Bank;
import io.github.qbank.core.model.BankFile;
import io.github.qbank.core.model.Reference;

/**
 * A link that could not be judged: a bot wall (403 with a challenge, 999), 429 after retries, a
 * timeout, the deadline. When the whole network is unavailable that is one finding, at the first
 * link, not one per link.
 */
public final class LinkUnverifiableRule extends BankRule {

    /** The rule, with its default severity and description. */
    public LinkUnverifiableRule() {
        super("link-unverifiable", Severity.WARNING, Message.of("rule.link-unverifiable"));
    }

    @Override
    public void check(Bank bank, BankContext context) {
        LinkIndex links = context.analyses().links();
        if (links.networkUnavailable()) {
            long count = links.results().stream().filter(r -> r.verdict() == Verdict.UNVERIFIABLE).count();
            LinkResult.Occurrence first = links.results().stream().filter(r -> r.verdict() == Verdict.UNVERIFIABLE)
                    .map(r -> r.occurrences().get(0)).findFirst().orElse(null);
            if (first != null) {
                context.report(bank.file(first.file()), first.line(), first.column(), count == 1
                        ? Message.of("link-unverifiable.network-unavailable-one", count)
                        : Message.of("link-unverifiable.network-unavailable", count), null, null);
            }
            return;
        }
        for (BankFile file : bank.files()) {
            for (Reference ref : file.references()) {
                LinkResult r = links.result(ref);
                if (r != null && r.verdict() == Verdict.UNVERIFIABLE) {
                    context.report(file, ref.line(), ref.column(),
                            Message.of("link-unverifiable.not-verified", r.url(), r.detail()), null, r.url());
                }
            }
        }
    }
}
