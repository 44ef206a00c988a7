package io.github.qbank.core.rules;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;

import io.github.qbank.core.Message;
import io.github.qbank.core.Severity;
import io.github.qbank.core.model.BankFile;
import io.github.qbank.core.model.OutlineNode;
import io.github.qbank.core.numbering.NumberToken;
import io.github.qbank.core.numbering.NumberTokenParser;
import io.github.qbank.core.sections.AnswerConvention;
import io.github.qbank.core.sections.Normalizer;
import io.github.qbank.core.sections.RepeatedQuestions;
import io.github.qbank.core.sections.Section;

/**
 * The same question twice under one parent, or nearly the same ({@link RepeatedQuestions} says
 * which). In a bank that answers in place only question headings are compared: the list items
 * below them are their answers. In any bank, a list whose items are each one link to their
 * answer ({@code - [如何让文字竖排？](…/issues/3560)}) is a list of questions.
 */
public final class DuplicateQuestionRule extends FileRule {

    /** The rule, with its default severity and description. */
    public DuplicateQuestionRule() {
        super("duplicate-question", Severity.WARNING, Message.of("rule.duplicate-question"));
    }

    /**
     * A short label such as {@code Java}, {@code Kotlin:}, {@code Pros}, {@code 优点}, {@code 总结}:
     * a heading over code or notes, not a question. At most two words, or three Han characters,
     * and no question mark, after any number ({@code 10. 分析}).
     */
    static boolean isLabel(String text) {
        String t = text.strip();
        NumberToken number = NumberTokenParser.parse(t);
        if (number != null) {
            // 10. 分析 is the label 分析, numbered
            String rest = number.after(t).strip();
            t = rest.isEmpty() ? t : rest;
        }
        if (t.isEmpty() || t.indexOf('?') >= 0 || t.indexOf('？') >= 0) {
            return false;
        }
        // every question of a file passes here twice, once per answer convention: one scan, no regex
        int han = 0;
        int codePoints = 0;
        int gaps = 0;
        boolean inGap = false;
        for (int i = 0; i < t.length(); ) {
            int c = t.codePointAt(i);
            i += Character.charCount(c);
            codePoints++;
            if (Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN) {
                han++;
            }
            boolean space = c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
            if (space && !inGap) {
                gaps++;
            }
            inGap = space;
        }
        return han > 0 ? han <= 3 && codePoints <= 4 : gaps <= 1;
    }

    @Override
    public void check(BankFile file, FileContext context) {
        // where a bank answers in place, the items under a question are its answer, not questions
        Predicate<OutlineNode> questions = context.answerConvention().linked() ? q -> !isLabel(q.text())
                : q -> q.kind() == OutlineNode.Kind.HEADING && !isLabel(q.text());
        for (Section section : context.sections()) {
            for (RepeatedQuestions.Repeat r : RepeatedQuestions.in(section, questions)) {
                OutlineNode q = r.question();
                Message message = r.exact()
                        ? Message.of("duplicate-question.repeats", r.earlier().line(), section.named(),
                                q.text().strip())
                        : Message.of("duplicate-question.nearly-the-same", r.earlier().line(), section.named(),
                                String.format(Locale.ROOT, "%.2f", r.similarity()), r.earlier().text().strip(),
                                q.text().strip());
                context.report(q.line(), q.column(), message, null, q.text().strip());
            }
        }
        for (List<OutlineNode> list : LinkLists.of(file)) {
            Map<String, Integer> times = new HashMap<>();
            for (OutlineNode item : list) {
                times.merge(Normalizer.text(item.text()), 1, Integer::sum);
            }
            for (RepeatedQuestions.Repeat r : RepeatedQuestions.among(list)) {
                // a title three times or more is a label by design (本周小结 of each week), not a copy
                if (!r.exact() || times.getOrDefault(Normalizer.text(r.question().text()), 0) >= 3) {
                    continue;
                }
                OutlineNode q = r.question();
                context.report(q.line(), q.column(), Message.of("duplicate-question.link-list", r.earlier().line(),
                        q.text().strip()), null, q.text().strip());
            }
        }
    }

    /** The file and whether the bank links its answers (which decides what a question is). */
    @Override
    public String findingsDependOn(AnswerConvention answers) {
        return "answers linked: " + answers.linked();
    }
}
