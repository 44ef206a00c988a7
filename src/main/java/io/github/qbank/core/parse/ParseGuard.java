package io.github.qbank.core.parse;

import java.util.Arrays;
import java.util.Set;

import com.vladsch.flexmark.parser.Parser;

import io.github.qbank.core.Message;

/**
 * One linear pass over a file's text, before flexmark parses it, that measures the shapes on which
 * flexmark's time grows faster than the text, so that a file past a limit is reported instead of
 * parsed for minutes. What it measures, each where flexmark spends the time:
 *
 * <ul>
 *   <li><b>nesting</b>: lists and block quotes inside each other. flexmark's time grows with the
 *       square of the depth when the list markers share a line ({@code - - - …}, in
 *       {@code ListBlockParser.parseListMarker}), and with its cube when each level is a line
 *       indented two columns more than the last (each open item skips the line's indentation
 *       again). Counted per line: the block quotes and list items it is inside, kept as flexmark
 *       keeps them (a line stays in a quote with its {@code >}, in an item with its indentation, or
 *       as a lazy continuation of a paragraph);</li>
 *   <li><b>open link brackets</b>: after {@code ](} flexmark reads the destination up to a space,
 *       a line end or a {@code )} that closes nothing, and when no {@code )} comes it reads the same
 *       characters again for the next {@code ](}: {@code [a]([a](…} takes time quadratic in its
 *       length. And each link walks every {@code [} still open before it, to forbid links in
 *       links: {@code [[[…} followed by as many links is quadratic too. Counted: the characters of
 *       each such read, for every {@code ](} whose {@code ]} closes a {@code [} (an unmatched
 *       {@code ]} starts no link), plus the brackets open before it;</li>
 *   <li><b>paragraph lines read again</b>: for each line of a paragraph that does not start with a
 *       letter, flexmark's heading parser joins every line of the paragraph so far (to look for a
 *       setext underline): quadratic in the paragraph's lines, and slower still when the lines do
 *       not follow each other in the text (quoted, indented), where each join costs about the lines
 *       times those gaps. Reference definitions without a blank line between them
 *       ({@code [x1]: http://…}), table rows, lines that start with {@code [} or a digit are such
 *       lines. Counted per such line: the paragraph's lines so far times one plus its gaps so far,
 *       summed over the file. Fenced and indented code and HTML blocks are no paragraphs; a lazy
 *       continuation line is counted as if it were not lazy (more, never less).</li>
 * </ul>
 *
 * <p>Reference definitions are not expensive by their number: 200,000 of them, each a paragraph of
 * its own, parse in linear time; it is the paragraph they make without blank lines between them.
 *
 * <p>The pass reads each character a bounded number of times (the line, its prefix, its links,
 * and the end marker of an HTML block), whatever the text. It is not a Markdown parser: where it
 * cannot tell cheaply what flexmark will make of a line, it counts the more expensive reading.
 * Each limit is far above the real banks and low enough that flexmark's time at the limit is a
 * few seconds at most; the numbers behind each are at its constant.
 */
final class ParseGuard {

    /**
     * Levels of lists and block quotes one line may be inside. The deepest line of the nine
     * development banks and the reference bank is 5 levels deep (the example bank's and the
     * fixtures': 4). flexmark at 1,000 levels (best of three on the project's shared 2-core machine,
     * 2026-12-07): 0.7 s for the slowest shape, each level a line indented two columns more (1 MB);
     * 0.2 s for 1,000 {@code - } on one line. At 2,000 levels the indented shape took 12 s, at 3,000
     * 23 s; one line of 30,000 markers took 75 s.
     */
    static final int MAX_NESTING = 1_000;

    /**
     * Steps flexmark may take on open link brackets, as {@link ParseGuard} counts them. The real
     * banks take at most 273,350 in a file (each closed link reads its own destination once, which
     * is linear). At the limit flexmark takes 0.8 s for {@code [a](} repeated 15,811 times (61 KB)
     * and 2.2 s for 22,360 {@code [} followed by as many links (152 KB); the 30,000 repeats of
     * issue #28 (120 KB, 2.1 s) are 1.8 billion steps, 120,000 (480 KB, 28 s) 29 billion.
     */
    static final long MAX_LINK_WORK = 500_000_000L;

    /**
     * Paragraph lines flexmark may read again, as {@link ParseGuard} counts them. The real banks
     * take at most 116,945 in a file (a table of 480 rows). At the limit flexmark takes 1.8 s for
     * 20,000 reference definitions without blank lines between them (661 KB), 1.9 s for 20,000
     * lines {@code [x}, 0.7 s for 843 such lines each indented by a space (3 KB). The 25,000
     * reference definitions of issue #28 (2.8 s) are 312 million line reads, the 100,000 (50 s)
     * 5 billion.
     */
    static final long MAX_PARAGRAPH_WORK = 200_000_000L;

    /**
     * What one file measures.
     * @param nesting        the most levels of lists and block quotes one line is inside
     * @param nestingLine    the first line that deep, 1-based (0 when none)
     * @param linkWork       the steps on open link brackets, over the file
     * @param linkLine       the line of the link that costs the most steps (0 when none)
     * @param paragraphWork  the paragraph lines read again, over the file
     * @param paragraphLine  the first line of the paragraph read again the most (0 when none)
     * @param paragraphLines that paragraph's lines
     * @param references     whether that paragraph is mostly reference definitions
     */
    record Measures(int nesting, int nestingLine, long linkWork, int linkLine, long paragraphWork,
            int paragraphLine, int paragraphLines, boolean references) {}

    private ParseGuard() {
    }

    /**
     * Why a text is not handed to flexmark, or {@code null} when it may be.
     * @param text the file's text
     * @return the problem, naming the measure and its limit, or {@code null}
     */
    static Message problem(CharSequence text) {
        return problem(measure(text));
    }

    /**
     * Why a file that measures so is not handed to flexmark, or {@code null} when it may be.
     * @param m what the file measures
     * @return the problem, naming the measure and its limit, or {@code null}
     */
    static Message problem(Measures m) {
        if (m.nesting() > MAX_NESTING) {
            return Message.of("input.nested-too-deeply-to-check", m.nesting(), m.nestingLine(), MAX_NESTING);
        }
        if (m.linkWork() > MAX_LINK_WORK) {
            return Message.of("input.open-links-to-check", m.linkWork(), m.linkLine(), MAX_LINK_WORK);
        }
        if (m.paragraphWork() > MAX_PARAGRAPH_WORK) {
            return m.references()
                    ? Message.of("input.reference-definitions-to-check", m.paragraphLines(), m.paragraphLine(),
                            m.paragraphWork(), MAX_PARAGRAPH_WORK)
                    : Message.of("input.paragraph-to-check", m.paragraphLines(), m.paragraphLine(),
                            m.paragraphWork(), MAX_PARAGRAPH_WORK);
        }
        return null;
    }

    /**
     * Measures a text in one pass.
     * @param text the file's text; each character is read a bounded number of times
     * @return what it measures
     */
    static Measures measure(CharSequence text) {
        return new Scan(text).run();
    }

    /** The pass: line by line, with the little block state that decides what the next line is. */
    private static final class Scan {
        private static final int NONE = 0;
        private static final int FENCE = 1;
        private static final int HTML = 2;
        private static final int CODE = 3;

        /** The tags that open an HTML block (CommonMark's kind 6), as flexmark lists them. */
        private static final Set<String> HTML_BLOCK_TAGS = Set.copyOf(Parser.HTML_BLOCK_TAGS.getDefaultValue());
        /** The tags whose HTML block (kind 1) ends at their end tag, not at a blank line. */
        private static final Set<String> HTML_RAW_TAGS = Set.of("script", "pre", "style", "textarea");

        private final CharSequence text;
        private final int length;

        private int lineNo;
        private int lineStart;
        private int lineEnd;

        /*
         * The open containers, outermost first: a block quote (-1) or a list item (the column its
         * content starts at). Where each quote is, in quoteAt, so that a blank line finds the first
         * one at once.
         */
        private int[] containers = new int[16];
        private int depth;
        private int[] quoteAt = new int[16];
        private int quotes;

        // the line as matchContainers() and newContainers() read it
        private int matched;
        private int at;
        private int col;
        private int containerCol;
        private int[] fresh = new int[16];
        private int freshCount;
        private int firstMarkerStart;
        private int firstMarkerCol;
        private boolean firstMarkerInterrupts;
        private int restStart;
        private int restCol;

        // an open block whose lines are no paragraph: a fence, HTML or indented code
        private int block = NONE;
        private int blockDepth;
        private char fenceChar;
        private int fenceLength;
        private String htmlEnd;

        // the open paragraph
        private boolean paragraph;
        private int paragraphDepth;
        private int paragraphStart;
        private long paragraphLines;
        private long paragraphGaps;
        private long paragraphWork;
        private long paragraphReferences;

        // links: the brackets open in the paragraph, and the destinations being read on this line
        private long openBrackets;
        private int[] reads = new int[16];
        private int[] readDepths = new int[16];

        // what is measured
        private int nesting;
        private int nestingLine;
        private long linkWork;
        private long mostLinkWork;
        private int linkLine;
        private long totalParagraphWork;
        private long worstParagraphWork = -1;
        private int worstParagraphLine;
        private long worstParagraphLines;
        private boolean worstReferences;

        Scan(CharSequence text) {
            this.text = text;
            this.length = text.length();
        }

        Measures run() {
            int i = 0;
            while (i < length) {
                lineNo++;
                lineStart = i;
                char c = 0;
                while (i < length) {
                    c = text.charAt(i);
                    if (c == '\n' || c == '\r') {
                        break;
                    }
                    i++;
                }
                lineEnd = i;
                line();
                if (i < length) {
                    i++;
                    if (c == '\r' && i < length && text.charAt(i) == '\n') {
                        i++;
                    }
                }
            }
            closeParagraph();
            return new Measures(nesting, nestingLine, linkWork, linkLine, totalParagraphWork,
                    worstParagraphLine, (int) Math.min(Integer.MAX_VALUE, worstParagraphLines), worstReferences);
        }

        private void line() {
            if (block != NONE && inBlock()) {
                return;
            }
            matchContainers(depth);
            newContainers();
            boolean blank = restStart == lineEnd;
            // a line that opens no container continues the open paragraph (lazily, when it does not match all of its containers)
            boolean continuation = paragraph && freshCount == 0 && !blank;
            if (paragraph && freshCount > 0 && matched >= paragraphDepth && fresh[0] >= 0 && !firstMarkerInterrupts) {
                // "2. x", or an item with nothing in it, cannot interrupt a paragraph: the line is its text
                continuation = true;
                blank = false;
                freshCount = 0;
                restStart = firstMarkerStart;
                restCol = firstMarkerCol;
                containerCol = firstMarkerCol;
            }
            if (!continuation) {
                closeParagraph();
                close(matched);
                for (int k = 0; k < freshCount; k++) {
                    open(fresh[k]);
                }
            }
            if (depth > nesting) {
                nesting = depth;
                nestingLine = lineNo;
            }
            if (blank) {
                return;
            }
            int indent = restCol - containerCol;
            if (!continuation && indent >= 4) {
                openBlock(CODE);
                return;
            }
            char first = text.charAt(restStart);
            if (indent < 4 && startsBlock(first, continuation)) {
                headingParserReads(continuation);
                closeParagraph();
                if (continuation) {
                    // a lazy line that is no paragraph text closes the containers it does not match
                    close(matched);
                    if (block != NONE) {
                        blockDepth = depth;
                    }
                }
                if (first == '#') {
                    openBrackets = 0;
                    links(restStart);
                }
                return;
            }
            if (continuation) {
                headingParserReads(true);
                paragraphLines++;
                if (restStart > lineStart) {
                    paragraphGaps++;
                }
            } else {
                paragraph = true;
                paragraphDepth = depth;
                paragraphStart = lineNo;
                paragraphLines = 1;
                paragraphGaps = 0;
                paragraphWork = 0;
                paragraphReferences = 0;
                openBrackets = 0;
            }
            if (first == '[' && referenceDefinition()) {
                paragraphReferences++;
            }
            links(restStart);
        }

        /** Whether the rest of the line opens a block that is no paragraph line: a fence, HTML, a heading, a rule. */
        private boolean startsBlock(char first, boolean continuation) {
            return switch (first) {
                case '`', '~' -> fence();
                case '<' -> html();
                case '#' -> atxHeading();
                case '-', '*', '_', '=' -> rule(first, continuation);
                default -> false;
            };
        }

        /**
         * Counts flexmark's heading parser on a line of the open paragraph: it joins the
         * paragraph's lines so far, unless the line starts with a letter (no block start is tried
         * then) or is indented four columns or more (it gives up first).
         */
        private void headingParserReads(boolean continuation) {
            if (!continuation || !paragraph || restCol - containerCol >= 4
                    || Character.isLetter(Character.codePointAt(text, restStart))) {
                return;
            }
            long work = paragraphLines * (1 + paragraphGaps);
            paragraphWork += work;
            totalParagraphWork += work;
        }

        private void closeParagraph() {
            if (!paragraph) {
                return;
            }
            paragraph = false;
            openBrackets = 0;
            if (paragraphWork > worstParagraphWork) {
                worstParagraphWork = paragraphWork;
                worstParagraphLine = paragraphStart;
                worstParagraphLines = paragraphLines;
                worstReferences = paragraphReferences * 2 >= paragraphLines;
            }
        }

        /**
         * Matches the line against the first {@code limit} open containers, as flexmark does: a
         * quote needs its {@code >}, a list item the line's indentation up to its content (a blank
         * line matches every item). Sets {@link #matched}, and {@link #at}, {@link #col} and
         * {@link #containerCol} after them. Linear: an item matched without a character read has its
         * content column at or before the line's, and each item's is past the one before.
         */
        private void matchContainers(int limit) {
            int i = lineStart;
            int c = 0;
            int m = 0;
            int content = 0;
            // the next character that is no space, and its column: read again only after a '>'
            int j = -1;
            int jc = 0;
            while (m < limit) {
                if (j < 0) {
                    j = skipSpaces(i);
                    jc = columnAt(i, j, c);
                }
                if (containers[m] < 0) {
                    if (j >= lineEnd || text.charAt(j) != '>' || jc - content >= 4) {
                        break;
                    }
                    i = j + 1;
                    c = jc + 1;
                    if (i < lineEnd && text.charAt(i) == ' ') {
                        i++;
                        c++;
                    }
                    j = -1;
                    content = c;
                    m++;
                } else if (j >= lineEnd) {
                    // a blank rest matches the items up to the next quote
                    int next = Math.min(firstQuoteFrom(m), limit);
                    content = containers[next - 1];
                    m = next;
                } else if (jc >= containers[m]) {
                    content = containers[m];
                    m++;
                } else {
                    break;
                }
            }
            matched = m;
            at = i;
            col = c;
            containerCol = content;
        }

        /** The index of the first quote container at or after {@code from}, or {@link #depth} when none. */
        private int firstQuoteFrom(int from) {
            int i = Arrays.binarySearch(quoteAt, 0, quotes, from);
            int lo = i >= 0 ? i : -i - 1;
            return lo < quotes ? quoteAt[lo] : depth;
        }

        /**
         * Reads the containers the line opens after the matched ones: {@code >} and list markers
         * indented less than four columns past the container they are in. Leaves them in
         * {@link #fresh}, not yet open, and sets the rest of the line.
         */
        private void newContainers() {
            int i = at;
            int c = col;
            int content = containerCol;
            freshCount = 0;
            firstMarkerInterrupts = true;
            while (true) {
                int j = skipSpaces(i);
                int jc = columnAt(i, j, c);
                if (j >= lineEnd || jc - content >= 4) {
                    break;
                }
                if (text.charAt(j) == '>') {
                    i = j + 1;
                    c = jc + 1;
                    if (i < lineEnd && text.charAt(i) == ' ') {
                        i++;
                        c++;
                    }
                    content = c;
                    addFresh(-1);
                    continue;
                }
                int markerEnd = listMarker(j);
                if (markerEnd < 0) {
                    break;
                }
                int markerCol = jc;
                int afterMarker = jc + (markerEnd - j);
                // the content starts after one to four spaces; none (an empty item) or five or more mean one
                int k = markerEnd;
                int spaceCol = afterMarker;
                while (k < lineEnd && spaceCol - afterMarker < 5 && (text.charAt(k) == ' ' || text.charAt(k) == '\t')) {
                    spaceCol += text.charAt(k) == '\t' ? 4 - (spaceCol % 4) : 1;
                    k++;
                }
                boolean empty = k >= lineEnd;
                boolean oneColumn = empty || spaceCol - afterMarker >= 5;
                if (freshCount == 0) {
                    firstMarkerStart = j;
                    firstMarkerCol = markerCol;
                    char m = text.charAt(j);
                    firstMarkerInterrupts = !empty && (m == '-' || m == '*' || m == '+' || orderedOne(j));
                }
                content = oneColumn ? afterMarker + 1 : spaceCol;
                addFresh(content);
                if (oneColumn) {
                    i = markerEnd;
                    c = afterMarker;
                    break;
                }
                i = k;
                c = spaceCol;
            }
            containerCol = content;
            restStart = skipSpaces(i);
            restCol = columnAt(i, restStart, c);
        }

        private void addFresh(int container) {
            if (freshCount == fresh.length) {
                fresh = Arrays.copyOf(fresh, freshCount * 2);
            }
            fresh[freshCount++] = container;
        }

        private void open(int container) {
            if (depth == containers.length) {
                containers = Arrays.copyOf(containers, depth * 2);
            }
            if (container < 0) {
                if (quotes == quoteAt.length) {
                    quoteAt = Arrays.copyOf(quoteAt, quotes * 2);
                }
                quoteAt[quotes++] = depth;
            }
            containers[depth++] = container;
        }

        private void close(int keep) {
            depth = Math.min(depth, keep);
            while (quotes > 0 && quoteAt[quotes - 1] >= depth) {
                quotes--;
            }
        }

        /** The end of a list marker at {@code i} followed by a space, a tab or the line's end; -1 if none. */
        private int listMarker(int i) {
            char c = text.charAt(i);
            int end;
            if (c == '-' || c == '*' || c == '+') {
                end = i + 1;
            } else if (c >= '0' && c <= '9') {
                int j = i;
                while (j < lineEnd && j - i < 10 && text.charAt(j) >= '0' && text.charAt(j) <= '9') {
                    j++;
                }
                if (j - i > 9 || j >= lineEnd || (text.charAt(j) != '.' && text.charAt(j) != ')')) {
                    return -1;
                }
                end = j + 1;
            } else {
                return -1;
            }
            return end == lineEnd || text.charAt(end) == ' ' || text.charAt(end) == '\t' ? end : -1;
        }

        /** Whether the ordered marker at {@code i} numbers its item 1: only such an item interrupts a paragraph. */
        private boolean orderedOne(int i) {
            int j = i;
            while (text.charAt(j) == '0') {
                j++;
            }
            return text.charAt(j) == '1' && (text.charAt(j + 1) == '.' || text.charAt(j + 1) == ')');
        }

        private void openBlock(int kind) {
            block = kind;
            blockDepth = depth;
        }

        /**
         * Whether the line belongs to the open fence, HTML or code block, which then uses it up;
         * when it does not (it leaves a container of the block), the block is closed and the line
         * read as any other.
         */
        private boolean inBlock() {
            matchContainers(blockDepth);
            int i = skipSpaces(at);
            int c = columnAt(at, i, col);
            boolean blank = i >= lineEnd;
            boolean inside = matched == blockDepth;
            switch (block) {
                case FENCE -> {
                    if (inside && closesFence(i)) {
                        block = NONE;
                    }
                }
                case HTML -> {
                    if (inside && (htmlEnd == null ? blank : holds(i, htmlEnd))) {
                        block = NONE;
                    }
                }
                default -> inside &= blank || c - containerCol >= 4;
            }
            if (!inside) {
                block = NONE;
            }
            return inside;
        }

        /** The column after the spaces and tabs from {@code from} to {@code to}, starting at column {@code col}. */
        private int columnAt(int from, int to, int col) {
            for (int k = from; k < to; k++) {
                col += text.charAt(k) == '\t' ? 4 - (col % 4) : 1;
            }
            return col;
        }

        private int skipSpaces(int i) {
            while (i < lineEnd && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
                i++;
            }
            return i;
        }

        private boolean closesFence(int i) {
            int j = i;
            while (j < lineEnd && text.charAt(j) == fenceChar) {
                j++;
            }
            return j - i >= fenceLength && skipSpaces(j) == lineEnd;
        }

        /** Whether the rest of the line opens a code fence; if so it is open. */
        private boolean fence() {
            char c = text.charAt(restStart);
            int j = restStart;
            while (j < lineEnd && text.charAt(j) == c) {
                j++;
            }
            if (j - restStart < 3 || (c == '`' && holds(j, "`"))) {
                return false;
            }
            fenceChar = c;
            fenceLength = j - restStart;
            openBlock(FENCE);
            return true;
        }

        /** Whether the rest of the line opens an HTML block of CommonMark's kinds 1 to 6; if so it is open. */
        private boolean html() {
            int j = restStart + 1;
            if (startsWith(j, "!--")) {
                return openHtml("-->", j + 3);
            }
            if (startsWith(j, "?")) {
                return openHtml("?>", j + 1);
            }
            if (startsWith(j, "![CDATA[")) {
                return openHtml("]]>", j + 8);
            }
            if (startsWith(j, "!") && j + 1 < lineEnd && isAsciiLetter(text.charAt(j + 1))) {
                return openHtml(">", j + 2);
            }
            boolean closing = startsWith(j, "/");
            if (closing) {
                j++;
            }
            int nameEnd = j;
            while (nameEnd < lineEnd && nameEnd - j <= 10 && (isAsciiLetter(text.charAt(nameEnd))
                    || (nameEnd > j && text.charAt(nameEnd) >= '0' && text.charAt(nameEnd) <= '9'))) {
                nameEnd++;
            }
            if (nameEnd == j || nameEnd - j > 10) {
                return false;
            }
            StringBuilder tag = new StringBuilder(nameEnd - j);
            for (int k = j; k < nameEnd; k++) {
                tag.append(Character.toLowerCase(text.charAt(k)));
            }
            String name = tag.toString();
            char after = nameEnd < lineEnd ? text.charAt(nameEnd) : ' ';
            if (!closing && HTML_RAW_TAGS.contains(name) && (after == ' ' || after == '\t' || after == '>')) {
                return openHtml("</" + name + ">", nameEnd);
            }
            if (HTML_BLOCK_TAGS.contains(name) && (after == ' ' || after == '\t' || after == '>'
                    || (after == '/' && startsWith(nameEnd + 1, ">")))) {
                htmlEnd = null;
                openBlock(HTML);
                return true;
            }
            return false;
        }

        private boolean openHtml(String end, int from) {
            htmlEnd = end;
            if (!holds(from, end)) {
                openBlock(HTML);
            }
            return true;
        }

        /**
         * Whether the line from {@code from} on holds {@code s} (lower case, at most 11 characters), in
         * any case: a plain search, at most {@code s.length()} reads of each character.
         */
        private boolean holds(int from, String s) {
            for (int k = from; k + s.length() <= lineEnd; k++) {
                int n = 0;
                while (n < s.length() && Character.toLowerCase(text.charAt(k + n)) == s.charAt(n)) {
                    n++;
                }
                if (n == s.length()) {
                    return true;
                }
            }
            return false;
        }

        private boolean startsWith(int at, String s) {
            if (at + s.length() > lineEnd) {
                return false;
            }
            for (int k = 0; k < s.length(); k++) {
                if (text.charAt(at + k) != s.charAt(k)) {
                    return false;
                }
            }
            return true;
        }

        private static boolean isAsciiLetter(char c) {
            return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
        }

        /** Whether the rest of the line opens an ATX heading: one to six {@code #}, then a space or the line's end. */
        private boolean atxHeading() {
            int j = restStart;
            while (j < lineEnd && j - restStart < 7 && text.charAt(j) == '#') {
                j++;
            }
            return j - restStart <= 6 && (j == lineEnd || text.charAt(j) == ' ' || text.charAt(j) == '\t');
        }

        /**
         * Whether the rest of the line is a thematic break (three or more of {@code -*_}, spaces
         * between), or the setext underline of the open paragraph ({@code =} or {@code -}, no space
         * between).
         */
        private boolean rule(char c, boolean continuation) {
            int count = 0;
            boolean spaced = false;
            boolean spaceInside = false;
            for (int j = restStart; j < lineEnd; j++) {
                char d = text.charAt(j);
                if (d == c) {
                    spaceInside |= spaced;
                    count++;
                } else if (d == ' ' || d == '\t') {
                    spaced = true;
                } else {
                    return false;
                }
            }
            boolean underline = continuation && (c == '=' || c == '-') && !spaceInside;
            return underline || (c != '=' && count >= 3);
        }

        /** Whether the rest of the line looks like a reference definition, {@code [label]:}. */
        private boolean referenceDefinition() {
            for (int j = restStart + 1; j < lineEnd && j - restStart <= 1000; j++) {
                char c = text.charAt(j);
                if (c == ']') {
                    return j + 1 < lineEnd && text.charAt(j + 1) == ':';
                }
                if (c == '[') {
                    return false;
                }
                if (c == '\\') {
                    j++;
                }
            }
            return false;
        }

        /**
         * Counts what flexmark does for the links of a line, from {@code from} on. For each
         * {@code ](} whose {@code ]} closes a {@code [}: the characters of its destination that it
         * reads, up to the first space or control character, or to a {@code )} that closes nothing
         * in between; and the brackets still open before it, which a link walks (to forbid links in
         * links).
         */
        private void links(int from) {
            int pending = 0;
            int depth = 0;
            for (int k = from; k < lineEnd; k++) {
                char c = text.charAt(k);
                if (c <= ' ') {
                    pending = endReads(pending, k);
                    depth = 0;
                } else if (c == '\\') {
                    if (k + 1 < lineEnd && isAsciiPunctuation(text.charAt(k + 1))) {
                        k++;
                    }
                } else if (c == '[') {
                    openBrackets++;
                } else if (c == ']') {
                    if (openBrackets > 0) {
                        openBrackets--;
                        if (k + 1 < lineEnd && text.charAt(k + 1) == '(') {
                            k++;
                            depth++;
                            if (pending == reads.length) {
                                reads = Arrays.copyOf(reads, pending * 2);
                                readDepths = Arrays.copyOf(readDepths, pending * 2);
                            }
                            reads[pending] = k + 1;
                            readDepths[pending] = depth;
                            pending++;
                            count(openBrackets);
                        }
                    }
                } else if (c == '(') {
                    depth++;
                } else if (c == ')') {
                    while (pending > 0 && readDepths[pending - 1] == depth) {
                        pending--;
                        count(k - reads[pending]);
                    }
                    depth--;
                }
            }
            endReads(pending, lineEnd);
        }

        private int endReads(int pending, int at) {
            while (pending > 0) {
                pending--;
                count(at - reads[pending]);
            }
            return 0;
        }

        private void count(long work) {
            linkWork += work;
            if (work > mostLinkWork) {
                mostLinkWork = work;
                linkLine = lineNo;
            }
        }

        private static boolean isAsciiPunctuation(char c) {
            return (c >= '!' && c <= '/') || (c >= ':' && c <= '@') || (c >= '[' && c <= '`') || (c >= '{' && c <= '~');
        }
    }
}
