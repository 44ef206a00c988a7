package io.github.qbank.core.rules;

import io.github.qbank.core.Message;
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
        super("list-structure", Severity.ERROR, Message.of("rule.list-structure"));
    }

    @Override
    public void check(BankFile file, FileContext context) {
        if (file.navigation()) {
            return;
        }
        for (FoldedList f : file.foldedLists()) {
            Message fix = switch (f.cause()) {
                case NO_SPACE -> Message.of("list-structure.fix.no-space");
                case INDENTED -> Message.of("list-structure.fix.indented", f.paragraphLine(), f.firstLine());
                case NO_BREAK_SPACE -> Message.of("list-structure.fix.no-break-space");
                case INVISIBLE_CHARACTER -> Message.of("list-structure.fix.invisible-character");
                case NOT_A_MARKER -> Message.of("list-structure.fix.not-a-marker");
                case CODE_BLOCK -> Message.of("list-structure.fix.code-block");
                case ORDERED_NOT_ONE, OTHER -> Message.of("list-structure.fix.blank-line", f.firstLine());
            };
            boolean code = f.cause() == FoldedList.Cause.CODE_BLOCK;
            Message message;
            if (f.firstLine() == f.lastLine()) {
                message = code ? Message.of("list-structure.line-as-code", f.firstLine(), f.reason(), fix)
                        : f.firstLine() == f.paragraphLine()
                                ? Message.of("list-structure.line-as-plain-text", f.firstLine(), f.reason(), fix)
                                : Message.of("list-structure.line-as-text", f.firstLine(), f.paragraphLine(), f.reason(), fix);
            } else {
                message = code
                        ? Message.of("list-structure.lines-as-code", f.firstLine(), f.lastLine(), f.reason(), fix)
                        : Message.of("list-structure.lines-as-text", f.firstLine(), f.lastLine(), f.paragraphLine(),
                                f.reason(), fix);
            }
            context.report(f.firstLine(), f.column(), message,
                    "list item", code ? "code block" : "paragraph text");
        }
    }
}
