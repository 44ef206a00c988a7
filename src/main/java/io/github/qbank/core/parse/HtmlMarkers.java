package io.github.qbank.core.parse;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * qbank's markers in a piece of raw HTML: {@code <!-- qbank-… -->} comments,
 * {@code <!-- TOC -->} … {@code <!-- /TOC -->} markers and {@code <h1>} … {@code </h1>} heading
 * elements. Each is found as the regular expression in its comment finds it, in time linear in the
 * length of the HTML, however many markers are left unclosed: a lazy {@code .*?} or a {@code [^>]*}
 * would read on to the end of the HTML from every opening that has no end, and an unclosed comment
 * makes the rest of the file one HTML block (issue #28).
 */
final class HtmlMarkers {

    /**
     * A {@code <!-- qbank-… -->} comment.
     * @param kind  {@code disable-next-line}, {@code disable-line}, {@code disable-file}, {@code disable} or {@code enable}
     * @param rules what follows the kind, up to the {@code -->}
     * @param start where the comment starts
     * @param end   where it ends (exclusive)
     */
    record Directive(String kind, String rules, int start, int end) {}

    /**
     * A {@code <!-- TOC -->} or {@code <!-- /TOC -->} marker.
     * @param start   where it starts
     * @param closing whether it is {@code /TOC}
     */
    record TocMarker(int start, boolean closing) {}

    /**
     * An HTML heading element.
     * @param level   1 to 6
     * @param content the raw HTML between its tags
     * @param start   where its start tag starts
     */
    record Heading(int level, String content, int start) {}

    /**
     * {@code <!--\s*qbank-(disable-next-line|disable-line|disable-file|disable|enable)\b(.*?)-->}
     * (dot matching line ends too), searched only up to the last {@code -->}: a comment that does not
     * end before it does not end at all.
     */
    private static final Pattern DIRECTIVE = Pattern.compile(
            "<!--\\s*qbank-(disable-next-line|disable-line|disable-file|disable|enable)\\b(.*?)-->", Pattern.DOTALL);

    /**
     * The start of {@code <!--\s*(/?)\s*(?:TOC|toc)\b[^>]*-->}; the rest is looked for by hand. The
     * white space is matched possessively: the same matches, without trying every split of a run.
     */
    private static final Pattern TOC_START = Pattern.compile("<!--\\s*+(/?)\\s*+(?:TOC|toc)\\b");

    /**
     * {@code <[hH]([1-6])(?:\s[^>]*)?>(.*?)</[hH]\1\s*>} (dot matching line ends too) is a start tag,
     * whose {@code [^>]*} ends at the first {@code >}, then the content up to the first end tag of
     * the same level after it. The start of the start tag, and every end tag.
     */
    private static final Pattern HEADING_START = Pattern.compile("<[hH]([1-6])");

    private static final Pattern HEADING_END = Pattern.compile("</[hH]([1-6])\\s*+>");

    private HtmlMarkers() {}

    /**
     * The {@code <!-- qbank-… -->} comments, in order.
     * @param html raw HTML
     * @return the comments
     */
    static List<Directive> directives(CharSequence html) {
        int close = lastIndexOf(html, "-->");
        if (close < 0) {
            return List.of();
        }
        List<Directive> out = new ArrayList<>();
        Matcher m = DIRECTIVE.matcher(html);
        m.region(0, close + 3);
        while (m.find()) {
            out.add(new Directive(m.group(1), m.group(2), m.start(), m.end()));
        }
        return out;
    }

    /**
     * The {@code <!-- TOC -->} and {@code <!-- /TOC -->} markers, in order.
     * @param html raw HTML
     * @return the markers
     */
    static List<TocMarker> tableOfContents(CharSequence html) {
        List<TocMarker> out = new ArrayList<>();
        NextChar gt = new NextChar(html, '>');
        Matcher m = TOC_START.matcher(html);
        boolean found = m.find();
        while (found) {
            int after = m.end();
            int end = gt.from(after);
            if (end < 0) {
                break; // no '>' after this marker: none can end
            }
            if (end - 2 >= after && html.charAt(end - 1) == '-' && html.charAt(end - 2) == '-') {
                out.add(new TocMarker(m.start(), !m.group(1).isEmpty()));
                found = m.find(end + 1);
            } else {
                // no other "<" before the end of what matched: go on from there
                found = m.find();
            }
        }
        return out;
    }

    /**
     * The heading elements {@code <h1>} to {@code <h6>} that have an end tag, in order.
     * @param html raw HTML
     * @return the headings
     */
    static List<Heading> headings(CharSequence html) {
        List<Heading> out = new ArrayList<>();
        Matcher start = HEADING_START.matcher(html);
        if (!start.find()) {
            return out;
        }
        // the end tags of each level, by where they start and end
        int[][] ends = new int[7][];
        int[] counts = new int[7];
        for (int level = 1; level <= 6; level++) {
            ends[level] = new int[8];
        }
        Matcher end = HEADING_END.matcher(html);
        while (end.find()) {
            int level = end.group(1).charAt(0) - '0';
            if (counts[level] + 2 > ends[level].length) {
                ends[level] = Arrays.copyOf(ends[level], ends[level].length * 2);
            }
            ends[level][counts[level]++] = end.start();
            ends[level][counts[level]++] = end.end();
        }
        NextChar gt = new NextChar(html, '>');
        boolean found = true;
        while (found) {
            int at = start.start();
            int level = start.group(1).charAt(0) - '0';
            int tagEnd = -1;
            if (start.end() < html.length()) {
                char c = html.charAt(start.end());
                if (c == '>') {
                    tagEnd = start.end() + 1;
                } else if (c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r') {
                    int next = gt.from(start.end() + 1);
                    if (next < 0) {
                        break; // no '>' after this tag: no start tag ends
                    }
                    tagEnd = next + 1;
                }
            }
            int closing = tagEnd < 0 ? -1 : firstFrom(ends[level], counts[level], tagEnd);
            if (closing < 0) {
                found = start.find();
            } else {
                int[] e = ends[level];
                out.add(new Heading(level, html.subSequence(tagEnd, e[closing]).toString(), at));
                found = start.find(e[closing + 1]);
            }
        }
        return out;
    }

    /** The index of the first pair whose start is at or after {@code from}, or -1: a binary search. */
    private static int firstFrom(int[] pairs, int count, int from) {
        int lo = 0;
        int hi = count / 2;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (pairs[2 * mid] < from) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo < count / 2 ? 2 * lo : -1;
    }

    private static int lastIndexOf(CharSequence s, String what) {
        if (s instanceof String string) {
            return string.lastIndexOf(what);
        }
        for (int i = s.length() - what.length(); i >= 0; i--) {
            int k = 0;
            while (k < what.length() && s.charAt(i + k) == what.charAt(k)) {
                k++;
            }
            if (k == what.length()) {
                return i;
            }
        }
        return -1;
    }

    /**
     * The next occurrence of a character from positions that only grow: each character is read
     * once, however often it is asked.
     */
    private static final class NextChar {
        private final CharSequence text;
        private final char wanted;
        /** Where the last search started, and what it found (-1: none from there on). */
        private int searchedFrom = Integer.MAX_VALUE;
        private int found = -1;

        NextChar(CharSequence text, char wanted) {
            this.text = text;
            this.wanted = wanted;
        }

        /** The first occurrence at or after {@code from}, or -1. */
        int from(int from) {
            if (from >= searchedFrom && (found < 0 || found >= from)) {
                return found;
            }
            searchedFrom = from;
            found = -1;
            for (int i = from; i < text.length(); i++) {
                if (text.charAt(i) == wanted) {
                    found = i;
                    break;
                }
            }
            return found;
        }
    }
}
