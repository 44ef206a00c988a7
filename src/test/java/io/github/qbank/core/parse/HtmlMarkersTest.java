package io.github.qbank.core.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Function;
import java.util.function.IntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/**
 * Issue #28: qbank's markers in raw HTML ({@code <!-- qbank-… -->} comments, {@code <!-- TOC -->}
 * markers, {@code <h1>} … {@code </h1>} headings) are found in time linear in the HTML, however many
 * of them are left unclosed. Work is counted as characters read, not timed; the results are those
 * of the regular expressions qbank used before.
 */
class HtmlMarkersTest {

    /** A text that counts the characters read from it. */
    private static final class CountingChars implements CharSequence {
        private final String text;
        long read;

        CountingChars(String text) {
            this.text = text;
        }

        @Override
        public int length() {
            return text.length();
        }

        @Override
        public char charAt(int index) {
            read++;
            return text.charAt(index);
        }

        @Override
        public CharSequence subSequence(int start, int end) {
            read += end - start;
            return text.subSequence(start, end);
        }

        @Override
        public String toString() {
            read += text.length();
            return text;
        }
    }

    private static String lines(int n, IntFunction<String> line) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) {
            sb.append(line.apply(i)).append('\n');
        }
        return sb.toString();
    }

    /** Characters read to scan the text made of {@code n} lines, then of {@code 2n}: their ratio. */
    private static double ratio(int n, IntFunction<String> line, Function<CharSequence, List<?>> scan, int found) {
        long[] read = new long[2];
        for (int k = 0; k < 2; k++) {
            CountingChars html = new CountingChars(lines(n << k, line));
            assertEquals(found, scan.apply(html).size());
            read[k] = html.read;
        }
        assertTrue(read[1] <= 2.2 * read[0], "characters read for " + n + " lines: " + read[0] + ", for " + 2 * n
                + ": " + read[1]);
        return (double) read[1] / read[0];
    }

    @Test
    void unclosedDirectiveCommentsAreReadOnce() {
        ratio(1_000, i -> "<!-- qbank-disable numbering rule-" + i, HtmlMarkers::directives, 0);
    }

    @Test
    void unclosedTableOfContentsMarkersAreReadOnce() {
        ratio(1_000, i -> "<!-- TOC depth " + i, HtmlMarkers::tableOfContents, 0);
    }

    @Test
    void unclosedHeadingsAreReadOnce() {
        ratio(1_000, i -> "<h1>heading " + i, HtmlMarkers::headings, 0);
    }

    @Test
    void headingStartTagsWithoutTheirEndAreReadOnce() {
        ratio(1_000, i -> "<h2 class=\"x\" title=\"heading " + i + "\"", HtmlMarkers::headings, 0);
    }

    @Test
    void aLongRunOfSpacesInACommentIsReadOnce() {
        long[] read = new long[2];
        for (int k = 0; k < 2; k++) {
            CountingChars html = new CountingChars(" <!--" + " ".repeat(2_000 << k) + "TOX -->");
            assertEquals(List.of(), HtmlMarkers.tableOfContents(html));
            assertEquals(List.of(), HtmlMarkers.directives(html));
            read[k] = html.read;
        }
        assertTrue(read[1] <= 2.2 * read[0], "characters read: " + read[0] + ", then " + read[1]);
    }

    // ---------------------------------------------------------------------------------------------
    // the same results as the regular expressions of before

    private static final Pattern DIRECTIVE = Pattern.compile(
            "<!--\\s*qbank-(disable-next-line|disable-line|disable-file|disable|enable)\\b(.*?)-->", Pattern.DOTALL);

    private static final Pattern TOC_MARKER = Pattern.compile("<!--\\s*(/?)\\s*(?:TOC|toc)\\b[^>]*-->");

    private static final Pattern HTML_HEADING = Pattern.compile(
            "<[hH]([1-6])(?:\\s[^>]*)?>(.*?)</[hH]\\1\\s*>", Pattern.DOTALL);

    private static final List<String> PIECES = List.of("<!--", "-->", "--", "-", ">", "<", " ", "\n", "\t", "/",
            "qbank-", "disable", "disable-line", "disable-next-line", "disable-file", "enable", "-x", "x",
            "numbering", ",", "TOC", "toc", "Toc", "<h1>", "<h2", "<H3 id=\"a\">", "</h1>", "</H1 >", "</h2\n>",
            "</h3>", "<h", "h", "1", "2", "7", "<b>", "标题", "\u00a0", "<h1 ", "<h2\t", "<H1>", "</H1\t>", "\f", "\r",
            "\u000B", "<h1\n", "_", "a");

    private static String random(Random random) {
        StringBuilder sb = new StringBuilder();
        for (int i = random.nextInt(40); i > 0; i--) {
            sb.append(PIECES.get(random.nextInt(PIECES.size())));
        }
        return sb.toString();
    }

    @Test
    void findsWhatTheRegularExpressionsFound() {
        Random random = new Random(28);
        for (int round = 0; round < 100_000; round++) {
            String html = random(random);
            List<HtmlMarkers.Directive> directives = new ArrayList<>();
            for (Matcher m = DIRECTIVE.matcher(html); m.find();) {
                directives.add(new HtmlMarkers.Directive(m.group(1), m.group(2), m.start(), m.end()));
            }
            assertEquals(directives, HtmlMarkers.directives(html), html);
            List<HtmlMarkers.TocMarker> markers = new ArrayList<>();
            for (Matcher m = TOC_MARKER.matcher(html); m.find();) {
                markers.add(new HtmlMarkers.TocMarker(m.start(), !m.group(1).isEmpty()));
            }
            assertEquals(markers, HtmlMarkers.tableOfContents(html), html);
            List<HtmlMarkers.Heading> headings = new ArrayList<>();
            for (Matcher m = HTML_HEADING.matcher(html); m.find();) {
                headings.add(new HtmlMarkers.Heading(m.group(1).charAt(0) - '0', m.group(2), m.start()));
            }
            assertEquals(headings, HtmlMarkers.headings(html), html);
        }
    }

    @Test
    void findsMarkersOfOrdinaryFiles() {
        String html = "<!-- TOC -->\n- [a](#a)\n<!-- /TOC -->\n<!-- qbank-disable numbering, heading-level -->\n"
                + "<h3 id=\"2\">华为<b>篇</b></h3>\n<!-- qbank-enable -->";
        assertEquals(List.of(new HtmlMarkers.TocMarker(0, false),
                new HtmlMarkers.TocMarker(html.indexOf("<!-- /TOC"), true)), HtmlMarkers.tableOfContents(html));
        int disable = html.indexOf("<!-- qbank-disable");
        int enable = html.indexOf("<!-- qbank-enable");
        assertEquals(List.of(
                new HtmlMarkers.Directive("disable", " numbering, heading-level ", disable,
                        html.indexOf("-->", disable) + 3),
                new HtmlMarkers.Directive("enable", " ", enable, html.length())), HtmlMarkers.directives(html));
        assertEquals(List.of(new HtmlMarkers.Heading(3, "华为<b>篇</b>", html.indexOf("<h3"))),
                HtmlMarkers.headings(html));
    }
}
