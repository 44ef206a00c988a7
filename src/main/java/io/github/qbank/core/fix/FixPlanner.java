package io.github.qbank.core.fix;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import io.github.qbank.core.Finding;
import io.github.qbank.core.local.LocalTargets;
import io.github.qbank.core.model.BankFile;
import io.github.qbank.core.model.FoldedList;
import io.github.qbank.core.model.Heading;
import io.github.qbank.core.model.Reference;
import io.github.qbank.core.numbering.ChineseNumerals;
import io.github.qbank.core.numbering.NumberToken;
import io.github.qbank.core.numbering.NumberTokenParser;
import io.github.qbank.core.numbering.NumberedNode;
import io.github.qbank.core.numbering.NumberingModel;
import io.github.qbank.core.numbering.SiblingGroup;
import io.github.qbank.core.source.SourceText;

/**
 * Turns findings into the edits that fix them, where the right text is certain; says why for the
 * others. Edits are as small as the fix: the number token, the {@code #} run, one blank line, one
 * space, one hard break, one link target. Nothing here judges whether a fix is safe: the
 * {@link Fixer} checks the edited bank before it keeps an edit.
 *
 * <p>Example: {@code ## 3. B} expected {@code 2}, with children {@code ### 3.1} and
 * {@code ### 3.2}, gives one fix of three edits: {@code 3} → {@code 2}, {@code 3.1} → {@code 2.1},
 * {@code 3.2} → {@code 2.2}.
 */
final class FixPlanner {

    /** The rules whose findings have fixes. */
    static final List<String> RULES = List.of("numbering", "heading-level", "list-structure", "missing-image",
            "missing-local-file");
    /**
     * The rules fixed only when {@code fix.rules} names them: {@code dead-link}, whose fix (an answer
     * link to its archived copy) takes the network and the web archive.
     */
    static final List<String> ON_REQUEST = List.of("dead-link");

    private static final Pattern ATX = Pattern.compile("^( {0,3})(#{1,6})(?=[ \\t]|$)");
    private static final Pattern DOTTED = Pattern.compile("\\d+(?:\\.\\d+)+");
    private static final String CN = "零〇一二三四五六七八九十百两";
    private static final Pattern ITEM_MARKER = Pattern.compile("[-*+]|\\d{1,9}[.)]");
    private static final Pattern QUOTE_PREFIX = Pattern.compile("^(?:[ \\t]*>)*");

    /** The fixes of one file, and the findings without one. */
    record Plan(List<Fix> fixes, List<NotFixed> notFixed) {}

    private final LocalTargets targets;
    private final Path baseDir;
    private final Pattern answerLinkPattern;

    /**
     * @param baseDir           the project base directory, which {@code /} in links refers to
     * @param answerLinkPattern the link texts of answer links: only those are rewritten to an archived copy
     */
    FixPlanner(LocalTargets targets, Path baseDir, Pattern answerLinkPattern) {
        this.targets = targets;
        this.baseDir = baseDir;
        this.answerLinkPattern = answerLinkPattern;
    }

    /** @param findings the file's findings of the rules to fix */
    Plan plan(BankFile file, List<Finding> findings) {
        List<Fix> fixes = new ArrayList<>();
        List<NotFixed> notFixed = new ArrayList<>();
        NumberingModel model = null;
        for (Finding f : findings) {
            if (model == null && (f.rule().equals("numbering") || f.rule().equals("heading-level"))) {
                model = NumberingModel.of(file);
            }
            Outcome o = switch (f.rule()) {
                case "numbering" -> numbering(file, f, model);
                case "heading-level" -> headingLevel(file, f, model);
                case "list-structure" -> listStructure(file, f);
                case "missing-image", "missing-local-file" -> localTarget(file, f);
                case "dead-link" -> archivedCopy(file, f);
                default -> Outcome.no("qbank has no fix for " + f.rule());
            };
            if (o.edits() != null) {
                String suppressed = suppressed(file, f.rule(), o.edits());
                if (suppressed != null) {
                    notFixed.add(new NotFixed(f, suppressed));
                } else {
                    fixes.add(new Fix(f, o.edits(), o.itemStarts()));
                }
            } else {
                notFixed.add(new NotFixed(f, o.reason()));
            }
        }
        return new Plan(fixes, notFixed);
    }

    /** The edits of a fix, or why there is none. */
    private record Outcome(List<TextEdit> edits, List<Integer> itemStarts, String reason) {
        static Outcome no(String reason) {
            return new Outcome(null, null, reason);
        }

        static Outcome of(List<TextEdit> edits) {
            return new Outcome(edits, List.of(), null);
        }
    }

    /** Why a fix may not be made: it touches a line where its rule is suppressed; else {@code null}. */
    private static String suppressed(BankFile file, String rule, List<TextEdit> edits) {
        for (TextEdit e : edits) {
            int from = file.source().lineOf(e.start());
            int to = file.source().lineOf(e.end());
            for (int line = from; line <= to; line++) {
                if (file.suppressions().silencer(rule, line) != null) {
                    return "line " + line + " is in a region where " + rule + " is suppressed; qbank leaves it as written";
                }
            }
        }
        return null;
    }

    // ---------------------------------------------------------------- numbering

    private Outcome numbering(BankFile file, Finding f, NumberingModel model) {
        NumberedNode at = numberAt(model, f);
        if (at == null) {
            return Outcome.no("qbank did not find the number in the source");
        }
        if (at.token().malformed()) {
            return Outcome.no("a malformed number: what was meant" + (f.expected() == null ? "" : " (" + f.expected()
                    + "?)") + " is a guess");
        }
        if (f.expected() == null) {
            String key = f.message().key();
            return Outcome.no(key.equals("numbering.repeats") ? "it repeats another number: which of the two is"
                    + " wrong is not certain"
                    : key.startsWith("numbering.depth") ? "its number has the wrong number of parts: where it"
                            + " belongs is not certain"
                    : "it is out of sequence: whether it is misnumbered or misplaced is not certain");
        }
        if (f.message().key().equals("numbering.gap-bold")) {
            return Outcome.no("the missing number is written as bold text: making it a heading is the repair, and"
                    + " which level it takes is not certain");
        }
        if (f.message().key().equals("numbering.expected-found-repeat")) {
            return Outcome.no("it repeats the number of an earlier one: whether it is misnumbered or belongs"
                    + " elsewhere is not certain");
        }
        SiblingGroup group = groupOf(model, at);
        if (group != null && group.members().stream().anyMatch(m -> m.token().malformed())) {
            return Outcome.no("its sequence holds a malformed number, which may be the one meant here");
        }
        List<TextEdit> edits = new ArrayList<>();
        if (f.message().key().equals("numbering.prefix-disagrees")
                || f.message().key().equals("numbering.prefix-does-not-continue")
                || f.message().key().equals("numbering.at-parent-depth")) {
            String why = renumberPrefixes(file, model, at, f.expected(), edits);
            return why == null ? Outcome.of(edits) : Outcome.no(why);
        }
        List<Integer> newParts = parts(at.token(), f.expected());
        if (newParts == null) {
            return Outcome.no("expected " + f.expected() + " cannot be written in the style of " + at.token().display());
        }
        String why = renumber(file, model, at, newParts, edits);
        return why == null ? Outcome.of(edits) : Outcome.no(why);
    }

    private static NumberedNode numberAt(NumberingModel model, Finding f) {
        for (SiblingGroup g : model.groups()) {
            for (NumberedNode m : g.members()) {
                if (m.line() == f.line() && m.column() == f.column() && m.token().display().equals(f.actual())) {
                    return m;
                }
            }
        }
        return null;
    }

    private static SiblingGroup groupOf(NumberingModel model, NumberedNode node) {
        for (SiblingGroup g : model.groups()) {
            if (g.members().stream().anyMatch(m -> m == node)) {
                return g;
            }
        }
        return null;
    }

    /** Writes {@code newParts} as the node's number, and moves the dotted prefixes of its children with it. */
    private static String renumber(BankFile file, NumberingModel model, NumberedNode node, List<Integer> newParts,
            List<TextEdit> edits) {
        int[] span = numeralSpan(file.source(), node);
        if (span == null) {
            return "qbank did not find the number " + node.token().display() + " in the source";
        }
        String numeral = numeral(node.token(), newParts);
        if (numeral == null) {
            return newParts.get(newParts.size() - 1) + " cannot be written in the style of " + node.token().display();
        }
        edits.add(new TextEdit(span[0], span[1], numeral));
        return children(file, model, node, newParts, edits);
    }

    /**
     * The children of a renumbered node follow it: {@code 3.1} under {@code 3} becomes {@code 2.1}
     * under {@code 2}, and so on down, walked with a stack.
     */
    private static String children(BankFile file, NumberingModel model, NumberedNode parent, List<Integer> newParts,
            List<TextEdit> edits) {
        record Moved(NumberedNode node, List<Integer> oldParts, List<Integer> newParts) {}
        Deque<Moved> todo = new ArrayDeque<>();
        todo.push(new Moved(parent, parent.token().parts(), newParts));
        while (!todo.isEmpty()) {
            Moved p = todo.pop();
            for (SiblingGroup g : model.groups()) {
                if (g.parent() != p.node()) {
                    continue;
                }
                for (NumberedNode child : g.members()) {
                    NumberToken t = child.token();
                    if (t.style() != NumberToken.Style.DOTTED || t.malformed() || t.depth() <= p.oldParts().size()
                            || !t.parts().subList(0, p.oldParts().size()).equals(p.oldParts())) {
                        continue;
                    }
                    List<Integer> moved = new ArrayList<>(p.newParts());
                    moved.addAll(t.parts().subList(p.oldParts().size(), t.depth()));
                    int[] span = numeralSpan(file.source(), child);
                    if (span == null) {
                        return "qbank did not find the number of its child " + t.display() + " in the source";
                    }
                    edits.add(new TextEdit(span[0], span[1], dotted(moved)));
                    todo.push(new Moved(child, t.parts(), List.copyOf(moved)));
                }
            }
        }
        return null;
    }

    /** {@code 2.1 2.2} under {@code 3}: each member with the group's wrong prefix gets its parent's. */
    private static String renumberPrefixes(BankFile file, NumberingModel model, NumberedNode first, String expected,
            List<TextEdit> edits) {
        List<Integer> wanted = parts(first.token(), expected);
        if (wanted == null) {
            return "expected " + expected + " is not a dotted number";
        }
        List<Integer> newPrefix = wanted.subList(0, wanted.size() - 1);
        List<Integer> oldPrefix = first.token().prefix();
        int shift = wanted.get(wanted.size() - 1) - first.token().value();
        for (SiblingGroup g : model.groups()) {
            if (g.members().stream().noneMatch(m -> m == first)) {
                continue;
            }
            for (NumberedNode m : g.members()) {
                if (m.token().malformed() || !m.token().prefix().equals(oldPrefix)) {
                    continue;
                }
                List<Integer> parts = new ArrayList<>(newPrefix);
                parts.add(m.token().value() + shift);
                String why = renumber(file, model, m, List.copyOf(parts), edits);
                if (why != null) {
                    return why;
                }
            }
            return null;
        }
        return "qbank did not find the sequence of " + first.token().display();
    }

    /** The numbers a written number stands for in the token's style ({@code 三} → 3, {@code 2.1} → 2, 1). */
    static List<Integer> parts(NumberToken t, String display) {
        String numeral = switch (t.style()) {
            case DOTTED -> DOTTED.matcher(display).matches() ? display : null;
            case QUESTION -> display.startsWith("Q") ? display.substring(1) : null;
            case ORDINAL -> display.length() > 2 && display.startsWith("第") ? display.substring(1, display.length() - 1) : null;
            case LABELLED -> {
                String label = t.key().substring(t.key().indexOf(':') + 1);
                yield display.startsWith(label) ? display.substring(label.length()) : null;
            }
            case PARENTHESISED -> display.length() > 2 ? display.substring(1, display.length() - 1) : null;
            default -> display;
        };
        if (numeral == null || numeral.isEmpty()) {
            return null;
        }
        if (t.style() == NumberToken.Style.DOTTED) {
            return Stream.of(numeral.split("\\.")).map(Integer::valueOf).toList();
        }
        int value = numeral.chars().allMatch(c -> c >= '0' && c <= '9') ? Integer.parseInt(numeral)
                : t.style() == NumberToken.Style.CIRCLED && numeral.length() == 1 ? circled(numeral.charAt(0))
                : ChineseNumerals.parse(numeral);
        return value < 0 ? null : List.of(value);
    }

    /** How the token's style writes these numbers, only the number itself: {@code 2.1}, {@code 三}, {@code ③}. */
    private static String numeral(NumberToken t, List<Integer> parts) {
        int v = parts.get(parts.size() - 1);
        boolean chinese = t.style() == NumberToken.Style.CHINESE || t.style() == NumberToken.Style.LABELLED
                || (t.style() == NumberToken.Style.ORDINAL || t.style() == NumberToken.Style.PARENTHESISED)
                        && !t.key().endsWith("arabic");
        return switch (t.style()) {
            case DOTTED -> dotted(parts);
            case CIRCLED -> v >= 1 && v <= 20 ? String.valueOf((char) ('①' + v - 1))
                    : v >= 21 && v <= 35 ? String.valueOf((char) ('㉑' + v - 21)) : null;
            default -> chinese ? (v <= 999 ? ChineseNumerals.format(v) : null) : Integer.toString(v);
        };
    }

    private static int circled(char c) {
        return c >= '①' && c <= '⑳' ? c - '①' + 1 : c >= '㉑' && c <= '㉟' ? c - '㉑' + 21 : -1;
    }

    private static String dotted(List<Integer> parts) {
        return parts.stream().map(String::valueOf).collect(Collectors.joining("."));
    }

    /** Where the number itself stands in the source: {@code 3.1} of {@code 3.1.}, {@code 三} of {@code 第三章}. */
    static int[] numeralSpan(SourceText source, NumberedNode node) {
        String text = source.text();
        int lineEnd = source.lineStart(node.line()) + source.lineLength(node.line());
        int at = offset(source, node.line(), node.column());
        NumberToken t = node.token();
        if (t.style() == NumberToken.Style.ORDERED_LIST) {
            int end = run(text, at, lineEnd, "0123456789");
            return end > at && end - at <= 9 && Integer.parseInt(text.substring(at, end)) == t.value()
                    ? new int[] {at, end} : null;
        }
        String token = t.text().strip();
        if (!text.startsWith(token, at)) {
            return null;
        }
        int tokenEnd = at + token.length();
        int start;
        int end;
        switch (t.style()) {
            case ARABIC, QUESTION -> {
                start = at;
                while (start < tokenEnd && !Character.isDigit(text.charAt(start))) {
                    start++;
                }
                end = run(text, start, tokenEnd, "0123456789");
            }
            case DOTTED -> {
                Matcher m = DOTTED.matcher(text).region(at, tokenEnd);
                if (!m.lookingAt()) {
                    return null;
                }
                start = at;
                end = m.end();
            }
            case CHINESE -> {
                start = at;
                end = run(text, at, tokenEnd, CN);
            }
            case ORDINAL, PARENTHESISED -> {
                start = at + 1;
                end = run(text, start, tokenEnd, CN + "0123456789");
            }
            case LABELLED -> {
                start = at + t.key().length() - t.key().indexOf(':') - 1;
                end = run(text, start, tokenEnd, CN);
            }
            case CIRCLED -> {
                start = at;
                end = at + 1;
            }
            default -> {
                return null;
            }
        }
        return end > start ? new int[] {start, end} : null;
    }

    private static int run(String text, int from, int limit, String chars) {
        int i = from;
        while (i < limit && chars.indexOf(text.charAt(i)) >= 0) {
            i++;
        }
        return i;
    }

    /** The character offset of a 1-based line and column (counted in code points). */
    private static int offset(SourceText source, int line, int column) {
        String text = source.text();
        int i = source.lineStart(line);
        int end = i + source.lineLength(line);
        for (int c = 1; c < column && i < end; c++) {
            i += Character.charCount(text.codePointAt(i));
        }
        return i;
    }

    // ---------------------------------------------------------------- heading-level

    private Outcome headingLevel(BankFile file, Finding f, NumberingModel model) {
        NumberingModel.LevelDefect defect = model.levelDefects().stream()
                .filter(d -> d.heading().line() == f.line()).findFirst().orElse(null);
        if (defect == null || f.expected() == null || f.actual() == null) {
            return Outcome.no("qbank did not find the heading in the source");
        }
        int oldLevel = f.actual().length();
        int newLevel = f.expected().length();
        List<TextEdit> edits = new ArrayList<>();
        List<NumberedNode> moved = new ArrayList<>(List.of(defect.heading()));
        moved.addAll(defect.alsoMoved());
        for (NumberedNode heading : moved) {
            String why = moveHeading(file, heading, oldLevel, newLevel, edits);
            if (why != null) {
                return Outcome.no(why);
            }
        }
        return Outcome.of(edits);
    }

    /** Moves a heading to another level, and with it what stands below it: its subheadings, numbered as its children or not numbered. */
    private static String moveHeading(BankFile file, NumberedNode heading, int oldLevel, int newLevel, List<TextEdit> edits) {
        SourceText source = file.source();
        String why = hashes(source, heading.line(), oldLevel, newLevel, edits);
        if (why != null) {
            return why;
        }
        List<Integer> parts = heading.token().parts();
        boolean after = false;
        for (Heading h : file.headings()) {
            if (h.line() == heading.line()) {
                after = true;
                continue;
            }
            if (!after) {
                continue;
            }
            if (h.level() <= oldLevel) {
                break;
            }
            NumberToken t = NumberTokenParser.parse(h.text());
            boolean child = t == null || t.style() == NumberToken.Style.DOTTED && !t.malformed()
                    && t.depth() > parts.size() && t.parts().subList(0, parts.size()).equals(parts);
            if (!child) {
                break;
            }
            int moved = h.level() + newLevel - oldLevel;
            if (moved < 1 || moved > 6) {
                return "its subheading at line " + h.line() + " cannot move with it";
            }
            why = hashes(source, h.line(), h.level(), moved, edits);
            if (why != null) {
                return "its subheading at line " + h.line() + " cannot move with it: " + why;
            }
        }
        return null;
    }

    private static String hashes(SourceText source, int line, int oldLevel, int newLevel, List<TextEdit> edits) {
        String text = source.line(line);
        Matcher m = ATX.matcher(text);
        if (!m.lookingAt()) {
            return text.stripLeading().startsWith("<") || text.contains("<h") || text.contains("<H")
                    ? "an HTML heading; qbank does not edit HTML"
                    : "not a # heading (underlined, or inside a quote or list); only # headings are fixed";
        }
        if (m.group(2).length() != oldLevel) {
            return "qbank did not find " + "#".repeat(oldLevel) + " at the start of the line";
        }
        int start = source.lineStart(line) + m.start(2);
        edits.add(new TextEdit(start, start + oldLevel, "#".repeat(newLevel)));
        return null;
    }

    // ---------------------------------------------------------------- list-structure

    private Outcome listStructure(BankFile file, Finding f) {
        FoldedList folded = file.foldedLists().stream()
                .filter(l -> l.firstLine() == f.line() && l.column() == f.column()).findFirst().orElse(null);
        if (folded == null) {
            return Outcome.no("qbank did not find the lines in the source");
        }
        SourceText source = file.source();
        return switch (folded.cause()) {
            case NO_SPACE -> spaceAfterMarkers(source, folded);
            case INDENTED, ORDERED_NOT_ONE, OTHER -> blankLineBefore(source, folded);
            case NOT_A_MARKER -> hardBreaks(source, folded);
            case NO_BREAK_SPACE -> Outcome.no("indented with NO-BREAK SPACE: how deep the items were meant is not certain");
            case INVISIBLE_CHARACTER -> Outcome.no("an invisible character stands before the marker: whether the lines"
                    + " were meant as a list or as text is not certain");
            case CODE_BLOCK -> Outcome.no("indented into a code block: whether it is code or a list is not certain");
        };
    }

    /** {@code -...} → {@code - ...}, {@code 1.text} → {@code 1. text}, on every such line of the run. */
    private static Outcome spaceAfterMarkers(SourceText source, FoldedList folded) {
        List<TextEdit> edits = new ArrayList<>();
        List<Integer> items = new ArrayList<>();
        for (int line = folded.firstLine(); line <= folded.lastLine(); line++) {
            int at = offset(source, line, folded.column());
            int end = source.lineStart(line) + source.lineLength(line);
            Matcher m = ITEM_MARKER.matcher(source.text()).region(at, end);
            if (!m.lookingAt() || m.end() >= end || Character.isWhitespace(source.text().charAt(m.end()))) {
                if (line == folded.firstLine()) {
                    return Outcome.no("qbank did not find the marker " + folded.marker() + " in the source");
                }
                continue;
            }
            edits.add(TextEdit.insert(m.end(), " "));
            items.add(at);
        }
        return new Outcome(edits, items, null);
    }

    /** A blank line (in a quote, a {@code >} line) before the first folded line, so that the list starts there. */
    private static Outcome blankLineBefore(SourceText source, FoldedList folded) {
        int first = folded.firstLine();
        if (first < 2) {
            return Outcome.no("qbank did not find the line before the list");
        }
        String previous = source.line(first - 1);
        int previousEnd = source.lineStart(first - 1) + source.lineLength(first - 1);
        String lineEnd = source.text().substring(previousEnd, source.lineStart(first));
        if (lineEnd.isEmpty()) {
            return Outcome.no("qbank did not find the end of line " + (first - 1));
        }
        Matcher quote = QUOTE_PREFIX.matcher(previous);
        String prefix = quote.lookingAt() ? quote.group().strip() : "";
        List<Integer> items = new ArrayList<>();
        for (int line = first; line <= folded.lastLine(); line++) {
            int at = markerOffset(source, line);
            if (at >= 0) {
                items.add(at);
            }
        }
        return new Outcome(List.of(TextEdit.insert(source.lineStart(first), prefix + lineEnd)), items, null);
    }

    /** The offset of the list marker a line starts with (after indentation and quote markers), or -1. */
    private static int markerOffset(SourceText source, int line) {
        String text = source.line(line);
        int i = 0;
        while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\t' || text.charAt(i) == '>')) {
            i++;
        }
        Matcher m = ITEM_MARKER.matcher(text).region(i, text.length());
        return m.lookingAt() ? source.lineStart(line) + i : -1;
    }

    /**
     * {@code 1、…} lines folded into one paragraph: a hard line break ({@code \}) at the end of the
     * line before each of them, so that each shows on its own line, as the author wrote it.
     */
    private static Outcome hardBreaks(SourceText source, FoldedList folded) {
        String text = source.text();
        NumberToken first = NumberTokenParser.parse(withoutQuote(source.line(folded.firstLine())));
        if (first == null) {
            return Outcome.no("qbank did not find the number " + folded.marker() + " in the source");
        }
        List<TextEdit> edits = new ArrayList<>();
        for (int line = folded.firstLine(); line <= folded.lastLine(); line++) {
            NumberToken t = NumberTokenParser.parse(withoutQuote(source.line(line)));
            if (t == null || !t.key().equals(first.key())) {
                continue;
            }
            String before = source.line(line - 1);
            if (before.endsWith("\\") || before.endsWith("  ") || before.isBlank()) {
                continue;
            }
            if (before.chars().filter(c -> c == '`').count() % 2 != 0) {
                // a code span may run across the line end, where a backslash shows as written
                return Outcome.no("line " + (line - 1) + " may end inside a code span, where a hard break shows as \\");
            }
            edits.add(TextEdit.insert(source.lineStart(line - 1) + before.length(), "\\"));
        }
        return edits.isEmpty() ? Outcome.no("every line starts on a line of its own already") : Outcome.of(edits);
    }

    /** A line without its indentation and block quote markers: {@code >  （2）…} → {@code （2）…}. */
    private static String withoutQuote(String line) {
        Matcher quote = QUOTE_PREFIX.matcher(line);
        return (quote.lookingAt() ? line.substring(quote.end()) : line).strip();
    }

    // ---------------------------------------------------------------- missing-image, missing-local-file

    private Outcome localTarget(BankFile file, Finding f) {
        Reference ref = file.references().stream()
                .filter(r -> r.line() == f.line() && r.column() == f.column()).findFirst().orElse(null);
        if (ref == null || f.expected() == null || f.actual() == null) {
            return Outcome.no(f.expected() == null ? "no existing file differs from it only in letter case or separators"
                    : "qbank did not find the link in the source");
        }
        if (ref.kind() == Reference.Kind.HTML_IMAGE || ref.kind() == Reference.Kind.HTML_LINK) {
            return Outcome.no("written in HTML; qbank does not edit HTML");
        }
        LocalTargets.Target target = targets.resolve(file.path(), ref.url());
        if (target.problem() != LocalTargets.Problem.CASE_MISMATCH && target.problem() != LocalTargets.Problem.BACKSLASH) {
            return Outcome.no("only a target that differs from an existing file in letter case or separators is"
                    + " rewritten; " + f.expected() + " is a guess");
        }
        String corrected = target.corrected();
        LocalTargets.Target check = targets.resolve(file.path(), corrected);
        if (check.problem() != LocalTargets.Problem.NONE && check.problem() != LocalTargets.Problem.CASE_MISMATCH) {
            return Outcome.no(corrected + " does not exist either");
        }
        if (check.problem() == LocalTargets.Problem.CASE_MISMATCH) {
            corrected = check.corrected();
        }
        String ambiguous = ambiguous(corrected.startsWith("/") ? baseDir : file.path().getParent(), corrected);
        if (ambiguous != null) {
            return Outcome.no(ambiguous);
        }
        int at = offset(file.source(), ref.line(), ref.column());
        String written = f.actual();
        if (!file.source().text().startsWith(written, at)) {
            return Outcome.no("the target is written with escapes or percent-encoding; qbank leaves it as written");
        }
        return Outcome.of(List.of(new TextEdit(at, at + written.length(), corrected)));
    }

    // ---------------------------------------------------------------- dead-link

    /**
     * A dead answer link rewritten to the web archive's snapshot, the finding's {@code expected}
     * value; a fragment stays: {@code (https://a.example/p#x)} → {@code (https://web.archive.org/web/…/https://a.example/p#x)}.
     */
    private Outcome archivedCopy(BankFile file, Finding f) {
        if (f.expected() == null) {
            return Outcome.no("the web archive has no copy of it");
        }
        Reference ref = file.references().stream()
                .filter(r -> r.line() == f.line() && r.column() == f.column() && r.isWeb()).findFirst().orElse(null);
        if (ref == null) {
            return Outcome.no("qbank did not find the link in the source");
        }
        if (ref.kind() == Reference.Kind.HTML_LINK) {
            return Outcome.no("written in HTML; qbank does not edit HTML");
        }
        if (!ref.isAnswerLink(answerLinkPattern)) {
            return Outcome.no("not an answer link; only answer links are rewritten to their archived copy");
        }
        String snapshot = f.expected();
        if (snapshot.chars().anyMatch(c -> c <= ' ' || c == '<' || c == '>' || c == '(' || c == ')')) {
            return Outcome.no("the archived copy's address " + snapshot + " cannot stand in a link as it is");
        }
        int hash = ref.url().indexOf('#');
        String written = hash < 0 ? ref.url() : ref.url().substring(0, hash);
        int at = offset(file.source(), ref.line(), ref.column());
        if (!file.source().text().startsWith(written, at)) {
            return Outcome.no("the link is written with escapes or percent-encoding; qbank leaves it as written");
        }
        return Outcome.of(List.of(new TextEdit(at, at + written.length(), snapshot)));
    }

    /** Why a path is not the only file that differs in letter case from what was written, or {@code null}. */
    private static String ambiguous(Path from, String path) {
        Path dir = from;
        for (String name : path.split("/")) {
            if (name.isEmpty() || name.equals(".")) {
                continue;
            }
            if (name.equals("..")) {
                dir = dir.getParent();
                continue;
            }
            try (Stream<Path> list = Files.list(dir)) {
                long matches = list.filter(p -> p.getFileName().toString().equalsIgnoreCase(name)).count();
                if (matches > 1) {
                    return matches + " names in " + dir.getFileName() + " differ from " + name
                            + " only in letter case: which one is meant is not certain";
                }
            } catch (java.io.IOException | RuntimeException e) {
                return "cannot list " + dir.getFileName() + ": " + e.getMessage();
            }
            dir = dir.resolve(name);
        }
        return null;
    }
}
