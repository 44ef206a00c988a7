package io.github.qbank.core.rules;

import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.Set;
import java.util.regex.Pattern;

import io.github.qbank.core.Message;
import io.github.qbank.core.Severity;
import io.github.qbank.core.model.BankFile;
import io.github.qbank.core.model.FoldedList;
import io.github.qbank.core.model.OutlineNode;
import io.github.qbank.core.numbering.NumberToken;
import io.github.qbank.core.numbering.NumberTokenParser;
import io.github.qbank.core.numbering.NumberedNode;
import io.github.qbank.core.numbering.NumberingModel;
import io.github.qbank.core.numbering.SequenceChecker;
import io.github.qbank.core.numbering.SiblingGroup;

/**
 * A numbered heading or item out of sequence, duplicated, missing, starting at the wrong number,
 * with a dotted prefix that disagrees with its numbering parent, or malformed. One defect gives
 * one finding: see {@link SequenceChecker}.
 */
public final class NumberingRule extends FileRule {

    private static final Pattern HTML_TAG = Pattern.compile("<[^>]*>");

    /** A line that is only an elision: {@code ……}, {@code ...}, {@code 。。。}, {@code ⋮}. */
    private static final Pattern ELISION = Pattern.compile("[-*+>\\s]*(?:…+|\\.{3,}|。{3,}|·{3,}|⋮)\\s*");

    /** The rule, with its default severity and description. */
    public NumberingRule() {
        super("numbering", Severity.ERROR, Message.of("rule.numbering"));
    }

    @Override
    public void check(BankFile file, FileContext context) {
        NumberingModel model = context.numbering();
        for (NumberingModel.RenderedOtherwise r : model.renderedOtherwise()) {
            context.report(r.node().line(), r.node().list().markerColumn(), Message.of("numbering.renders-as",
                    r.written(), r.rendered(), r.listLine()), Integer.toString(r.written()), Integer.toString(r.rendered()));
        }
        Set<OutlineNode> flagged = Collections.newSetFromMap(new IdentityHashMap<>());
        for (SiblingGroup group : model.groups()) {
            boolean parentFlagged = group.parent() != null && flagged.contains(group.parent().node());
            for (SequenceChecker.Defect d : SequenceChecker.check(group, parentFlagged, startFolded(file, group),
                    (before, after) -> shownElsewhere(file, before, after))) {
                flagged.add(d.at().node());
                Message message = SequenceChecker.isGap(d.message()) ? boldInstead(file, group, d) : null;
                context.report(d.at().line(), d.at().column(), message != null ? message : d.message(), d.expected(),
                        d.actual());
            }
        }
    }

    /**
     * A gap whose first missing number is written as bold text before it ({@code **2.1 线性模型**})
     * rather than as a heading: the reader sees it, so the message says to make it a heading.
     */
    private static Message boldInstead(BankFile file, SiblingGroup group, SequenceChecker.Defect d) {
        int index = group.members().indexOf(d.at());
        int from = index > 0 ? group.members().get(index - 1).line()
                : group.parent() != null ? group.parent().line() : 0;
        for (int line = from + 1; line < d.at().line(); line++) {
            String text = file.source().line(line).strip();
            if (!text.startsWith("**") && !text.startsWith("__")) {
                continue;
            }
            NumberToken t = NumberTokenParser.parse(text.substring(2).strip());
            if (t != null && !t.malformed() && t.display().equals(d.expected()) && t.key().equals(d.at().token().key())) {
                return Message.of("numbering.gap-bold", d.expected(), d.at().token().display(), line);
            }
        }
        return null;
    }

    /**
     * Whether the reader sees the numbers missing between two members of a sequence some other
     * way: in HTML between them ({@code <div dir="rtl">13. …</div>} shows question 13, though no
     * Markdown heading or item holds it), or as an elision line ({@code …………}) that says numbers
     * were left out on purpose.
     */
    private static boolean shownElsewhere(BankFile file, NumberedNode before, NumberedNode at) {
        Set<Integer> shown = new HashSet<>();
        for (int line = before.line() + 1; line < at.line(); line++) {
            String text = file.source().line(line).strip();
            if (ELISION.matcher(text).matches()) {
                return true;
            }
            if (!text.startsWith("<")) {
                continue;
            }
            NumberToken t = NumberTokenParser.parse(HTML_TAG.matcher(text).replaceAll("").strip());
            if (t != null && t.key().equals(at.token().key()) && t.prefix().equals(at.token().prefix())) {
                shown.add(t.value());
            }
        }
        for (int v = before.token().value() + 1; v < at.token().value(); v++) {
            if (!shown.contains(v)) {
                return false;
            }
        }
        return !shown.isEmpty();
    }

    /**
     * Whether the list's first number stands in the paragraph just above it, folded there with
     * the items list-structure reports: then the list does not also "start at the wrong number".
     */
    private static boolean startFolded(BankFile file, SiblingGroup group) {
        if (group.listStart() == 0) {
            return false;
        }
        NumberToken first = group.members().get(0).token();
        for (FoldedList f : file.foldedLists()) {
            if (f.paragraphEndLine() == group.listStart() - 1) {
                NumberToken t = NumberTokenParser.parse(f.paragraphText().replaceFirst("^[-*+>\\s]+", ""));
                if (t != null && t.key().equals(first.key()) && t.value() < first.value()) {
                    return true;
                }
            }
        }
        return false;
    }
}
