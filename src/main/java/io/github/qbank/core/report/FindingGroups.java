package io.github.qbank.core.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.github.qbank.core.Severity;
import io.github.qbank.core.baseline.TrackedFinding;
import io.github.qbank.core.check.CheckResult;
import io.github.qbank.core.check.RuleRun;

/**
 * A check's findings grouped the way a consistency report shows them (checkstyle's site report,
 * code scanning's alert list): per rule, in the order the rules run, and per file, in report
 * order; each with its counts. Plain data for a renderer that knows nothing else of qbank.
 *
 * @param errors   findings of severity error
 * @param warnings findings of severity warning
 * @param known    findings the baseline holds (they never fail the build)
 * @param rules    every rule of the check with its findings, in registry order
 * @param files    every file with findings, in report order
 */
public record FindingGroups(long errors, long warnings, long known, List<RuleGroup> rules, List<FileGroup> files) {

    /** A rule, the severity it ran with, and its findings. */
    public record RuleGroup(RuleRun rule, List<TrackedFinding> findings) {}

    /** A file and its findings, in line order. */
    public record FileGroup(String file, List<TrackedFinding> findings) {

        /**
         * Counts the file's findings of one severity, those the baseline holds included.
         * @param severity the severity to count
         * @return how many of the file's findings have it
         */
        public long count(Severity severity) {
            return findings.stream().filter(t -> t.finding().severity() == severity).count();
        }
    }

    /**
     * Groups a check's findings per rule and per file.
     * @param result the finished check
     * @return its findings grouped, with the check's counts
     */
    public static FindingGroups of(CheckResult result) {
        Map<String, List<TrackedFinding>> byRule = new LinkedHashMap<>();
        Map<String, List<TrackedFinding>> byFile = new LinkedHashMap<>();
        for (RuleRun rule : result.rules()) {
            byRule.put(rule.id(), new ArrayList<>());
        }
        for (TrackedFinding t : result.tracked()) {
            byRule.computeIfAbsent(t.finding().rule(), id -> new ArrayList<>()).add(t);
            byFile.computeIfAbsent(t.finding().file(), f -> new ArrayList<>()).add(t);
        }
        List<RuleGroup> rules = new ArrayList<>();
        for (RuleRun rule : result.rules()) {
            rules.add(new RuleGroup(rule, List.copyOf(byRule.get(rule.id()))));
        }
        List<FileGroup> files = new ArrayList<>();
        byFile.forEach((file, findings) -> files.add(new FileGroup(file, List.copyOf(findings))));
        return new FindingGroups(result.errors(), result.warnings(), result.known(), List.copyOf(rules),
                List.copyOf(files));
    }
}
