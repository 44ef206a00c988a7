package io.github.qbank.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.github.qbank.core.baseline.Baseline;
import io.github.qbank.core.baseline.TrackedFinding;
import io.github.qbank.core.check.CheckResult;
import io.github.qbank.core.check.Qbank;
import io.github.qbank.core.check.QbankConfig;
import io.github.qbank.core.fix.FixReport;
import io.github.qbank.core.fix.FixResult;
import io.github.qbank.core.fix.Fixer;

/** What {@code qbank:fix} says: what each edit does, and which fixes were of findings the baseline holds. */
class FixReportTest {

    @TempDir
    Path dir;

    private static final String BANK = String.join("\n", "# Bank", "",
            "## 一、Basics", "",
            "- 1 first",
            "- 2 second",
            "- 8 third",
            "- 4 fourth", "",
            "## 二、Scheduling", "",
            "Scheduling questions:",
            "1、What is a time slice?",
            "2、What is priority inversion?", "");

    private QbankConfig config() throws QbankException {
        return Configs.offline(dir).baseline(dir.resolve("qbank-baseline.json")).build();
    }

    @Test
    void theFixOfAKnownFindingIsNamedAndTheBaselineIsToShrink() throws Exception {
        Files.writeString(dir.resolve("README.md"), BANK);
        CheckResult before = new Qbank().check(config(), CheckListener.silent(), Baseline.empty());
        List<TrackedFinding> numbering = before.tracked().stream().filter(t -> t.finding().rule().equals("numbering"))
                .toList();
        assertEquals(1, numbering.size());
        Baseline.write(dir.resolve("qbank-baseline.json"), numbering);

        FixResult result = new Fixer().fix(config(), Fixer.rules(List.of()), CheckListener.silent());
        assertEquals(List.of(
                "README.md:[7,3] (numbering) fixed: expected 3, found 8 [known]",
                "README.md:[13,1] (list-structure) fixed: lines 13–14 look like list items but render as text of the"
                        + " paragraph at line 12 (\"1、\" is not a list marker); end the line before each with a"
                        + " backslash (\\), a line break, so that each shows on a line of its own; or write them as a"
                        + " Markdown list (\"1. …\") after a blank line",
                "qbank: 2 findings fixed in 1 file, 0 not fixed",
                "qbank: 1 of the findings fixed here is known (the baseline holds it): README.md:7 (numbering); once it"
                        + " is fixed, run mvn qbank:baseline to shrink the baseline",
                "qbank: numbering: 1 fixed, 0 not fixed",
                "qbank: heading-level: 0 fixed, 0 not fixed",
                "qbank: list-structure: 1 fixed, 0 not fixed",
                "qbank: missing-image: 0 fixed, 0 not fixed",
                "qbank: missing-local-file: 0 fixed, 0 not fixed"), FixReport.lines(result, false, null, dir));

        Fixer.write(result);
        assertEquals(BANK.replace("- 8 third", "- 3 third").replace("questions:\n", "questions:\\\n")
                .replace("slice?\n", "slice?\\\n"), Files.readString(dir.resolve("README.md")),
                "the edit is the one the message names: a backslash at the end of the line before each");
    }

    @Test
    void withoutBaselineNoFixIsKnown() throws Exception {
        Files.writeString(dir.resolve("README.md"), BANK);
        FixResult result = new Fixer().fix(config(), Fixer.rules(List.of()), CheckListener.silent());
        assertEquals(List.of(), result.knownFixed());
        assertEquals("README.md:[7,3] (numbering) fixed: expected 3, found 8",
                FixReport.lines(result, false, null, dir).get(0));
    }
}
