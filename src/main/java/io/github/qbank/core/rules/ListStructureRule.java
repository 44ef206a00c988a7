package io.github.qbank.core.rules;

import io.github.qbank.core.Severity;
import io.github.qbank.core.model.Bank;
import io.github.qbank.core.model.BankFile;
import io.github.qbank.core.model.FoldedList;

/**
 * Lines the author wrote as list items that CommonMark folds into the paragraph above them, so the
 * reader sees one run-on paragraph instead of a list: items indented four or more spaces after a
 * paragraph line, or an ordered item other than 1 right after text.
 */
public final class ListStructureRule extends FileRule {

    public ListStructureRule() {
        super("list-structure", Severity.ERROR,
                "Lines written as list items that render as paragraph text (e.g. items indented 4+ spaces after a"
                + " paragraph line).");
    }

    @Override
    public void check(BankFile file, Bank bank, RuleContext context) {
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
                case ORDERED_NOT_ONE, OTHER -> "put a blank line before line " + f.firstLine();
            };
            context.report(file, f.firstLine(), f.column(), lines + look + " as text of the paragraph at line "
                    + f.paragraphLine() + " (" + f.cause().text() + "); " + fix, "list item", "paragraph text");
        }
    }
}
