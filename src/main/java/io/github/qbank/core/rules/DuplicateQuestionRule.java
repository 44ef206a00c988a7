package io.github.qbank.core.rules;

import java.util.Locale;

import io.github.qbank.core.Severity;
import io.github.qbank.core.model.Bank;
import io.github.qbank.core.model.BankFile;
import io.github.qbank.core.model.OutlineNode;
import io.github.qbank.core.sections.RepeatedQuestions;
import io.github.qbank.core.sections.Section;

/** The same question twice in one section, or nearly the same ({@link RepeatedQuestions} says which). */
public final class DuplicateQuestionRule extends FileRule {

    public DuplicateQuestionRule() {
        super("duplicate-question", Severity.WARNING,
                "The same or nearly the same question twice in one section (character-bigram Dice ≥ 0.9).");
    }

    @Override
    public void check(BankFile file, Bank bank, RuleContext context) {
        for (Section section : context.analyses().sections(file)) {
            for (RepeatedQuestions.Repeat r : RepeatedQuestions.in(section)) {
                OutlineNode q = r.question();
                String message = r.exact()
                        ? "question repeats line " + r.earlier().line() + " of section \"" + section.title() + "\": \""
                                + q.text().strip() + "\""
                        : String.format(Locale.ROOT,
                                "question is nearly the same as line %d of section \"%s\" (similarity %.2f): \"%s\" and \"%s\"",
                                r.earlier().line(), section.title(), r.similarity(), r.earlier().text().strip(),
                                q.text().strip());
                context.report(file, q.line(), q.column(), message, null, q.text().strip());
            }
        }
    }
}
