package io.github.qbank.core.numbering;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.github.qbank.core.local.RepositoryBoundary;
import io.github.qbank.core.model.BankFile;
import io.github.qbank.core.parse.BankFileReader;

/**
 * Issue #12's class: work that grows with the square of the input. Each dotted heading collected
 * the levels of all its siblings and searched every heading for its parent. Measured in bytes
 * allocated, not in time.
 */
class NumberingScaleTest {

    @TempDir
    Path dir;

    @Test
    void tenThousandDottedHeadingsAreNotComparedPairwise() throws Exception {
        java.lang.management.ThreadMXBean bean = ManagementFactory.getThreadMXBean();
        assumeTrue(bean instanceof com.sun.management.ThreadMXBean mx && mx.isThreadAllocatedMemorySupported()
                && mx.isThreadAllocatedMemoryEnabled(), "this JVM does not count allocated bytes per thread");
        com.sun.management.ThreadMXBean mx = (com.sun.management.ThreadMXBean) bean;
        StringBuilder sb = new StringBuilder("# Bank\n\n## 1 Chapter\n\n");
        for (int i = 1; i <= 10_000; i++) {
            // every 1,000th written a level too deep: one heading-level defect each (1.10000 is no number)
            sb.append(i % 1000 == 0 ? "#### 1." : "### 1.").append(i).append(" question ").append(i).append("?\n\n");
        }
        Path file = dir.resolve("big.md");
        Files.writeString(file, sb);
        BankFile bankFile = new BankFileReader(Pattern.compile("answer"), new RepositoryBoundary(dir)).read("big.md", file);

        long before = mx.getCurrentThreadAllocatedBytes();
        NumberingModel model = NumberingModel.of(bankFile);
        long allocated = mx.getCurrentThreadAllocatedBytes() - before;

        assertEquals(9, model.levelDefects().size(), model.levelDefects().stream().map(d -> d.heading().line() + " " + d.reason().text()).toList().toString());
        assertEquals("its siblings 1.999 and 1.1001 are at level 3", model.levelDefects().get(0).reason().text());
        assertTrue(allocated < 100_000_000L, allocated / 1_000_000 + " MB allocated for 10,000 headings");
    }
}
