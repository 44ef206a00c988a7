package io.github.qbank.core.rules;

import io.github.qbank.core.Message;
import io.github.qbank.core.Severity;
import io.github.qbank.core.model.BankFile;
import io.github.qbank.core.sections.AnswerConvention;
import io.github.qbank.core.sections.Section;

/**
 * A section that lists questions but has no answer link: no link in its title, no answer-link item
 * (text matching the answer pattern), no answer link among its questions. Question headings with
 * prose below them ({@code ### Q1. …} and the answer under it) are answered in place and do not
 * count.
 */
public final class MissingAnswerLinkRule extends FileRule {

    /** The rule, with its default severity and description. */
    public MissingAnswerLinkRule() {
        super("missing-answer-link", Severity.WARNING, Message.of("rule.missing-answer-link"));
    }

    @Override
    public void check(BankFile file, FileContext context) {
        if (!context.answerConvention().linked()) {
            return;
        }
        for (Section s : context.sections()) {
            int questions = s.itemQuestionCount();
            if (questions > 0 && s.answers().isEmpty()) {
                context.report(s.node().line(), s.node().column(), questions == 1
                        ? Message.of("missing-answer-link.one-question", s.title(), questions)
                        : Message.of("missing-answer-link.questions", s.title(), questions), "answer link", null);
            }
        }
    }

    /** Whether the bank links its answers: the rule applies only then. */
    @Override
    public String findingsDependOn(AnswerConvention answers) {
        return "answers linked: " + answers.linked();
    }
}
