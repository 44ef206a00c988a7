package io.github.qbank.core.model;

import io.github.qbank.core.Message;

/**
 * Lines written as list items that render as something else: folded into the text of the
 * paragraph around them (items indented four or more spaces after a paragraph line, {@code 2.}
 * after a line of text, items indented with NO-BREAK SPACE, {@code 1、} / {@code （1）} / {@code ①}
 * lines, which are no list markers at all), or indented into a code block.
 *
 * @param paragraphLine    the first line of the paragraph (or code block) that holds the items
 * @param paragraphEndLine the last line of that paragraph (or code block)
 * @param paragraphText    the paragraph's first line, as written
 * @param firstLine        the first folded line
 * @param lastLine         the last folded line
 * @param column           the column of the first folded line's list marker
 * @param cause            why CommonMark does not start a list there
 * @param marker           the first folded line's marker as written ({@code -}, {@code 2.}, {@code 1、})
 */
public record FoldedList(int paragraphLine, int paragraphEndLine, String paragraphText, int firstLine, int lastLine,
        int column, Cause cause, String marker) {

    /** Why a line that looks like a list item does not start one. */
    public enum Cause {
        /** Indented 4 or more spaces after a paragraph line. */
        INDENTED,
        /** An ordered item that does not start at 1 after a paragraph line. */
        ORDERED_NOT_ONE,
        /** A marker without a space after it. */
        NO_SPACE,
        /** Indented with NO-BREAK SPACE. */
        NO_BREAK_SPACE,
        /** Not a list marker at all: {@code 1、}, {@code （1）}, {@code ①}. */
        NOT_A_MARKER,
        /** Indented into a code block after a blank line. */
        CODE_BLOCK,
        /** Any other reason. */
        OTHER,
        /** An invisible character before the marker: ZERO WIDTH SPACE, WORD JOINER, a byte order mark. */
        INVISIBLE_CHARACTER
    }

    /**
     * Why the lines are not a list, as the reader should be told: what CommonMark does with such
     * lines ({@code a list marker needs a space after it}, {@code "1、" is not a list marker}).
     * @return the reason
     */
    public Message reason() {
        return switch (cause) {
            case INDENTED -> Message.of("folded-list.indented");
            case ORDERED_NOT_ONE -> Message.of("folded-list.ordered-not-one");
            case NO_SPACE -> Message.of("folded-list.no-space");
            case NO_BREAK_SPACE -> Message.of("folded-list.no-break-space");
            // 2.static: a list marker glued to its text
            case NOT_A_MARKER -> marker.endsWith(".") ? Message.of("folded-list.no-space")
                    : Message.of("folded-list.not-a-marker", marker);
            case CODE_BLOCK -> Message.of("folded-list.code-block");
            case OTHER -> Message.of("folded-list.other");
            case INVISIBLE_CHARACTER -> Message.of("folded-list.invisible-character");
        };
    }
}
