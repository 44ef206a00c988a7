package io.github.qbank.core.parse;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.BlockQuote;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.HtmlBlockBase;
import com.vladsch.flexmark.ast.HtmlInlineBase;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.ImageRef;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.LinkRef;
import com.vladsch.flexmark.ast.ListBlock;
import com.vladsch.flexmark.ast.ListItem;
import com.vladsch.flexmark.ast.OrderedList;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ext.autolink.AutolinkExtension;
import com.vladsch.flexmark.ext.gfm.strikethrough.StrikethroughExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.MutableDataSet;
import com.vladsch.flexmark.util.sequence.BasedSequence;

import io.github.qbank.core.model.FoldedList;
import io.github.qbank.core.model.OutlineNode;
import io.github.qbank.core.model.Reference;
import io.github.qbank.core.model.Suppressions;
import io.github.qbank.core.source.SourceText;

/**
 * Parses Markdown as GitHub renders it (CommonMark plus the GFM table, strikethrough and autolink
 * extensions) and turns the syntax tree into the pieces of a {@link io.github.qbank.core.model.BankFile}.
 * Immutable and safe to share between threads.
 */
public final class MarkdownParser {

    private static final Pattern DIRECTIVE = Pattern.compile(
            "<!--\\s*qbank-(disable-next-line|disable-line|disable-file|disable|enable)\\b(.*?)-->", Pattern.DOTALL);

    /**
     * A line that looks like a list item: quote markers, indentation, a marker, then a space and
     * text, or an elision glued to a bullet ({@code -...}).
     */
    private static final Pattern LIST_MARKER = Pattern.compile(
            "^((?:[ \\t]*>)*)([ \\t]*)([-*+]|(\\d{1,9})[.)])(?:([ \\t]+)\\S|(\\.{3,}|…+|。{3,})\\s*$)");

    private final Parser parser;

    public MarkdownParser() {
        MutableDataSet options = new MutableDataSet();
        options.set(Parser.EXTENSIONS, List.of(
                TablesExtension.create(), StrikethroughExtension.create(), AutolinkExtension.create()));
        this.parser = Parser.builder(options).build();
    }

    /** What one file holds, before roles are assigned. */
    public record Parsed(
            OutlineNode outline,
            List<io.github.qbank.core.model.Heading> headings,
            List<Reference> references,
            Set<String> anchors,
            Suppressions suppressions,
            List<FoldedList> foldedLists) {}

    public Parsed parse(SourceText source) {
        return new Walk(source, syntaxTree(source.text())).run();
    }

    /** The flexmark syntax tree, as configured for GitHub; the parser-fidelity test compares it with cmark-gfm's. */
    public Document syntaxTree(String text) {
        return parser.parse(text);
    }

    /** One pass over one document. */
    private static final class Walk {
        private final SourceText source;
        private final Document document;
        private final GitHubSlugger slugger = new GitHubSlugger();
        private final List<io.github.qbank.core.model.Heading> headings = new ArrayList<>();
        private final List<Reference> references = new ArrayList<>();
        private final Set<String> anchors = new LinkedHashSet<>();
        private final Suppressions suppressions = new Suppressions();
        private final List<FoldedList> foldedLists = new ArrayList<>();
        private int nextListId;

        Walk(SourceText source, Document document) {
            this.source = source;
            this.document = document;
        }

        Parsed run() {
            OutlineNode root = OutlineNode.document();
            buildOutline(root);
            collect(document, references, true);
            return new Parsed(root, List.copyOf(headings), List.copyOf(references), anchors, suppressions,
                    List.copyOf(foldedLists));
        }

        private int line(int offset) {
            return source.lineOf(offset);
        }

        private int column(int offset) {
            return source.columnOf(offset);
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
                        OutlineNode node = new OutlineNode(OutlineNode.Kind.HEADING, h.getLevel(), text, line(at),
                                column(at), localReferences(h), null);
                        while (headingStack.peek().level() >= h.getLevel()) {
                            headingStack.pop();
                        }
                        headingStack.peek().add(node);
                        headingStack.push(node);
                    }
                } else if (n instanceof ListItem item) {
                    Paragraph first = item.getFirstChild() instanceof Paragraph p ? p : null;
                    int at = first != null ? first.getStartOffset() : item.getStartOffset();
                    OutlineNode node = new OutlineNode(OutlineNode.Kind.ITEM, f.depth(),
                            first != null ? InlineText.of(first) : "", line(at), column(at),
                            first != null ? localReferences(first) : List.of(), f.list());
                    (f.owner() != null ? f.owner() : headingStack.peek()).add(node);
                    pushChildren(item, node, f.depth(), todo);
                } else if (n instanceof ListBlock list) {
                    pushItems(list, f.owner(), f.depth() + 1, todo);
                } else if (n instanceof BlockQuote) {
                    pushChildren(n, f.owner(), f.depth(), todo);
                } else if (n instanceof Paragraph p && f.owner() == null) {
                    linkParagraph(p, headingStack.peek());
                }
            }
        }

        /** A paragraph that is one link ({@code [点击查看答案](url)} without a list marker) joins the outline. */
        private void linkParagraph(Paragraph p, OutlineNode parent) {
            if (!(p.getFirstChild() instanceof Link) || p.getFirstChild() != p.getLastChild()) {
                return;
            }
            int at = p.getStartOffset();
            OutlineNode node = new OutlineNode(OutlineNode.Kind.PARAGRAPH, 0, InlineText.of(p), line(at), column(at),
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

        private List<Reference> localReferences(Node node) {
            List<Reference> out = new ArrayList<>();
            collect(node, out, false);
            return out;
        }

        /** Collects links and images below a node; on the whole-document pass also anchors and directives. */
        private void collect(Node root, List<Reference> out, boolean documentPass) {
            Deque<Node> todo = new ArrayDeque<>();
            todo.push(root);
            while (!todo.isEmpty()) {
                Node n = todo.pop();
                if (n instanceof Link link) {
                    out.add(reference(Reference.Kind.LINK, link.getUrl(), InlineText.of(link), n));
                } else if (n instanceof Image image) {
                    out.add(reference(Reference.Kind.IMAGE, image.getUrl(), image.getText().unescape(), n));
                } else if (n instanceof LinkRef ref && ref.isDefined()) {
                    var target = ref.getReferenceNode(document);
                    if (target != null) {
                        out.add(new Reference(Reference.Kind.LINK, target.getUrl().unescape(), InlineText.of(ref),
                                line(n.getStartOffset()), column(n.getStartOffset())));
                    }
                } else if (n instanceof ImageRef ref && ref.isDefined()) {
                    var target = ref.getReferenceNode(document);
                    if (target != null) {
                        out.add(new Reference(Reference.Kind.IMAGE, target.getUrl().unescape(),
                                ref.getText().unescape(), line(n.getStartOffset()), column(n.getStartOffset())));
                    }
                } else if (n instanceof AutoLink link) {
                    String url = link.getUrl().toString();
                    if (url.regionMatches(true, 0, "www.", 0, 4)) {
                        url = "http://" + url;
                    }
                    out.add(new Reference(Reference.Kind.AUTOLINK, url, link.getText().toString(),
                            line(n.getStartOffset()), column(n.getStartOffset())));
                } else if (n instanceof Paragraph p && documentPass) {
                    foldedList(p);
                } else if (n instanceof HtmlBlockBase || n instanceof HtmlInlineBase) {
                    String html = n.getChars().toString();
                    HtmlScanner.Found found = HtmlScanner.scan(html, n.getStartOffset(), this::line, this::column);
                    out.addAll(found.references());
                    if (documentPass) {
                        anchors.addAll(found.anchors());
                        directives(html, n.getStartOffset());
                    }
                }
                for (Node c = n.getLastChild(); c != null; c = c.getPrevious()) {
                    todo.push(c);
                }
            }
        }

        /** Records the paragraph's continuation lines that were written as list items. */
        private void foldedList(Paragraph p) {
            int first = -1;
            int last = -1;
            int column = 1;
            FoldedList.Cause cause = null;
            List<BasedSequence> lines = p.getContentLines();
            int paragraphIndent = indent(source.line(line(p.getStartOffset())));
            for (int i = 1; i < lines.size(); i++) {
                int line = line(lines.get(i).getStartOffset());
                Matcher m = LIST_MARKER.matcher(source.line(line));
                if (!m.find()) {
                    continue;
                }
                if (first < 0) {
                    first = line;
                    column = source.columnOf(source.lineStart(line) + m.start(3));
                    cause = m.group(6) != null ? FoldedList.Cause.NO_SPACE
                            : indent(source.line(line)) - paragraphIndent >= 4 ? FoldedList.Cause.INDENTED
                            : m.group(4) != null && !m.group(4).equals("1") ? FoldedList.Cause.ORDERED_NOT_ONE
                            : FoldedList.Cause.OTHER;
                }
                last = line;
            }
            if (first > 0) {
                int start = line(p.getStartOffset());
                foldedLists.add(new FoldedList(start, line(p.getEndOffset() - 1), source.line(start).strip(), first,
                        last, column, cause));
            }
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
            return new Reference(kind, url.unescape(), text, line(at), column(at));
        }

        private void directives(String html, int offset) {
            Matcher m = DIRECTIVE.matcher(html);
            while (m.find()) {
                Set<String> rules = new LinkedHashSet<>();
                for (String r : m.group(2).trim().split("[\\s,]+")) {
                    if (!r.isEmpty()) {
                        rules.add(r);
                    }
                }
                Set<String> named = rules.isEmpty() ? Suppressions.ALL : Set.copyOf(rules);
                int startLine = line(offset + m.start());
                int endLine = line(offset + m.end() - 1);
                switch (m.group(1)) {
                    case "disable" -> suppressions.disableFrom(startLine, named);
                    case "enable" -> suppressions.enableFrom(startLine, named);
                    case "disable-line" -> suppressions.disableLine(startLine, named);
                    case "disable-next-line" -> suppressions.disableLine(endLine + 1, named);
                    default -> suppressions.disableFile(named);
                }
            }
        }
    }
}
