package io.github.qbank.core.numbering;

import java.util.List;

/**
 * The numbered children of one container (one list, or the headings directly under one heading)
 * that share a style: one sequence {@code 1, 2, 3, …}.
 *
 * @param members      in document order
 * @param parent       the numbering parent: the nearest enclosing numbered item or heading, or {@code null}
 * @param listStart    for a list, the first line of the list; else 0
 * @param continues    whether the sequence may continue one from another file, so need not
 *                     start at 1: the top headings of a file ({@code # 三、…} in {@code ch3.md})
 */
public record SiblingGroup(List<NumberedNode> members, NumberedNode parent, int listStart, boolean continues) {

    /** {@return the numbering style of the sequence: that of its first member} */
    public NumberToken.Style style() {
        return members.get(0).token().style();
    }
}
