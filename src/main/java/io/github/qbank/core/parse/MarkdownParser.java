package io.github.qbank.core.parse;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.BlockQuote;
import com.vladsch.flexmark.ast.HardLineBreak;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.HtmlBlock;
import com.vladsch.flexmark.ast.HtmlBlockBase;
import com.vladsch.flexmark.ast.HtmlInlineBase;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.ImageRef;
import com.vladsch.flexmark.ast.IndentedCodeBlock;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.LinkRef;
import com.vladsch.flexmark.ast.ListBlock;
import com.vladsch.flexmark.ast.ListItem;
import com.vladsch.flexmark.ast.OrderedList;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ext.gfm.strikethrough.StrikethroughExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.parser.core.ReferencePreProcessorFactory;
import com.vladsch.flexmark.util.ast.Block;
import com.vladsch.flexmark.util.ast.DoNotDecorate;
import com.vladsch.flexmark.util.ast.DoNotLinkDecorate;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.MutableDataSet;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import org.nibor.autolink.LinkExtractor;
import org.nibor.autolink.LinkSpan;
import org.nibor.autolink.LinkType;

import io.github.qbank.core.model.FoldedList;
import io.github.qbank.core.model.OutlineNode;
import io.github.qbank.core.model.OutlineTexts;
import io.github.qbank.core.model.Reference;
import io.github.qbank.core.model.Suppressions;
import io.github.qbank.core.source.SourceText;

/**
 * Parses Markdown as GitHub renders it (CommonMark plus the GFM table, strikethrough and autolink
 * extensions) and turns the syntax tree into the pieces of a {@link io.github.qbank.core.model.BankFile}.
 * Immutable and safe to share between threads.
 *
 * <p>GFM's extended autolinks (bare {@code https://…} and {@code www.…}) are found while walking
 * the tree, with the same extractor flexmark's autolink extension uses: that extension rebuilds
 * and re-classifies the whole tree after parsing, a fifth of the parse time of a question bank.
 */
public final class MarkdownParser {

    /**
     * A line that looks like a list item: quote markers, indentation (NO-BREAK SPACE included, which
     * CommonMark does not count as indentation), a marker, then a space and
     * text, or an elision glued to a bullet ({@code -...}).
     */
    private static final Pattern LIST_MARKER = Pattern.compile(
            "^((?:[ \\t]*>)*)([ \\t\\u00a0\\u200b\\u200c\\u200d\\u2060\\ufeff]*)([-*+]|(\\d{1,9})[.)])(?:([ \\t]+)\\S|(\\.{3,}|…+|。{3,})\\s*$)");

    /**
     * A line that starts with a number written the way lists are numbered in prose, which is no
     * Markdown list marker: {@code 1、}, {@code 1）}, {@code (1)}, {@code （1）}, {@code ①}…{@code ⑳},
     * and {@code 1.} glued to its text ({@code 1.由…}; not {@code 1.5}).
     */
    private static final Pattern NOT_A_MARKER = Pattern.compile(
            "^((?:[ \\t]*>)*[ \\t\\u00a0\\u3000]*)((\\d{1,3})([）、]|\\.(?=[^\\s\\d.]))|\\((\\d{1,3})\\)|（(\\d{1,3})）|([\\u2460-\\u2473]))");

    /** An HTML line break: {@code <br>}, {@code <br/>}, {@code <BR />}. */
    private static final Pattern BREAK_TAG = Pattern.compile("(?i)<br\\s*/?>");

    /** A line of an indented code block that looks like an ordered list item. */
    private static final Pattern CODE_ITEM = Pattern.compile("^(?:[ \\t]*>)*[ \\t]*((\\d{1,9})[.)])[ \\t]+\\S");

    private static final LinkExtractor AUTOLINKS = LinkExtractor.builder()
            .linkTypes(EnumSet.of(LinkType.URL, LinkType.WWW, LinkType.EMAIL))
            .build();

    private final Parser parser;

    /** A parser that reads Markdown as GitHub renders it: tables, strikethrough, GitHub's inline rules. */
    public MarkdownParser() {
        MutableDataSet options = new MutableDataSet();
        options.set(Parser.EXTENSIONS, List.of(TablesExtension.create(), StrikethroughExtension.create()));
        // A custom inline parser drops flexmark's core paragraph pre-processors: reference definitions
        // are added back by hand.
        this.parser = Parser.builder(options)
                .customInlineParserFactory(GitHubInlineParser::new)
                .paragraphPreProcessorFactory(new ReferencePreProcessorFactory())
                .build();
    }

    /** What one file holds, before roles are assigned. */
    public record Parsed(
            OutlineNode outline,
            List<io.github.qbank.core.model.Heading> headings,
            List<Reference> references,
            Set<String> anchors,
            Suppressions suppressions,
            List<FoldedList> foldedLists,
            List<LineRange> tableOfContents) {}

    /** Lines {@code first} to {@code last}, both included. */
    public record LineRange(int first, int last) {
        boolean contains(int line) {
            return line >= first && line <= last;
        }
    }

    /**
     * Parses a file into its outline, links, anchors and suppressions.
     * @param source the file's text
     * @return what the rules read
     */
    public Parsed parse(SourceText source) {
        return new Walk(source, syntaxTree(source.text())).run();
    }

    /**
     * The flexmark syntax tree, as configured for GitHub; the parser-fidelity test compares it with cmark-gfm's.
     * @param text the file's text
     * @return the syntax tree
     */
    public Document syntaxTree(String text) {
        return parser.parse(text);
    }

    /** One pass over one document. */
    private static final class Walk {
        private final SourceText source;
        private final SourceText.Cursor cursor;
        private final Document document;
        private final GitHubSlugger slugger = new GitHubSlugger();
        private final List<io.github.qbank.core.model.Heading> headings = new ArrayList<>();
        private final List<Reference> references = new ArrayList<>();
        /** For each reference, where the syntax node it comes from starts: non-decreasing, in document order. */
        private int[] referenceStarts = new int[64];
        private final Set<String> anchors = new LinkedHashSet<>();
        private final Suppressions suppressions = new Suppressions();
        private final List<FoldedList> foldedLists = new ArrayList<>();
        private final List<LineRange> tableOfContents = new ArrayList<>();
        private int tocStart = -1;
        private int nextListId;
        private final OutlineTexts texts = new OutlineTexts();
        /** A file repeats its link texts ({@code 点击查看答案} a hundred times): one copy each. */
        private final Map<String, String> linkTexts = new HashMap<>();

        Walk(SourceText source, Document document) {
            this.source = source;
            this.cursor = source.cursor();
            this.document = document;
        }

        Parsed run() {
            collect();
            OutlineNode root = OutlineNode.document(texts);
            buildOutline(root);
            texts.seal();
            return new Parsed(root, List.copyOf(headings), List.copyOf(references), anchors, suppressions,
                    List.copyOf(foldedLists), List.copyOf(tableOfContents));
        }

        private int line(int offset) {
            return cursor.lineOf(offset);
        }

        private int column(int offset) {
            return cursor.columnOf(offset);
        }

        /** A block to visit: the outline node its items attach to (null outside lists) and the list depth. */
        private record Frame(Node node, OutlineNode owner, int depth, OutlineNode.ListInfo list) {}

        private void buildOutline(OutlineNode root) {
            Deque<OutlineNode> headingStack = new ArrayDeque<>();
            headingStack.push(root);
            Deque<Frame> todo = new ArrayDeque<>();
            pushChildren(document, null, 0, todo);
            while (!todo.isEmpty()) {
                Frame f = todo.pop();
                Node n = f.node();
                if (n instanceof Heading h) {
                    String text = InlineText.of(h);
                    String anchor = slugger.slug(text);
                    anchors.add(anchor);
                    int at = h.getText().isNull() ? h.getStartOffset() : h.getText().getStartOffset();
                    headings.add(new io.github.qbank.core.model.Heading(h.getLevel(), text, anchor, line(at), column(at)));
                    if (f.owner() == null) {
                        OutlineNode node = new OutlineNode(OutlineNode.Kind.HEADING, h.getLevel(), texts, text, line(at),
                                column(at), at, localReferences(h), null);
                        while (headingStack.peek().level() >= h.getLevel()) {
                            headingStack.pop();
                        }
                        headingStack.peek().add(node);
                        headingStack.push(node);
                    }
                } else if (n instanceof ListItem item) {
                    Paragraph first = item.getFirstChild() instanceof Paragraph p ? p : null;
                    int at = first != null ? first.getStartOffset() : item.getStartOffset();
                    OutlineNode node = new OutlineNode(OutlineNode.Kind.ITEM, f.depth(), texts,
                            first != null ? InlineText.of(first) : "", line(at), column(at), at,
                            first != null ? localReferences(first) : List.of(), f.list());
                    (f.owner() != null ? f.owner() : headingStack.peek()).add(node);
                    pushChildren(item, node, f.depth(), todo);
                } else if (n instanceof ListBlock list) {
                    pushItems(list, f.owner(), f.depth() + 1, todo);
                } else if (n instanceof BlockQuote) {
                    pushChildren(n, f.owner(), f.depth(), todo);
                } else if (n instanceof Paragraph p && f.owner() == null) {
                    linkParagraph(p, headingStack.peek());
                } else if (n instanceof HtmlBlock html && f.owner() == null) {
                    htmlHeadings(html, headingStack);
                }
            }
        }

        /**
         * {@code <h3 id="2">华为篇</h3>} written as an HTML block renders as a heading and nests the
         * Markdown that follows as any heading does. Its anchor is its {@code id}, collected with
         * the other HTML anchors.
         */
        private void htmlHeadings(HtmlBlock html, Deque<OutlineNode> headingStack) {
            String block = html.getChars().toString();
            if (block.indexOf("<h") < 0 && block.indexOf("<H") < 0) {
                return;
            }
            for (HtmlMarkers.Heading h : HtmlMarkers.headings(block)) {
                int level = h.level();
                String text = HtmlScanner.text(h.content());
                if (text.isBlank()) {
                    continue;
                }
                int at = html.getStartOffset() + h.start();
                OutlineNode node = new OutlineNode(OutlineNode.Kind.HEADING, level, texts, text, line(at), column(at), at,
                        List.of(), null);
                while (headingStack.peek().level() >= level) {
                    headingStack.pop();
                }
                headingStack.peek().add(node);
                headingStack.push(node);
            }
        }

        /** A paragraph that is one link ({@code [点击查看答案](url)} without a list marker) joins the outline. */
        private void linkParagraph(Paragraph p, OutlineNode parent) {
            if (!(p.getFirstChild() instanceof Link) || p.getFirstChild() != p.getLastChild()) {
                return;
            }
            int at = p.getStartOffset();
            OutlineNode node = new OutlineNode(OutlineNode.Kind.PARAGRAPH, 0, texts, InlineText.of(p), line(at), column(at), at,
                    localReferences(p), null);
            if (node.isOnlyLink()) {
                parent.add(node);
            }
        }

        private static void pushChildren(Node parent, OutlineNode owner, int depth, Deque<Frame> todo) {
            for (Node c = parent.getLastChild(); c != null; c = c.getPrevious()) {
                todo.push(new Frame(c, owner, depth, null));
            }
        }

        private void pushItems(ListBlock list, OutlineNode owner, int depth, Deque<Frame> todo) {
            int listId = nextListId++;
            boolean ordered = list instanceof OrderedList;
            int number = ordered ? ((OrderedList) list).getStartNumber() : -1;
            char marker = ordered ? ((OrderedList) list).getDelimiter() : list.getChars().isEmpty() ? '-' : list.getChars().charAt(0);
            List<Frame> frames = new ArrayList<>();
            for (Node c = list.getFirstChild(); c != null; c = c.getNext()) {
                int markerColumn = column(c.getStartOffset());
                frames.add(new Frame(c, owner, depth,
                        new OutlineNode.ListInfo(listId, ordered, ordered ? number : -1, marker, markerColumn)));
                if (ordered && c instanceof ListItem) {
                    number++;
                }
            }
            for (int i = frames.size() - 1; i >= 0; i--) {
                todo.push(frames.get(i));
            }
        }

        /**
         * The links and images inside one block. Nodes are visited in document order, which is the
         * order of their start offsets, so a block's references are one run of the document's.
         */
        private List<Reference> localReferences(Node node) {
            int from = firstReferenceFrom(node.getStartOffset());
            int to = firstReferenceFrom(node.getEndOffset());
            return from == to ? List.of() : List.copyOf(references.subList(from, to));
        }

        private int firstReferenceFrom(int offset) {
            int lo = 0;
            int hi = references.size();
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (referenceStarts[mid] < offset) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            return lo;
        }

        private void add(Reference reference, Node from) {
            if (references.size() == referenceStarts.length) {
                referenceStarts = Arrays.copyOf(referenceStarts, referenceStarts.length * 2);
            }
            referenceStarts[references.size()] = from.getStartOffset();
            references.add(reference);
        }

        /** One pass over the whole document: links, images, anchors in HTML, directives, folded lists. */
        private void collect() {
            Deque<Node> todo = new ArrayDeque<>();
            todo.push(document);
            while (!todo.isEmpty()) {
                Node n = todo.pop();
                if (n instanceof Link link) {
                    add(reference(Reference.Kind.LINK, link.getUrl(), InlineText.of(link), n), n);
                } else if (n instanceof Image image) {
                    add(reference(Reference.Kind.IMAGE, image.getUrl(), image.getText().unescape(), n), n);
                } else if (n instanceof LinkRef ref && ref.isDefined()) {
                    var target = ref.getReferenceNode(document);
                    if (target != null) {
                        add(new Reference(Reference.Kind.LINK, target.getUrl().unescape(), InlineText.of(ref),
                                line(n.getStartOffset()), column(n.getStartOffset())), n);
                    }
                } else if (n instanceof ImageRef ref && ref.isDefined()) {
                    var target = ref.getReferenceNode(document);
                    if (target != null) {
                        add(new Reference(Reference.Kind.IMAGE, target.getUrl().unescape(),
                                ref.getText().unescape(), line(n.getStartOffset()), column(n.getStartOffset())), n);
                    }
                } else if (n instanceof AutoLink link) {
                    add(autolink(link.getUrl().toString(), link.getText().toString(), n.getStartOffset()), n);
                } else if (n instanceof Text text) {
                    extendedAutolinks(text);
                } else if (n instanceof Paragraph p) {
                    foldedList(p);
                } else if (n instanceof IndentedCodeBlock code) {
                    codeBlockList(code);
                } else if (n instanceof HtmlBlockBase || n instanceof HtmlInlineBase) {
                    String html = n.getChars().toString();
                    HtmlScanner.Found found = HtmlScanner.scan(html, n.getStartOffset(), this::line, this::column);
                    for (Reference r : found.references()) {
                        add(r, n);
                    }
                    anchors.addAll(found.anchors());
                    if (html.contains("<!--")) {
                        directives(html, n.getStartOffset());
                        tableOfContentsMarkers(html, n.getStartOffset());
                    }
                }
                for (Node c = n.getLastChild(); c != null; c = c.getPrevious()) {
                    todo.push(c);
                }
            }
        }

        private Reference autolink(String url, String text, int offset) {
            if (url.regionMatches(true, 0, "www.", 0, 4)) {
                url = "http://" + url;
            }
            return new Reference(Reference.Kind.AUTOLINK, url, text, line(offset), column(offset));
        }

        /**
         * GFM's extended autolinks in a run of text: bare URLs and {@code www.} addresses, not inside
         * a link or code. An e-mail address is a link too, but not one qbank checks.
         */
        private void extendedAutolinks(Text first) {
            if (first.getPrevious() instanceof Text previous && previous.getEndOffset() == first.getStartOffset()) {
                return;
            }
            // The enclosing block counts too: a fenced code block's text is its child.
            for (Node p = first.getParent(); p != null; p = p.getParent()) {
                if (p instanceof DoNotDecorate || p instanceof DoNotLinkDecorate) {
                    return;
                }
                if (p instanceof Block) {
                    break;
                }
            }
            int start = first.getStartOffset();
            int end = first.getEndOffset();
            for (Node next = first.getNext(); next instanceof Text && next.getStartOffset() == end; next = next.getNext()) {
                end = next.getEndOffset();
            }
            String run = source.text().substring(start, end);
            if (run.indexOf(':') < 0 && run.indexOf('.') < 0) {
                return;
            }
            for (LinkSpan span : AUTOLINKS.extractLinks(run)) {
                if (span.getType() != LinkType.EMAIL) {
                    String url = run.substring(span.getBeginIndex(), span.getEndIndex());
                    add(autolink(url, url, start + span.getBeginIndex()), first);
                }
            }
        }

        /**
         * Records the paragraph's lines that were written as list items: continuation lines with a
         * Markdown list marker (and lines of the paragraph indented with NO-BREAK SPACE), and runs of
         * {@code 1、} {@code 2、} lines, which are no list markers at all.
         */
        private void foldedList(Paragraph p) {
            List<BasedSequence> contentLines = p.getContentLines();
            int[] lines = new int[contentLines.size()];
            for (int i = 0; i < lines.length; i++) {
                lines[i] = line(contentLines.get(i).getStartOffset());
            }
            if (lines.length > 1) {
                markerLines(p, lines);
                notMarkerLines(p, lines);
            } else if (indentedWithNoBreakSpace(lines[0])) {
                markerLines(p, lines);
            }
        }

        /**
         * The first character of a line after block quote markers and indentation (spaces, tabs,
         * NO-BREAK and ideographic spaces), or {@code 0}: a line whose first character cannot
         * start a list marker is passed over before any regular expression or copy of the line.
         */
        private char firstAfterIndent(int line) {
            String text = source.text();
            for (int i = source.lineStart(line); i < text.length(); i++) {
                char c = text.charAt(i);
                if (c != ' ' && c != '\t' && c != '>' && c != '\u00a0' && c != '\u3000' && !isInvisible(c)) {
                    return c == '\n' || c == '\r' ? 0 : c;
                }
            }
            return 0;
        }

        /** Characters that show nothing, which CommonMark does not take for white space. */
        private static boolean isInvisible(char c) {
            return c == '\u200b' || c == '\u200c' || c == '\u200d' || c == '\u2060' || c == '\ufeff';
        }

        /**
         * Whether the line's indentation (after any block quote markers) holds a NO-BREAK SPACE or
         * an invisible character, which hide a marker even on a paragraph's first line.
         */
        private boolean indentedWithNoBreakSpace(int line) {
            String text = source.text();
            for (int i = source.lineStart(line); i < text.length(); i++) {
                char c = text.charAt(i);
                if (c == '\u00a0' || isInvisible(c)) {
                    return true;
                }
                if (c != ' ' && c != '\t' && c != '>') {
                    return false;
                }
            }
            return false;
        }

        /**
         * Continuation lines with a Markdown list marker, and NBSP-indented marker lines anywhere in
         * the paragraph. A number of three or more digits on a line of its own, with neither
         * neighbour in the paragraph, is an identifier ({@code 1047. 删除字符串中的所有相邻重复项},
         * a problem id), not an item the author meant.
         */
        private void markerLines(Paragraph p, int[] lines) {
            MatchResult[] found = null;
            Set<Long> numbers = null;
            for (int i = 0; i < lines.length; i++) {
                char first = firstAfterIndent(lines[i]);
                if (first != '-' && first != '*' && first != '+' && (first < '0' || first > '9')) {
                    continue;
                }
                Matcher m = LIST_MARKER.matcher(source.line(lines[i]));
                if (!m.find()) {
                    continue;
                }
                if (found == null) {
                    found = new MatchResult[lines.length];
                    numbers = new HashSet<>();
                }
                if (m.group(4) != null) {
                    numbers.add(Long.parseLong(m.group(4)));
                }
                if (i > 0 || hidesMarker(m.group(2))) {
                    found[i] = m.toMatchResult();
                }
            }
            if (found == null) {
                return;
            }
            int first = -1;
            int last = -1;
            int column = 1;
            String marker = null;
            FoldedList.Cause cause = null;
            int paragraphIndent = indent(source.line(lines[0]));
            for (int i = 0; i < lines.length; i++) {
                MatchResult m = found[i];
                if (m == null || (m.group(4) != null && isIdentifier(m.group(4), numbers))) {
                    continue;
                }
                int line = lines[i];
                if (first < 0) {
                    first = line;
                    column = column(source.lineStart(line) + m.start(3));
                    marker = m.group(3);
                    cause = m.group(2).chars().anyMatch(c -> isInvisible((char) c)) ? FoldedList.Cause.INVISIBLE_CHARACTER
                            : m.group(2).indexOf('\u00a0') >= 0 ? FoldedList.Cause.NO_BREAK_SPACE
                            : m.group(6) != null ? FoldedList.Cause.NO_SPACE
                            : indent(source.line(line)) - paragraphIndent >= 4 ? FoldedList.Cause.INDENTED
                            : m.group(4) != null && !m.group(4).equals("1") ? FoldedList.Cause.ORDERED_NOT_ONE
                            : FoldedList.Cause.OTHER;
                }
                last = line;
            }
            if (first > 0 && !wrappedSentence(first, last, cause, marker, lines)) {
                addFolded(p, lines[0], first, last, column, cause, marker);
            }
        }

        /**
         * One line that starts with a number other than 1 is a sentence wrapped there
         * ({@code … the range (start, end} / {@code 0) if nothing was found}), unless the line
         * before it numbers the one before ({@code 步骤：1) 下载} / {@code 2) 解压}).
         */
        private boolean wrappedSentence(int first, int last, FoldedList.Cause cause, String marker, int[] lines) {
            if (first != last || cause != FoldedList.Cause.ORDERED_NOT_ONE || first == lines[0]) {
                return false;
            }
            long previous = Long.parseLong(marker.substring(0, marker.length() - 1)) - 1;
            Matcher m = Pattern.compile("(?<![0-9])" + previous + "[.)）、]").matcher(source.line(first - 1));
            return previous < 0 || !m.find();
        }

        private static boolean hidesMarker(String indent) {
            return indent.indexOf('\u00a0') >= 0 || indent.chars().anyMatch(c -> isInvisible((char) c));
        }

        private static boolean isIdentifier(String digits, Set<Long> numbers) {
            long value = Long.parseLong(digits);
            return digits.length() >= 3 && value != 1 && !numbers.contains(value - 1) && !numbers.contains(value + 1);
        }

        /**
         * Lines that start with {@code 1、}, {@code 1）}, {@code (1)}, {@code （1）} or {@code ①}: not
         * list markers, so the lines run on as one paragraph. Reported when at least two of them in the
         * paragraph number a sequence (1, 2, 3 of one style) and one of those is glued to the line
         * before it (a soft line break, not a hard one): a lone {@code (1)} in prose is not a list.
         */
        private void notMarkerLines(Paragraph p, int[] lines) {
            NotMarker[] found = null;
            boolean[] inSequence = null;
            Map<String, NotMarker> previous = null;
            for (int i = 0; i < lines.length; i++) {
                char first = firstAfterIndent(lines[i]);
                if ((first < '0' || first > '9') && first != '(' && first != '（' && (first < '\u2460' || first > '\u2473')) {
                    continue;
                }
                Matcher m = NOT_A_MARKER.matcher(source.line(lines[i]));
                if (!m.find()) {
                    continue;
                }
                if (found == null) {
                    found = new NotMarker[lines.length];
                    inSequence = new boolean[lines.length];
                    previous = new HashMap<>();
                }
                String style = m.group(4) != null ? m.group(4) : m.group(5) != null ? "()" : m.group(6) != null ? "（）" : "①";
                int value = m.group(7) != null ? m.group(7).charAt(0) - '\u2460' + 1
                        : Integer.parseInt(m.group(3) != null ? m.group(3) : m.group(5) != null ? m.group(5) : m.group(6));
                found[i] = new NotMarker(i, value, m.group(2), source.lineStart(lines[i]) + m.start(2));
                NotMarker before = previous.put(style, found[i]);
                if (before != null && value == before.value() + 1) {
                    inSequence[before.index()] = true;
                    inSequence[i] = true;
                }
            }
            if (found == null) {
                return;
            }
            Set<Integer> hardBreaks = null;
            int first = -1;
            int last = -1;
            for (int i = 1; i < lines.length; i++) {
                if (!inSequence[i]) {
                    continue;
                }
                if (hardBreaks == null) {
                    hardBreaks = hardBreakLines(p);
                }
                if (!hardBreaks.contains(lines[i - 1])) {
                    first = first < 0 ? i : first;
                    last = i;
                }
            }
            if (first > 0) {
                addFolded(p, lines[0], lines[first], lines[last], column(found[first].offset()),
                        FoldedList.Cause.NOT_A_MARKER, found[first].marker());
            }
        }

        /** Whether inline HTML is a {@code <br>} with nothing but white space after it on its line. */
        private boolean endsLineWithBreak(Node html) {
            if (!BREAK_TAG.matcher(html.getChars()).matches()) {
                return false;
            }
            CharSequence all = html.getChars().getBaseSequence();
            for (int k = html.getEndOffset(); k < all.length(); k++) {
                char c = all.charAt(k);
                if (c == '\n' || c == '\r') {
                    return true;
                }
                if (!Character.isWhitespace(c)) {
                    return false;
                }
            }
            return true;
        }

        /** A line of a paragraph that starts with a number that is not a list marker. */
        private record NotMarker(int index, int value, String marker, int offset) {}

        /**
         * The lines of the paragraph that end with a line break the reader sees: a hard line break
         * (two spaces, a backslash) or an HTML {@code <br>} last on the line.
         */
        private Set<Integer> hardBreakLines(Paragraph p) {
            Set<Integer> out = new HashSet<>();
            Deque<Node> todo = new ArrayDeque<>();
            todo.push(p);
            while (!todo.isEmpty()) {
                Node n = todo.pop();
                if (n instanceof HardLineBreak || n instanceof HtmlInlineBase && endsLineWithBreak(n)) {
                    out.add(line(n.getStartOffset()));
                }
                for (Node c = n.getFirstChild(); c != null; c = c.getNext()) {
                    todo.push(c);
                }
            }
            return out;
        }

        /**
         * A numbered list indented four or more spaces after a blank line, outside any list: it
         * renders as a code block. Its first line and at least one more are items numbered in
         * sequence ({@code     1. foo}, {@code     2. bar}).
         */
        private void codeBlockList(IndentedCodeBlock code) {
            for (Node a = code.getParent(); a != null; a = a.getParent()) {
                if (a instanceof ListItem) {
                    return;
                }
            }
            int start = line(code.getStartOffset());
            int end = line(Math.max(code.getStartOffset(), code.getEndOffset() - 1));
            int first = -1;
            int last = -1;
            long previous = 0;
            Matcher firstMatch = null;
            for (int line = start; line <= end; line++) {
                String text = source.line(line);
                if (text.isBlank()) {
                    continue;
                }
                Matcher m = CODE_ITEM.matcher(text);
                if (!m.find()) {
                    if (first < 0) {
                        return;
                    }
                    continue;
                }
                long value = Long.parseLong(m.group(2));
                if (first >= 0 && value != previous + 1) {
                    return;
                }
                if (first < 0) {
                    first = line;
                    firstMatch = m;
                }
                previous = value;
                last = line;
            }
            if (first > 0 && last > first) {
                foldedLists.add(new FoldedList(start, end, source.line(start).strip(), first, last,
                        column(source.lineStart(first) + firstMatch.start(2)), FoldedList.Cause.CODE_BLOCK,
                        firstMatch.group(1).strip()));
            }
        }

        private void addFolded(Paragraph p, int start, int first, int last, int column, FoldedList.Cause cause,
                String marker) {
            foldedLists.add(new FoldedList(start, line(p.getEndOffset() - 1), source.line(start).strip(), first, last,
                    column, cause, marker));
        }

        /** Columns of leading white space, after any block quote markers, tabs to the next multiple of 4. */
        private static int indent(String line) {
            int i = 0;
            int col = 0;
            while (i < line.length()) {
                char c = line.charAt(i);
                if (c == '>') {
                    col = 0;
                } else if (c == ' ') {
                    col++;
                } else if (c == '\t') {
                    col += 4 - col % 4;
                } else {
                    break;
                }
                i++;
            }
            return col;
        }

        private Reference reference(Reference.Kind kind, BasedSequence url, String text, Node node) {
            int at = url.isNull() || url.isEmpty() ? node.getStartOffset() : url.getStartOffset();
            return new Reference(kind, url.unescape(), linkTexts.computeIfAbsent(text, t -> t), line(at), column(at));
        }

        /** {@code <!-- TOC -->} … {@code <!-- /TOC -->}, as markdown-toc and editors write them. */
        private void tableOfContentsMarkers(String html, int offset) {
            for (HtmlMarkers.TocMarker marker : HtmlMarkers.tableOfContents(html)) {
                int line = line(offset + marker.start());
                if (!marker.closing()) {
                    tocStart = line;
                } else if (tocStart > 0) {
                    tableOfContents.add(new LineRange(tocStart, line));
                    tocStart = -1;
                }
            }
        }

        private void directives(String html, int offset) {
            for (HtmlMarkers.Directive d : HtmlMarkers.directives(html)) {
                Set<String> rules = new LinkedHashSet<>();
                for (String r : d.rules().trim().split("[\\s,]+")) {
                    if (!r.isEmpty()) {
                        rules.add(r);
                    }
                }
                Set<String> named = rules.isEmpty() ? Suppressions.ALL : Set.copyOf(rules);
                int startLine = line(offset + d.start());
                int startColumn = column(offset + d.start());
                int endLine = line(offset + d.end() - 1);
                String kind = d.kind();
                switch (kind) {
                    case "disable" -> suppressions.disableFrom(startLine, startColumn, named);
                    case "enable" -> suppressions.enableFrom(startLine, startColumn, named);
                    case "disable-line" -> suppressions.disableLine(startLine,
                            new Suppressions.Directive(kind, startLine, startColumn, named));
                    case "disable-next-line" -> suppressions.disableLine(endLine + 1,
                            new Suppressions.Directive(kind, startLine, startColumn, named));
                    default -> suppressions.disableFile(new Suppressions.Directive(kind, startLine, startColumn, named));
                }
            }
        }
    }
}
