package io.github.qbank.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;


/**
 * Issue #28: input on which flexmark's time grows faster than the text (lists nested thousands of
 * levels deep, {@code [a](} repeated, reference definitions without blank lines between them, long
 * paragraphs read again line by line) is measured before it is parsed. Past a limit the file gives
 * one {@code unreadable-file} finding that names the measure and the limit, and the other files
 * are still checked; just under each limit the file is parsed and checked as before.
 */
class CostlyInputTest {

    private static final String GOOD = "good.md:3:6 missing-image image missing.png does not exist";

    @TempDir
    Path dir;

    @BeforeEach
    void goodFile() throws IOException {
        Files.writeString(dir.resolve("good.md"), "# Good\n\n![x](missing.png)\n");
    }

    private List<String> check() throws QbankException {
        return Configs.findingLines(dir);
    }

    private static String referenceDefinitions(String prefix, int n) {
        StringBuilder sb = new StringBuilder("# References\n\n");
        for (int i = 0; i < n; i++) {
            sb.append(prefix).append("[x").append(i).append("]: http://example.com/").append(i).append('\n');
        }
        return sb.toString();
    }

    @Test
    void eachFilePastALimitIsOneFindingNamingTheMeasureAndTheLimit() throws Exception {
        // the three inputs of the issue, at the sizes that took flexmark 75 s, 2 s and 50 s
        Files.writeString(dir.resolve("deep.md"), "# Deep\n\n" + "- ".repeat(30_000) + "![d](d.png)\n");
        Files.writeString(dir.resolve("links.md"), "# Links\n\n" + "[a](".repeat(30_000) + "\n\n![l](l.png)\n");
        Files.writeString(dir.resolve("references.md"), referenceDefinitions("", 100_000) + "\n![r](r.png)\n");
        // and a quoted paragraph of lines starting with "[": 900 lines, whose joins grow with the gaps between them
        Files.writeString(dir.resolve("quoted.md"), "# Quoted\n\n" + "> [x\n".repeat(900) + "\n![q](q.png)\n");

        assertEquals(List.of(
                "deep.md:1:1 unreadable-file deep.md is too deeply nested to check: 30000 levels of lists and block"
                        + " quotes (line 3); qbank checks up to 1000; nothing in it was checked",
                GOOD,
                "links.md:1:1 unreadable-file links.md has too many link brackets left open to check: [ and ]("
                        + " without their ] or ) cost the parser 1799940005 steps (the most on line 3); qbank checks"
                        + " up to 500000000; nothing in it was checked",
                "quoted.md:1:1 unreadable-file quoted.md has a paragraph too long to check: 900 lines from line 3"
                        + " without a blank line, which the parser reads again for each line that starts with a mark"
                        + " such as [, | or a digit: 242595150 line reads; qbank checks up to 200000000; nothing in"
                        + " it was checked",
                "references.md:1:1 unreadable-file references.md has too many reference definitions in a row to"
                        + " check: 100000 lines from line 3 without a blank line between them, which the parser reads"
                        + " again for each one: 4999950000 line reads; qbank checks up to 200000000; nothing in it"
                        + " was checked"),
                check());
    }

    @Test
    void eachFileJustUnderALimitIsParsedAndChecked() throws Exception {
        Files.writeString(dir.resolve("deep.md"), "# Deep\n\n" + "- ".repeat(1_000) + "![d](d.png)\n");
        Files.writeString(dir.resolve("links.md"), "# Links\n\n" + "[a](".repeat(15_000) + " ![l](l.png)\n");
        Files.writeString(dir.resolve("references.md"), referenceDefinitions("> ", 800) + "\n![r](r.png)\n");
        Files.writeString(dir.resolve("quoted.md"), "# Quoted\n\n" + "> [x\n".repeat(800) + "\n![q](q.png)\n");

        assertEquals(List.of(
                "deep.md:3:2006 missing-image image d.png does not exist",
                GOOD,
                "links.md:3:60007 missing-image image l.png does not exist",
                "quoted.md:804:6 missing-image image q.png does not exist",
                "references.md:804:6 missing-image image r.png does not exist"),
                check());
    }
}
