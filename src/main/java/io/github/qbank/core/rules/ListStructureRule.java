package io.github.qbank.core.rules;

import io.github.qbank.core.Severity;
import io.github.qbank.core.model.BankFile;
import io.github.qbank.core.model.FoldedList;

/**
 * Lines the author wrote as list items that the reader does not see as a list: CommonMark folds
 * them into the paragraph above (one run-on paragraph) or shows them as code. Items indented four
 * or more spaces after a paragraph line, an ordered item other than 1 right after text, a marker
 * without its space, items indented with NO-BREAK SPACE, a sequence of {@code 1、} {@code 2、}
 * ({@code 1）}, {@code (1)}, {@code （1）}, {@code ①}) lines inside one paragraph, and a numbered list
 * indented into a code block. What the parser records is in {@link FoldedList}; which lines the
 * author meant as a list (a sequence, not a lone problem id) is decided there too.
 */
public final class ListStructureRule extends FileRule {

    /** The rule, with its default severity and description. */
    public ListStructureRule() {
        super("list-structure", Severity.ERROR,
                "Lines written as list items that render as paragraph text or as a code block (e.g. items indented"
                + " 4+ spaces after a paragraph line, 1、 2、 lines in one paragraph).");
    }

    @Override
    public void check(BankFile file, FileContext context) {
        if (file.navigation()) {
            return;
        }
        for (FoldedList f : file.foldedLists()) {
            String lines = f.firstLine() == f.lastLine() ? "line " + f.firstLine()
                    : "lines " + f.firstLine() + "–" + f.lastLine();
            String look = f.firstLine() == f.lastLine() ? " looks like a list item but renders"
                    : " look like list items but render";
            String fix = switch (f.cause()) {
                case NO_SPACE -> "put a space after the marker";
                case INDENTED -> "make line " + f.paragraphLine() + " a list item, or put a blank line before line "
                        + f.firstLine();
                case NO_BREAK_SPACE -> "indent with ordinary spaces";
                case NOT_A_MARKER -> "write them as a Markdown list (\"1. …\") after a blank line";
                case CODE_BLOCK -> "remove the indentation";
                case ORDERED_NOT_ONE, OTHER -> "put a blank line before line " + f.firstLine();
            };
            boolean code = f.cause() == FoldedList.Cause.CODE_BLOCK;
            String as = code ? " as a code block" : " as text of the paragraph at line " + f.paragraphLine();
            context.report(f.firstLine(), f.column(), lines + look + as + " (" + f.reason() + "); " + fix,
                    "list item", code ? "code block" : "paragraph text");
        }
    }
}
