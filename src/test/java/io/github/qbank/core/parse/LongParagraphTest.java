package io.github.qbank.core.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.lang.management.ManagementFactory;

import org.junit.jupiter.api.Test;

import io.github.qbank.core.source.SourceText;

/**
 * Issue #12: a paragraph of thousands of links took quadratic time and gigabytes, because
 * flexmark's inline parser copied the whole paragraph into a new string after every match.
 * Measured in bytes allocated, not in time: the parse may allocate some multiple of the text, not a
 * multiple of the text per link.
 */
class LongParagraphTest {

    @Test
    void aParagraphOfFiveThousandLinksIsNotCopiedOncePerLink() {
        java.lang.management.ThreadMXBean bean = ManagementFactory.getThreadMXBean();
        assumeTrue(bean instanceof com.sun.management.ThreadMXBean mx && mx.isThreadAllocatedMemorySupported()
                && mx.isThreadAllocatedMemoryEnabled(), "this JVM does not count allocated bytes per thread");
        com.sun.management.ThreadMXBean mx = (com.sun.management.ThreadMXBean) bean;
        StringBuilder sb = new StringBuilder("# Links\n\n");
        for (int i = 0; i < 5_000; i++) {
            sb.append("[链接").append(i).append("](缺失").append(i).append(".md) [ref").append(i).append("] ");
        }
        sb.append("\n\n[ref1]: defined.md\n");
        String text = sb.toString();
        MarkdownParser parser = new MarkdownParser();

        long before = mx.getCurrentThreadAllocatedBytes();
        MarkdownParser.Parsed parsed = parser.parse(new SourceText(text));
        long allocated = mx.getCurrentThreadAllocatedBytes() - before;

        assertEquals(5_001, parsed.references().size(), "every link, and the one defined reference");
        assertEquals("defined.md", parsed.references().get(2).url());
        // about 250 bytes per character of text today; copying the paragraph per link made it 60,000
        assertTrue(allocated < 2_000L * text.length(),
                allocated / 1_000_000 + " MB allocated to parse " + text.length() + " characters");
    }
}
