package io.github.qbank.core.rules;

import io.github.qbank.core.Message;
import io.github.qbank.core.Severity;
import io.github.qbank.core.links.LinkResult;
import io.github.qbank.core.links.Verdict;
import io.github.qbank.core.model.Bank;
import io.github.qbank.core.model.BankFile;
import io.github.qbank.core.model.Reference;

/**
 * An http(s) link that is dead: 404, 410 and other 4xx, 5xx after retries, an unknown host, a
 * refused connection, a TLS failure, a redirect loop, a soft 404 (the site's "not found" page served
 * with 200, a redirect to its home or search page). Reported at every place the URL is used; the URL
 * was requested once. With {@code qbank.links.archive}, the message names the web archive's closest
 * snapshot, which is also the finding's {@code expected} value ({@code qbank:fix} puts it in place of
 * a dead answer link when {@code dead-link} is named). Dead images are {@code missing-image}.
 */
public final class DeadLinkRule extends PerFileBankRule {

    /** The rule, with its default severity and description. */
    public DeadLinkRule() {
        super("dead-link", Severity.ERROR, Message.of("rule.dead-link"));
    }

    @Override
    public void check(BankFile file, Bank bank, BankContext context) {
        for (Reference ref : file.references()) {
            LinkResult r = context.analyses().links().result(ref);
            if (r != null && !ref.isImage() && r.verdict() == Verdict.DEAD) {
                Message message = r.archive() == null ? Message.of("dead-link.dead", r.url(), r.detail())
                        : Message.of("dead-link.dead-archived", r.url(), r.detail(), r.archive());
                context.report(file, ref.line(), ref.column(), message, r.archive(), r.url());
            }
        }
    }
}
