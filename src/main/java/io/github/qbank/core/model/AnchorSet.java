package io.github.qbank.core.model;

import java.util.AbstractSet;
import java.util.Arrays;
import java.util.Collection;
import java.util.Iterator;

/**
 * A file's anchors as a check keeps them once the file is read: in the order they were found, with
 * look-ups by binary search. A bank of a thousand files has some hundred thousand anchors; a hash
 * set spends an entry object on each, this set two array slots. Immutable.
 */
public final class AnchorSet extends AbstractSet<String> {

    private final String[] inOrder;
    private final String[] sorted;

    private AnchorSet(String[] inOrder) {
        this.inOrder = inOrder;
        this.sorted = inOrder.clone();
        Arrays.sort(sorted);
    }

    /**
     * The anchors of a set, in its iteration order.
     * @param anchors distinct anchors
     * @return the same anchors, kept compactly
     */
    public static AnchorSet of(Collection<String> anchors) {
        return anchors instanceof AnchorSet same ? same : new AnchorSet(anchors.toArray(new String[0]));
    }

    @Override
    public boolean contains(Object o) {
        return o instanceof String s && Arrays.binarySearch(sorted, s) >= 0;
    }

    @Override
    public Iterator<String> iterator() {
        return Arrays.asList(inOrder).iterator();
    }

    @Override
    public int size() {
        return inOrder.length;
    }
}
