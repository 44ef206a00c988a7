package io.github.qbank.core.model;

import java.util.AbstractList;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import java.util.Objects;
import java.util.RandomAccess;

/**
 * A node of a file's outline: the document, a heading, a list item, or a paragraph that is only a
 * link. Headings nest by level; list items and such paragraphs hang below the heading they follow,
 * and items nest as their lists do.
 */
public final class OutlineNode {

    /** {@code PARAGRAPH} nodes are only kept for a paragraph that is a single link (an answer link). */
    public enum Kind {
        /** The root: the file itself. */
        DOCUMENT,
        /** An ATX or setext heading. */
        HEADING,
        /** A list item. */
        ITEM,
        /** A paragraph that is a single link. */
        PARAGRAPH
    }

    private final Kind kind;
    private final int level;
    private final OutlineTexts texts;
    private final int textStart;
    private final int textEnd;
    private final int line;
    private final int column;
    private final int offset;
    private final List<Reference> links;
    /** The list position, inlined: a bank has about a million items, and one object less each counts. */
    private final int listId;
    private final int listNumber;
    private final int markerColumn;
    private final char marker;
    private final boolean ordered;
    /** Most nodes are leaves: they have no array until a child comes. */
    private OutlineNode[] children = NO_CHILDREN;
    private int childCount;
    private OutlineNode parent;
    private Role role = Role.OTHER;
    private int prunedQuestions;

    private static final OutlineNode[] NO_CHILDREN = {};

    /**
     * Where an item stands in its list.
     *
     * @param listId  the same for all items of one list within a file
     * @param ordered whether the list is ordered ({@code 1.}, {@code 1)})
     * @param number  the number the reader sees for an ordered item, else {@code -1}
     * @param marker  the list marker character: {@code -}, {@code *}, {@code +}, {@code .} or {@code )}
     * @param markerColumn the 1-based column of the marker
     */
    public record ListInfo(int listId, boolean ordered, int number, char marker, int markerColumn) {}

    /**
     * A node of the outline, not yet attached to a parent.
     *
     * @param kind   heading, list item, link paragraph or the document
     * @param level  the heading level, or the list nesting depth of an item
     * @param text   the visible text, without markup
     * @param line   1-based line
     * @param column 1-based column
     * @param offset the character offset in the file's text that {@code line} and {@code column} name
     * @param links  the links in the node's own text
     * @param list   the list position of an item, or {@code null}
     */
    public OutlineNode(Kind kind, int level, String text, int line, int column, int offset, List<Reference> links,
            ListInfo list) {
        this(kind, level, new OutlineTexts(), text, line, column, offset, links, list);
        texts.seal();
    }

    /**
     * A node of the outline, not yet attached to a parent, whose text is kept in its file's store.
     *
     * @param kind   heading, list item, link paragraph or the document
     * @param level  the heading level, or the list nesting depth of an item
     * @param texts  the store of the texts of the file's outline, not yet sealed
     * @param text   the visible text, without markup
     * @param line   1-based line
     * @param column 1-based column
     * @param offset the character offset in the file's text that {@code line} and {@code column} name
     * @param links  the links in the node's own text
     * @param list   the list position of an item, or {@code null}
     */
    public OutlineNode(Kind kind, int level, OutlineTexts texts, String text, int line, int column, int offset,
            List<Reference> links, ListInfo list) {
        this.kind = kind;
        this.level = level;
        this.texts = texts;
        this.textStart = texts.append(text);
        this.textEnd = textStart + text.length();
        this.line = line;
        this.column = column;
        this.offset = offset;
        this.links = List.copyOf(links);
        this.listId = list == null ? -1 : list.listId();
        this.ordered = list != null && list.ordered();
        this.listNumber = list == null ? -1 : list.number();
        this.marker = list == null ? 0 : list.marker();
        this.markerColumn = list == null ? 0 : list.markerColumn();
    }

    /** {@return the root of a file's outline} */
    public static OutlineNode document() {
        return new OutlineNode(Kind.DOCUMENT, 0, "", 1, 1, 0, List.of(), null);
    }

    /**
     * The root of a file's outline whose nodes keep their texts in one store.
     * @param texts the store the file's nodes append their texts to
     * @return the document node
     */
    public static OutlineNode document(OutlineTexts texts) {
        return new OutlineNode(Kind.DOCUMENT, 0, texts, "", 1, 1, 0, List.of(), null);
    }

    /**
     * Attaches a child, in document order.
     * @param child the node below this one
     */
    public void add(OutlineNode child) {
        child.parent = this;
        if (childCount == children.length) {
            children = Arrays.copyOf(children, Math.max(2, childCount * 2));
        }
        children[childCount++] = child;
    }

    /** {@return what the node is in Markdown} */
    public Kind kind() {
        return kind;
    }

    /**
     * The heading level (1–6), or the list nesting depth of an item (1 for a top-level list).
     * @return the level
     */
    public int level() {
        return level;
    }

    /**
     * The visible text: heading text, or the item's first paragraph, without markup.
     * @return the text
     */
    public String text() {
        return texts.slice(textStart, textEnd);
    }

    /**
     * Whether the visible text is empty or white space, without copying it as {@link #text()} does.
     * @return whether the text is blank
     */
    public boolean textIsBlank() {
        return texts.isBlank(textStart, textEnd);
    }

    /** {@return the node's 1-based line} */
    public int line() {
        return line;
    }

    /** {@return the node's 1-based column} */
    public int column() {
        return column;
    }

    /**
     * Where {@link #line()} and {@link #column()} point, as a character offset in the file's text.
     * @return the offset
     */
    public int offset() {
        return offset;
    }

    /**
     * Links in this node's own text (not in its children).
     * @return the links
     */
    public List<Reference> links() {
        return links;
    }

    /**
     * List position of an item; {@code null} for headings and the document.
     * @return the list position, or {@code null}
     */
    public ListInfo list() {
        return listId < 0 ? null : new ListInfo(listId, ordered, listNumber, marker, markerColumn);
    }

    /** {@return the nodes directly below this one, in document order} */
    public List<OutlineNode> children() {
        return childCount == 0 ? List.of() : new Children(children, childCount);
    }

    /**
     * This node and every node below it, in document order.
     * @return the nodes
     */
    public List<OutlineNode> inDocumentOrder() {
        List<OutlineNode> out = new ArrayList<>();
        Deque<OutlineNode> todo = new ArrayDeque<>();
        todo.push(this);
        while (!todo.isEmpty()) {
            OutlineNode n = todo.pop();
            out.add(n);
            for (int i = n.childCount - 1; i >= 0; i--) {
                todo.push(n.children[i]);
            }
        }
        return out;
    }

    /**
     * In an outline {@link SectionOutline cut down to its sections}, the questions that stood below
     * this node (at any depth) and were left out; {@code 0} in a whole outline.
     * @return the number of questions left out below this node
     */
    public int prunedQuestions() {
        return prunedQuestions;
    }

    void countPrunedQuestion() {
        prunedQuestions++;
    }

    /**
     * Sets how many questions were left out below this node, for a cut-down outline read back.
     * @param value the number of questions left out below this node
     */
    public void prunedQuestions(int value) {
        prunedQuestions = value;
    }

    /** {@return the node above this one, or {@code null} for the document} */
    public OutlineNode parent() {
        return parent;
    }

    /** {@return what the node is in the bank, once the model has judged it} */
    public Role role() {
        return role;
    }

    /**
     * Sets what the node is in the bank.
     * @param value the role
     */
    public void role(Role value) {
        this.role = value;
    }

    /**
     * Whether the node's whole visible text is one link.
     * @return {@code true} if the text is one link
     */
    public boolean isOnlyLink() {
        if (links.size() != 1 || links.get(0).isImage()) {
            return false;
        }
        String text = text();
        return links.get(0).text().strip().equals(text.strip()) && !text.isBlank();
    }

    @Override
    public String toString() {
        return kind + "(" + role + ", " + line + ": " + text() + ")";
    }

    /** A read-only view of a node's children, without copying them. */
    private static final class Children extends AbstractList<OutlineNode> implements RandomAccess {
        private final OutlineNode[] nodes;
        private final int size;

        Children(OutlineNode[] nodes, int size) {
            this.nodes = nodes;
            this.size = size;
        }

        @Override
        public OutlineNode get(int index) {
            Objects.checkIndex(index, size);
            return nodes[index];
        }

        @Override
        public int size() {
            return size;
        }
    }
}
