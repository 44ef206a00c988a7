package io.github.qbank.core.rules;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.github.qbank.core.Message;
import io.github.qbank.core.Severity;
import io.github.qbank.core.model.BankFile;
import io.github.qbank.core.model.OutlineNode;
import io.github.qbank.core.numbering.NumberToken;
import io.github.qbank.core.numbering.NumberTokenParser;
import io.github.qbank.core.sections.AnswerConvention;
import io.github.qbank.core.sections.Section;

/**
 * A section that lists questions but has no answer link: no link in its title, no answer-link item
 * (text matching the answer pattern), no answer link among its questions. Question headings with
 * prose below them ({@code ### Q1. …} and the answer under it) are answered in place and do not
 * count. In any bank, a question heading without a link among siblings whose titles each link
 * their answer has lost its answer.
 */
public final class MissingAnswerLinkRule extends FileRule {

    /** The rule, with its default severity and description. */
    public MissingAnswerLinkRule() {
        super("missing-answer-link", Severity.WARNING, Message.of("rule.missing-answer-link"));
    }

    @Override
    public void check(BankFile file, FileContext context) {
        unlinkedAmongLinkedHeadings(file, context);
        if (!context.answerConvention().linked()) {
            return;
        }
        for (Section s : context.sections()) {
            int questions = s.itemQuestionCount();
            if (questions > 0 && s.answers().isEmpty()) {
                context.report(s.node().line(), s.node().column(), questions == 1
                        ? Message.of("missing-answer-link.one-question", s.named(), questions)
                        : Message.of("missing-answer-link.questions", s.named(), questions), "answer link", null);
            }
        }
    }

    /**
     * Question headings whose whole title is the link to their answer ({@code ##### [1.1 …](url)}),
     * with one numbered the same way and no link at all among them: that one has lost its answer,
     * whatever the rest of the bank does. At least {@value #LINKED_SIBLINGS} linked siblings, and
     * at least two thirds of the numbered siblings linked.
     */
    private static void unlinkedAmongLinkedHeadings(BankFile file, FileContext context) {
        Map<OutlineNode, List<OutlineNode>> byParent = new LinkedHashMap<>();
        for (OutlineNode n : file.outline().inDocumentOrder()) {
            if (n.kind() == OutlineNode.Kind.HEADING && n.parent() != null) {
                byParent.computeIfAbsent(n.parent(), k -> new ArrayList<>()).add(n);
            }
        }
        for (List<OutlineNode> siblings : byParent.values()) {
            Map<String, List<OutlineNode>> linked = new HashMap<>();
            Map<String, List<OutlineNode>> unlinked = new HashMap<>();
            for (OutlineNode h : siblings) {
                NumberToken t = NumberTokenParser.parse(h.text());
                if (t == null) {
                    continue;
                }
                String key = h.level() + " " + t.key() + " " + t.prefix();
                if (h.isOnlyLink()) {
                    linked.computeIfAbsent(key, k -> new ArrayList<>()).add(h);
                } else if (h.links().isEmpty()) {
                    unlinked.computeIfAbsent(key, k -> new ArrayList<>()).add(h);
                }
            }
            unlinked.forEach((key, lost) -> {
                int withLink = linked.getOrDefault(key, List.of()).size();
                if (withLink >= LINKED_SIBLINGS && withLink >= 2 * lost.size()) {
                    for (OutlineNode h : lost) {
                        context.report(h.line(), h.column(), Message.of("missing-answer-link.unlinked-question",
                                h.text().strip(), withLink, withLink + lost.size()), "answer link", null);
                    }
                }
            });
        }
    }

    /** How many linked sibling questions make an unlinked one stand out. */
    static final int LINKED_SIBLINGS = 3;

    /** Whether the bank links its answers: the rule applies only then. */
    @Override
    public String findingsDependOn(AnswerConvention answers) {
        return "answers linked: " + answers.linked();
    }
}
