package io.github.qbank.core.rules;

import java.util.Locale;

import io.github.qbank.core.Message;
import io.github.qbank.core.Severity;

/**
 * One check: its id, default severity and one-sentence description. A rule is one of two kinds,
 * and its base class says which and what it may see:
 * <ul>
 *   <li>{@link FileRule}: judges one file alone, while the file is read, with its whole outline;
 *       the engine keeps its findings with the file in the model cache;</li>
 *   <li>{@link BankRule}: runs once every file is read and sees the whole bank, its sections,
 *       indexes and link results ({@link PerFileBankRule} when it judges the bank file by file).</li>
 * </ul>
 * Rules are stateless: everything a run needs comes from the file or bank and the context, so one
 * instance serves every build, in parallel.
 */
public abstract class Rule {

    /** Where each rule's documentation page lives: {@code <base><id>.md}. */
    public static final String DOCUMENTATION_BASE = "https://github.com/qbank/qbank-maven-plugin/blob/main/docs/rules/";

    private final String id;
    private final Severity defaultSeverity;
    private final Message description;

    /**
     * A rule with its id, default severity and description.
     * @param id the rule id
     * @param defaultSeverity its severity unless configured
     * @param description one sentence: what the rule finds, as a message ({@code rule.<id>})
     */
    Rule(String id, Severity defaultSeverity, Message description) {
        this.id = id;
        this.defaultSeverity = defaultSeverity;
        this.description = description;
    }

    /**
     * The id used in configuration, suppression comments and reports, e.g. {@code missing-image}.
     * @return the id
     */
    public final String id() {
        return id;
    }

    /** {@return the severity of the rule's findings unless configured} */
    public final Severity defaultSeverity() {
        return defaultSeverity;
    }

    /**
     * One sentence in English: what the rule finds.
     * @return the description
     */
    public final String description() {
        return description.text();
    }

    /**
     * One sentence: what the rule finds, as a message to render in the report's language.
     * @return the description
     */
    public final Message describe() {
        return description;
    }

    /**
     * The rule's documentation page.
     * @return the page's URL
     */
    public final String helpUri() {
        return DOCUMENTATION_BASE + id + ".md";
    }

    /**
     * The rule's documentation page as Markdown with absolute links, for SARIF's {@code help}; {@code null}
     * for a rule without a page (the standard rules all have one: {@code RulePagesTest}).
     * @return the page as Markdown, or {@code null}
     */
    public final String helpMarkdown() {
        return RulePages.markdown(id, helpUri());
    }

    /**
     * The rule's documentation page in a language: {@code docs/rules/zh-CN/<id>.md} for Chinese where
     * the build put that page into the jar, else the English page ({@link #helpUri()}).
     * @param locale the reader's language
     * @return the page's URL
     */
    public final String helpUri(Locale locale) {
        String translated = translatedPage(locale);
        return translated == null ? helpUri() : DOCUMENTATION_BASE + translated + ".md";
    }

    /**
     * The rule's documentation page in a language as Markdown with absolute links, for SARIF's
     * {@code help}; the English page where there is no translated one.
     * @param locale the reader's language
     * @return the page as Markdown, or {@code null}
     */
    public final String helpMarkdown(Locale locale) {
        String translated = translatedPage(locale);
        return translated == null ? helpMarkdown() : RulePages.markdown(translated, helpUri(locale));
    }

    /** {@code zh-CN/numbering} when the jar has the rule's page in the locale's folder, else {@code null}. */
    private String translatedPage(Locale locale) {
        if (locale == null || locale.getLanguage().equals("en") || locale.getLanguage().isEmpty()) {
            return null;
        }
        String page = locale.toLanguageTag() + "/" + id;
        return RulePages.read(page) == null ? null : page;
    }
}
