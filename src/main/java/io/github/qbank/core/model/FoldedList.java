package io.github.qbank.core.model;

/**
 * Lines written as list items that CommonMark folds into the text of the paragraph above them,
 * e.g. items indented four or more spaces after a paragraph line, or {@code 2.} after a line of
 * text (an ordered list that does not start at 1 cannot interrupt a paragraph).
 *
 * @param paragraphLine    the first line of the paragraph that swallows the items
 * @param paragraphEndLine the last line of that paragraph
 * @param paragraphText    the paragraph's first line, as written
 * @param firstLine        the first folded line
 * @param lastLine         the last folded line
 * @param column           the column of the first folded line's list marker
 * @param cause            why CommonMark does not start a list there
 */
public record FoldedList(int paragraphLine, int paragraphEndLine, String paragraphText, int firstLine, int lastLine,
        int column, Cause cause) {

    /** Why a line that looks like a list item does not start one. */
    public enum Cause {
        INDENTED("a list indented 4 or more spaces cannot interrupt a paragraph"),
        ORDERED_NOT_ONE("an ordered list that does not start at 1 cannot interrupt a paragraph"),
        NO_SPACE("a list marker needs a space after it"),
        OTHER("a list cannot interrupt a paragraph here");

        private final String text;

        Cause(String text) {
            this.text = text;
        }

        public String text() {
            return text;
        }
    }
}
