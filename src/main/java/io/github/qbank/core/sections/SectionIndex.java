package io.github.qbank.core.sections;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.List;
import java.util.regex.Pattern;

import io.github.qbank.core.model.BankFile;
import io.github.qbank.core.model.OutlineNode;
import io.github.qbank.core.model.Reference;
import io.github.qbank.core.model.Role;

/**
 * The chapters and sections of a file, in document order, with their answers and questions.
 *
 * <p>An answer-link item belongs to the link-only sub-section item right before it when there is
 * one ({@code - [Cross-Attention 篇](u)} … {@code - [点击查看答案](u)} in one list), else to the
 * section that holds it.
 */
public final class SectionIndex {

    private final List<Section> sections = new ArrayList<>();

    private SectionIndex() {}

    /**
     * The chapters and sections of one file, in document order.
     * @param file a parsed file
     * @param answerLink the link texts of answer links
     * @return the sections
     */
    public static List<Section> of(BankFile file, Pattern answerLink) {
        if (!file.readable()) {
            return List.of();
        }
        SectionIndex index = new SectionIndex();
        index.walk(file, answerLink);
        return List.copyOf(index.sections);
    }

    private record Frame(OutlineNode node, Section section) {}

    /** A link-only sub-section item, waiting for the answer-link item that may follow it in its list. */
    private record Pending(int listId, Section section) {}

    private void walk(BankFile file, Pattern answerLink) {
        Map<OutlineNode, Pending> pending = new IdentityHashMap<>();
        Deque<Frame> todo = new ArrayDeque<>();
        todo.push(new Frame(file.outline(), null));
        while (!todo.isEmpty()) {
            Frame f = todo.pop();
            OutlineNode n = f.node();
            Section current = f.section();
            if (n.role() == Role.SECTION || n.role() == Role.CHAPTER) {
                current = new Section(file, n, current);
                sections.add(current);
                for (Reference r : n.links()) {
                    if (!r.isImage()) {
                        current.addAnswer(r);
                    }
                }
            } else if (n.role() == Role.QUESTION && current != null) {
                current.addQuestion(n);
                for (Reference r : n.links()) {
                    if (r.isAnswerLink(answerLink)) {
                        current.addAnswer(r);
                    }
                }
            } else if (n.role() == Role.ANSWER_LINK) {
                Pending p = n.list() == null ? null : pending.get(n.parent());
                Section owner = p != null && p.listId() == n.list().listId() ? p.section() : current;
                if (owner != null) {
                    owner.addAnswer(n.links().get(0));
                }
            }
            if (n.kind() == OutlineNode.Kind.ITEM && n.role() != Role.ANSWER_LINK) {
                if (n.role() == Role.SECTION) {
                    pending.put(n.parent(), new Pending(n.list().listId(), current));
                } else {
                    pending.remove(n.parent());
                }
            }
            List<OutlineNode> children = n.children();
            for (int i = children.size() - 1; i >= 0; i--) {
                todo.push(new Frame(children.get(i), current));
            }
        }
    }
}
