package io.github.qbank.core.check;

import java.time.Instant;
import java.util.List;

import io.github.qbank.core.Finding;
import io.github.qbank.core.Severity;
import io.github.qbank.core.links.LinkResult;
import io.github.qbank.core.model.Bank;

/**
 * What one check found.
 *
 * @param bank       the parsed bank
 * @param rules      every rule of the check, in registry order, with the severity it ran with
 * @param findings   every finding, in report order ({@link Finding#ORDER})
 * @param links      every external URL with its result, in first-use order
 * @param durationMs how long scanning, parsing, rules and link checks took
 * @param failed     whether the findings reach the configured {@code failOn}: the build fails
 * @param runId      a random UUID naming this check, written into every report
 * @param startedAt  when this check started (reports name it; temporary files older than it are stale)
 */
public record CheckResult(Bank bank, List<RuleRun> rules, List<Finding> findings, List<LinkResult> links,
        long durationMs, boolean failed, String runId, Instant startedAt) {

    public long errors() {
        return findings.stream().filter(f -> f.severity() == Severity.ERROR).count();
    }

    public long warnings() {
        return findings.stream().filter(f -> f.severity() == Severity.WARNING).count();
    }
}
