package io.github.qbank.core.rules;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.github.qbank.core.model.BankFile;
import io.github.qbank.core.model.OutlineNode;
import io.github.qbank.core.model.Role;

/**
 * Lists of questions that are each one link to their answer ({@code - [如何让文字竖排？](…/issues/3560)}):
 * an index of questions whose answers live elsewhere, in a bank of any answer convention.
 */
final class LinkLists {

    /** Fewer items than this are a few links, not an index of questions. */
    static final int MIN_ITEMS = 3;

    private LinkLists() {}

    /**
     * @param file a file of the bank
     * @return its lists of at least {@value #MIN_ITEMS} items that are each one link, in document order
     */
    static List<List<OutlineNode>> of(BankFile file) {
        Map<Integer, List<OutlineNode>> lists = new LinkedHashMap<>();
        Map<Integer, Boolean> allLinks = new LinkedHashMap<>();
        for (OutlineNode n : file.outline().inDocumentOrder()) {
            if (n.kind() != OutlineNode.Kind.ITEM || n.role() == Role.NAVIGATION) {
                continue;
            }
            int id = n.list().listId();
            lists.computeIfAbsent(id, k -> new ArrayList<>()).add(n);
            allLinks.merge(id, n.role() == Role.LINK_ITEM, Boolean::logicalAnd);
        }
        List<List<OutlineNode>> out = new ArrayList<>();
        lists.forEach((id, items) -> {
            if (allLinks.get(id) && items.size() >= MIN_ITEMS) {
                out.add(items);
            }
        });
        return out;
    }
}
