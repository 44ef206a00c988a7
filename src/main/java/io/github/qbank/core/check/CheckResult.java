package io.github.qbank.core.check;

import java.time.Instant;
import java.util.List;

import io.github.qbank.core.Finding;
import io.github.qbank.core.Severity;
import io.github.qbank.core.baseline.TrackedFinding;
import io.github.qbank.core.links.LinkResult;
import io.github.qbank.core.model.Bank;
import io.github.qbank.core.sections.AnswerConvention;

/**
 * What one check found.
 *
 * @param bank       the parsed bank
 * @param rules      every rule of the check, in registry order, with the severity it ran with
 * @param findings   every finding, in report order ({@link Finding#ORDER})
 * @param links      every external URL with its result, in first-use order
 * @param durationMs how long scanning, parsing, rules and link checks took
 * @param failed     whether the findings reach the configured {@code failOn}: the build fails
 * @param answers    how the bank gives its answers, as inferred from it
 * @param tracked    every finding with its fingerprint and status, in the order of {@code findings}
 * @param fixed      how many findings of the baseline are gone
 * @param runId      a random UUID naming this check, written into every report
 * @param startedAt  when this check started (reports name it; temporary files older than it are stale)
 * @param ratchet    what {@code qbank.ratchetFrom} left out, or {@code null} when it is not set
 */
public record CheckResult(Bank bank, List<RuleRun> rules, List<Finding> findings, List<LinkResult> links,
        long durationMs, boolean failed, AnswerConvention answers, List<TrackedFinding> tracked, int fixed,
        String runId, Instant startedAt, Ratchet ratchet) {

    /**
     * What the ratchet did.
     *
     * @param ref          the git ref compared with
     * @param changedFiles how many files under the project directory changed since it
     * @param notReported  how many findings are in other files, so not reported
     */
    public record Ratchet(String ref, int changedFiles, int notReported) {}

    /**
     * The findings the baseline does not hold: those that fail the build.
     * @return the new findings, in report order
     */
    public List<TrackedFinding> newFindings() {
        return tracked.stream().filter(t -> !t.known()).toList();
    }

    /**
     * New findings of severity error: those that fail the build with {@code failOn=error}.
     * @return the number of new errors
     */
    public long newErrors() {
        return countNew(tracked, Severity.ERROR);
    }

    /** {@return the number of new findings of severity warning} */
    public long newWarnings() {
        return countNew(tracked, Severity.WARNING);
    }

    /** How many of the findings are new (not in the baseline) and of the severity. */
    static long countNew(List<TrackedFinding> tracked, Severity severity) {
        return tracked.stream().filter(t -> !t.known() && t.finding().severity() == severity).count();
    }

    /**
     * How many findings the baseline holds.
     * @return the number of known findings
     */
    public long known() {
        return tracked.stream().filter(TrackedFinding::known).count();
    }

    /** {@return the number of errors, new and known} */
    public long errors() {
        return findings.stream().filter(f -> f.severity() == Severity.ERROR).count();
    }

    /** {@return the number of warnings, new and known} */
    public long warnings() {
        return findings.stream().filter(f -> f.severity() == Severity.WARNING).count();
    }
}
