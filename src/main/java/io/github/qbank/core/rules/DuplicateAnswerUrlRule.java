package io.github.qbank.core.rules;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import io.github.qbank.core.Severity;
import io.github.qbank.core.model.Bank;
import io.github.qbank.core.model.Reference;
import io.github.qbank.core.sections.Normalizer;
import io.github.qbank.core.sections.Section;

/**
 * Two different sections whose answer links point to the same URL (normalised: scheme and host
 * case, default port, trailing slash and fragment of web URLs; local targets by the file they
 * name). Not duplicates: a section heading's link repeated as its own answer link, and a
 * sub-section that repeats the link of the section it belongs to.
 */
public final class DuplicateAnswerUrlRule extends Rule {

    public DuplicateAnswerUrlRule() {
        super("duplicate-answer-url", Severity.ERROR,
                "Two different sections whose answer links point to the same URL.");
    }

    @Override
    public void check(Bank bank, RuleContext context) {
        Map<String, Section> first = new HashMap<>();
        for (Section s : context.analyses().sections()) {
            Set<String> seen = new HashSet<>();
            for (Reference r : s.answers()) {
                String url = Normalizer.url(r.url(), s.file().path(), bank.baseDir());
                if (url.isEmpty() || !seen.add(url)) {
                    continue;
                }
                Section earlier = first.putIfAbsent(url, s);
                if (earlier != null && !s.isWithin(earlier)) {
                    context.report(s.file(), r.line(), r.column(), "the answer link of \"" + s.title()
                            + "\" points to the same page as the answer of \"" + earlier.title() + "\" at "
                            + earlier.where() + ": " + r.url().strip(), null, r.url().strip());
                }
            }
        }
    }
}
