package io.github.qbank.core.model;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A file's outline cut down to what the rules that look across files and the reports ask for once
 * the file's own rules ran: the document, its chapters and sections, and the nodes that lead to
 * them. Questions and other items are left out and counted on the nearest node kept above them
 * ({@link OutlineNode#prunedQuestions()}). A bank of a thousand files holds about a million
 * outline nodes, nearly all of them items; keeping them all until the end of a check is what made
 * its memory grow with the bank.
 */
public final class SectionOutline {

    private SectionOutline() {}

    /**
     * The cut-down outline and, for every node kept, its copy.
     * @param root the new document node
     * @param kept each node of the whole outline that was kept, with its copy
     */
    public record Pruned(OutlineNode root, Map<OutlineNode, OutlineNode> kept) {}

    /**
     * Cuts an outline down to its chapters and sections. The whole outline is left as it was.
     * @param root the document node of a whole outline
     * @return the cut-down copy
     */
    public static Pruned of(OutlineNode root) {
        List<OutlineNode> order = root.inDocumentOrder();
        Set<OutlineNode> keep = Collections.newSetFromMap(new IdentityHashMap<>());
        keep.add(root);
        // children follow their parents in document order: walking back, a kept node marks its parent
        for (int i = order.size() - 1; i > 0; i--) {
            OutlineNode n = order.get(i);
            if (keep.contains(n) || n.role() == Role.CHAPTER || n.role() == Role.SECTION) {
                keep.add(n);
                keep.add(n.parent());
            }
        }
        OutlineTexts texts = new OutlineTexts();
        Map<OutlineNode, OutlineNode> kept = new IdentityHashMap<>();
        // for a node left out, the copy of the nearest node kept above it
        Map<OutlineNode, OutlineNode> keptAbove = new IdentityHashMap<>();
        OutlineNode copyRoot = null;
        for (OutlineNode n : order) {
            OutlineNode parent = n.parent();
            OutlineNode above = parent == null ? null : kept.containsKey(parent) ? kept.get(parent) : keptAbove.get(parent);
            if (keep.contains(n)) {
                OutlineNode copy = new OutlineNode(n.kind(), n.level(), texts, n.text(), n.line(), n.column(), n.offset(),
                        n.links(), n.list());
                copy.role(n.role());
                kept.put(n, copy);
                if (above == null) {
                    copyRoot = copy;
                } else {
                    above.add(copy);
                }
            } else {
                keptAbove.put(n, above);
                if (n.role() == Role.QUESTION) {
                    above.countPrunedQuestion();
                }
            }
        }
        texts.seal();
        return new Pruned(copyRoot, kept);
    }
}
