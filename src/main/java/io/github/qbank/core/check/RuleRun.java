package io.github.qbank.core.check;

import java.util.Locale;

import io.github.qbank.core.Message;
import io.github.qbank.core.Severity;

/**
 * A rule as one check applied it, told as data so that reports need not know the rule classes.
 *
 * @param id          the rule id, e.g. {@code missing-image}
 * @param severity    the severity it ran with; {@link Severity#OFF} when it did not run
 * @param description one sentence: what the rule finds
 * @param helpUri     the rule's documentation page
 * @param helpMarkdown the text of that page, links absolute; {@code null} when the rule has none
 */
public record RuleRun(String id, Severity severity, Message description, String helpUri, String helpMarkdown) {

    /**
     * The description in a language.
     * @param locale the report's locale
     * @return one sentence: what the rule finds
     */
    public String description(Locale locale) {
        return description.text(locale);
    }

    /** {@return whether the rule ran: a rule whose severity is off did not} */
    public boolean ran() {
        return severity != Severity.OFF;
    }
}
