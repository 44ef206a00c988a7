package io.github.qbank.core.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.github.qbank.core.CheckListener;
import io.github.qbank.core.check.CheckResult;
import io.github.qbank.core.check.Qbank;
import io.github.qbank.core.check.QbankConfig;
import io.github.qbank.core.links.LinkSettings;

/**
 * Issue #12: thousands of findings on one long line. Each finding's source excerpt copied the
 * whole line before cutting it to what the page shows. Measured in bytes allocated, not in time.
 */
class LongLineReportsTest {

    @TempDir
    Path dir;

    @Test
    void findingsOnOneLongLineDoNotEachCopyTheLine() throws Exception {
        java.lang.management.ThreadMXBean bean = ManagementFactory.getThreadMXBean();
        assumeTrue(bean instanceof com.sun.management.ThreadMXBean mx && mx.isThreadAllocatedMemorySupported()
                && mx.isThreadAllocatedMemoryEnabled(), "this JVM does not count allocated bytes per thread");
        com.sun.management.ThreadMXBean mx = (com.sun.management.ThreadMXBean) bean;
        Path bank = Files.createDirectories(dir.resolve("bank"));
        StringBuilder sb = new StringBuilder("# Links\n\n");
        for (int i = 0; i < 5_000; i++) {
            sb.append("[链接").append(i).append("](缺失").append(i).append(".md) ");
        }
        Files.writeString(bank.resolve("README.md"), sb.append('\n'));
        Path out = dir.resolve("reports");
        QbankConfig config = QbankConfig.builder(bank).outputDirectory(out).formats(List.of("html"))
                .links(LinkSettings.builder(null).skip("not in tests").build()).build();
        CheckResult result = new Qbank().check(config, CheckListener.silent());
        assertEquals(5_000, result.findings().size());

        long before = mx.getCurrentThreadAllocatedBytes();
        Reports.write(result, config);
        long allocated = mx.getCurrentThreadAllocatedBytes() - before;

        // the line is 190 KB; copying it for each of 5,000 findings allocated about 1.9 GB
        assertTrue(allocated < 400_000_000L, allocated / 1_000_000 + " MB allocated to write the report");
        var html = Jsoup.parse(out.resolve("index.html").toFile(), "UTF-8");
        String shown = html.selectFirst("#f-1 pre.source .hl").text();
        assertTrue(shown.endsWith(" …") && shown.length() < 520, shown.length() + " characters shown");
    }
}
