package io.github.qbank.core.model;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.List;

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
    private final String text;
    private final int line;
    private final int column;
    private final int offset;
    private final List<Reference> links;
    private final ListInfo list;
    /** Most nodes are leaves: they share the empty list until a child comes. */
    private List<OutlineNode> children = List.of();
    private OutlineNode parent;
    private Role role = Role.OTHER;

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
        this.kind = kind;
        this.level = level;
        this.text = text;
        this.line = line;
        this.column = column;
        this.offset = offset;
        this.links = List.copyOf(links);
        this.list = list;
    }

    /** {@return the root of a file's outline} */
    public static OutlineNode document() {
        return new OutlineNode(Kind.DOCUMENT, 0, "", 1, 1, 0, List.of(), null);
    }

    /**
     * Attaches a child, in document order.
     * @param child the node below this one
     */
    public void add(OutlineNode child) {
        child.parent = this;
        if (children.isEmpty()) {
            children = new ArrayList<>(4);
        }
        children.add(child);
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
        return text;
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
        return list;
    }

    /** {@return the nodes directly below this one, in document order} */
    public List<OutlineNode> children() {
        return Collections.unmodifiableList(children);
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
            for (int i = n.children.size() - 1; i >= 0; i--) {
                todo.push(n.children.get(i));
            }
        }
        return out;
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
        return links.size() == 1 && !links.get(0).isImage() && links.get(0).text().strip().equals(text.strip())
                && !text.isBlank();
    }

    @Override
    public String toString() {
        return kind + "(" + role + ", " + line + ": " + text + ")";
    }
}
