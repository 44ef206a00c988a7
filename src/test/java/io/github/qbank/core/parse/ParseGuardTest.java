package io.github.qbank.core.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;

import org.junit.jupiter.api.Test;

import io.github.qbank.core.Message;

/**
 * Issue #28: the pre-scan that keeps flexmark from input it takes minutes on. Each measure is
 * checked on the shape flexmark is slow on, just past and just under its limit, on shapes that
 * look alike but cost flexmark nothing (which must measure little), and for its own work: it reads
 * each character a bounded number of times, counted through the {@link CharSequence} it reads.
 */
class ParseGuardTest {

    /** {@code [a](} repeated on one line: each destination read runs to the line's end. */
    static String openLinks(int n) {
        return "# T\n\n" + "[a](".repeat(n) + "\n";
    }

    /** Reference definitions without a blank line between them: one paragraph of n lines. */
    static String referenceDefinitions(int n) {
        StringBuilder sb = new StringBuilder("# T\n\n");
        for (int i = 0; i < n; i++) {
            sb.append("[x").append(i).append("]: http://example.com/").append(i).append('\n');
        }
        return sb.toString();
    }

    /** n levels of lists, each a line indented two more columns: flexmark's cost is cubic in n. */
    static String indentedLists(int n) {
        StringBuilder sb = new StringBuilder("# T\n\n");
        for (int i = 0; i < n; i++) {
            sb.append("  ".repeat(i)).append("- l\n");
        }
        return sb.toString();
    }

    /** n levels of lists on one line. */
    static String bullets(int n) {
        return "# T\n\n" + "- ".repeat(n) + "deepest\n";
    }

    /** A quoted paragraph of n lines that start with {@code [}: its lines are not next to each other. */
    static String quotedParagraph(int n) {
        return "# T\n\n" + "> [x\n".repeat(n);
    }

    /** n brackets left open, then n links: each link walks the open brackets. */
    static String openBracketsThenLinks(int n) {
        return "# T\n\n" + "[".repeat(n) + "[a](b)".repeat(n) + "\n";
    }

    @Test
    void listNestingIsCountedPerLineAndPastTheLimitIsAProblem() {
        ParseGuard.Measures m = ParseGuard.measure(indentedLists(1_001));
        assertEquals(1_001, m.nesting());
        assertEquals(1_003, m.nestingLine());
        assertEquals(new Message("input.nested-too-deeply-to-check", List.of("1001", "1003", "1000")),
                ParseGuard.problem(m));
        assertEquals("is too deeply nested to check: 1001 levels of lists and block quotes (line 1003);"
                + " qbank checks up to 1000", ParseGuard.problem(m).text());
        assertNull(ParseGuard.problem(indentedLists(1_000)));
        assertEquals(1_000, ParseGuard.measure(bullets(1_000)).nesting());
        assertEquals(1_001, ParseGuard.measure(bullets(1_001)).nesting());
        assertEquals(30_000, ParseGuard.measure(bullets(30_000)).nesting());
    }

    @Test
    void blockQuotesAndListsInsideThemAddUp() {
        assertEquals(3_000, ParseGuard.measure("> - 1. ".repeat(1_000) + "x\n").nesting());
        // each line one quote deeper, with one item: the item of the line before is closed by the quote
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 999; i++) {
            sb.append("> ".repeat(i)).append("- level ").append(i).append('\n');
        }
        assertEquals(999, ParseGuard.measure(sb).nesting());
        // a staircase of items inside a quote
        StringBuilder stairs = new StringBuilder();
        for (int i = 0; i < 1_200; i++) {
            stairs.append("> ").append("  ".repeat(i)).append("- l\n");
        }
        assertEquals(1_201, ParseGuard.measure(stairs).nesting());
    }

    @Test
    void linesOfTextAndBlankLinesKeepOrCloseItemsAsFlexmarkDoes() {
        // a list item survives blank lines and indented text, so the next marker nests deeper
        assertEquals(3, ParseGuard.measure("- a\n\n  text\n\n  - b\n\n    - c\n").nesting());
        // text at the margin after a blank line closes the item: the next list starts again at one level
        assertEquals(1, ParseGuard.measure("- a\n\ntext\n\n  - b\n").nesting());
        // a lazy continuation line closes nothing
        assertEquals(3, ParseGuard.measure("- a\n  - b\nlazy\n    - c\n").nesting());
        // markers indented four columns past their container are code, not items
        assertEquals(1, ParseGuard.measure("- a\n\n      - code\n").nesting());
        assertEquals(0, ParseGuard.measure("text\n\n    - code\n    - code\n").nesting());
    }

    @Test
    void openLinkDestinationsAreCountedAsTheCharactersFlexmarkReads() {
        // the k-th "](" reads to the line's end: 4 * (n - k) + ... characters
        ParseGuard.Measures m = ParseGuard.measure(openLinks(15_000));
        assertEquals(2L * 15_000 * 14_999, m.linkWork());
        assertNull(ParseGuard.problem(m));
        ParseGuard.Measures past = ParseGuard.measure(openLinks(16_000));
        assertEquals(2L * 16_000 * 15_999, past.linkWork());
        assertEquals("input.open-links-to-check", ParseGuard.problem(past).key());
        assertEquals(List.of("511968000", "3", "500000000"), ParseGuard.problem(past).arguments());
        // closed links read only their own destination, whether spaced or glued together
        assertEquals(20_000, ParseGuard.measure("[a](b) ".repeat(20_000)).linkWork());
        assertEquals(20_000, ParseGuard.measure("[a](b)".repeat(20_000)).linkWork());
        assertEquals(4 * 20_000, ParseGuard.measure("[a](b(c)) ".repeat(20_000)).linkWork());
        // "](" without a "[" before it starts no link; a space ends the read
        assertEquals(0, ParseGuard.measure("a](".repeat(50_000)).linkWork());
        assertEquals(0, ParseGuard.measure("[a]( ".repeat(50_000)).linkWork());
        // escaped brackets and parentheses are text
        assertEquals(0, ParseGuard.measure("\\[a\\](".repeat(50_000)).linkWork());
    }

    @Test
    void bracketsLeftOpenAreWalkedByEveryLinkAfterThem() {
        ParseGuard.Measures m = ParseGuard.measure(openBracketsThenLinks(20_000));
        // each of the 20,000 links walks the 20,000 brackets before it and reads its one character
        assertEquals(20_000L * 20_000 + 20_000, m.linkWork());
        assertNull(ParseGuard.problem(m));
        assertEquals("input.open-links-to-check", ParseGuard.problem(openBracketsThenLinks(23_000)).key());
        // brackets do not stay open past their paragraph
        assertEquals(20_000, ParseGuard.measure("[\n\n".repeat(20_000) + "[a](b)\n".repeat(20_000)).linkWork());
    }

    @Test
    void referenceDefinitionsWithoutBlankLinesAreOneParagraphReadAgainPerLine() {
        ParseGuard.Measures m = ParseGuard.measure(referenceDefinitions(20_000));
        assertEquals(20_000L * 19_999 / 2, m.paragraphWork());
        assertEquals(3, m.paragraphLine());
        assertEquals(20_000, m.paragraphLines());
        assertTrue(m.references());
        assertNull(ParseGuard.problem(m));
        Message past = ParseGuard.problem(referenceDefinitions(20_001));
        assertEquals(new Message("input.reference-definitions-to-check",
                List.of("20001", "3", "200010000", "200000000")), past);
        // with blank lines between them, any number of definitions costs nothing
        StringBuilder spaced = new StringBuilder();
        for (int i = 0; i < 100_000; i++) {
            spaced.append("[x").append(i).append("]: http://example.com/").append(i).append("\n\n");
        }
        assertEquals(0, ParseGuard.measure(spaced).paragraphWork());
    }

    @Test
    void aParagraphWhoseLinesAreNotNextToEachOtherCostsItsLinesTimesItsGaps() {
        ParseGuard.Measures m = ParseGuard.measure(quotedParagraph(800));
        // line k (from 0) of the paragraph joins k lines with k - 1 gaps between them
        long expected = 0;
        for (long k = 1; k < 800; k++) {
            expected += k * k;
        }
        assertEquals(expected, m.paragraphWork());
        assertNull(ParseGuard.problem(m));
        Message past = ParseGuard.problem(quotedParagraph(900));
        assertEquals("input.paragraph-to-check", past.key());
        assertEquals("has a paragraph too long to check: 900 lines from line 3 without a blank line, which the"
                + " parser reads again for each line that starts with a mark such as [, | or a digit:"
                + " 242595150 line reads; qbank checks up to 200000000", past.text());
        // lines that start with a letter are not read again
        assertEquals(0, ParseGuard.measure("> text\n".repeat(50_000)).paragraphWork());
        // markers that cannot interrupt a paragraph are its text: "2. x", and an empty "*" or "1."
        for (String line : List.of("2. x\n", "*\n", "1.\n")) {
            assertEquals(1_000L * 999 / 2, ParseGuard.measure("text\n" + line.repeat(999)).paragraphWork(), line);
        }
        // in a list, the next item's marker ends the item's paragraph
        assertEquals(0, ParseGuard.measure("1. a\n2. b\n3. c\n").paragraphWork());
    }

    @Test
    void codeHtmlListsAndTablesOfRealBanksMeasureLittle() {
        String block = "  [\"json\", {\"a\": [1, 2]}],\n".repeat(20_000);
        assertEquals(0, ParseGuard.measure("```json\n" + block + "```\n").paragraphWork());
        assertEquals(0, ParseGuard.measure("- item\n\n  ```\n" + block + "  ```\n").paragraphWork());
        assertEquals(0, ParseGuard.measure("text\n\n" + "    [code\n".repeat(20_000)).paragraphWork());
        assertEquals(0, ParseGuard.measure("<table>\n" + "  <tr><td>[x]</td></tr>\n".repeat(20_000) + "</table>\n")
                .paragraphWork());
        assertEquals(0, ParseGuard.measure("<!--\n" + "  [x\n".repeat(20_000) + "-->\n").paragraphWork());
        StringBuilder list = new StringBuilder();
        for (int i = 1; i <= 50_000; i++) {
            list.append(i).append(". [question ").append(i).append("](answers.md#q").append(i).append(")\n");
        }
        ParseGuard.Measures items = ParseGuard.measure(list);
        assertEquals(0, items.paragraphWork());
        assertEquals(1, items.nesting());
        // a table of 2,000 rows at the margin: its lines follow each other
        assertEquals(2_001L * 2_000 / 2, ParseGuard.measure("|a|b|\n" + "|x|y|\n".repeat(2_000)).paragraphWork());
        // a fence in a list item ends where the item does: the lines after it are a paragraph (and the
        // fence's line read the item's one-line paragraph once)
        assertEquals(1 + 1_999L * 2_000 / 2, ParseGuard.measure("- item\n  ```\n" + "[x\n".repeat(2_000)).paragraphWork());
    }

    @Test
    void theScanReadsEachCharacterABoundedNumberOfTimes() {
        Map<String, IntFunction<String>> shapes = new LinkedHashMap<>();
        shapes.put("open links", ParseGuardTest::openLinks);
        shapes.put("reference definitions", ParseGuardTest::referenceDefinitions);
        shapes.put("indented lists", n -> indentedLists(n / 20));
        shapes.put("bullets", ParseGuardTest::bullets);
        shapes.put("quoted paragraph", ParseGuardTest::quotedParagraph);
        shapes.put("open brackets then links", ParseGuardTest::openBracketsThenLinks);
        shapes.put("quoted lists", n -> "> - 1. ".repeat(n) + "x\n");
        shapes.put("blank lines in a deep list", n -> "- ".repeat(1_000) + "x\n" + "\n".repeat(n));
        shapes.put("lazy lines in a deep list", n -> "- ".repeat(1_000) + "x\n" + "x\n".repeat(n));
        shapes.put("html comment lines", n -> "<!--\n" + "<!-- - -- -->".repeat(n) + "\n");
        shapes.put("long markers", n -> "1234567890".repeat(n) + ". x\n");
        for (var shape : shapes.entrySet()) {
            String small = shape.getValue().apply(10_000);
            String large = shape.getValue().apply(20_000);
            long readsSmall = reads(small);
            long readsLarge = reads(large);
            assertTrue(readsSmall <= 8L * small.length() && readsLarge <= 8L * large.length(),
                    shape.getKey() + ": " + readsSmall + " reads of " + small.length() + " characters, " + readsLarge
                            + " of " + large.length());
            double ratio = (double) readsLarge / readsSmall;
            double sizeRatio = (double) large.length() / small.length();
            assertTrue(ratio <= sizeRatio * 1.01, shape.getKey() + ": reads grew " + ratio + " times for a text "
                    + sizeRatio + " times longer");
        }
    }

    /** The characters the scan reads, counted through the text it is given. */
    private static long reads(String text) {
        long[] count = new long[1];
        CharSequence counted = new CharSequence() {
            @Override
            public int length() {
                return text.length();
            }

            @Override
            public char charAt(int index) {
                count[0]++;
                return text.charAt(index);
            }

            @Override
            public CharSequence subSequence(int start, int end) {
                throw new UnsupportedOperationException("the scan reads characters one by one");
            }

            @Override
            public String toString() {
                return text;
            }
        };
        ParseGuard.measure(counted);
        return count[0];
    }
}
