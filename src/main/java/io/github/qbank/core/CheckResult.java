package io.github.qbank.core;

import java.util.List;

import io.github.qbank.core.links.LinkResult;
import io.github.qbank.core.model.Bank;

/**
 * What one check found.
 *
 * @param bank       the parsed bank
 * @param findings   every finding, in report order ({@link Finding#ORDER})
 * @param links      every external URL with its result, in first-use order
 * @param durationMs how long scanning, parsing, rules and link checks took
 */
public record CheckResult(Bank bank, List<Finding> findings, List<LinkResult> links, long durationMs) {

    public long errors() {
        return findings.stream().filter(f -> f.severity() == Severity.ERROR).count();
    }

    public long warnings() {
        return findings.stream().filter(f -> f.severity() == Severity.WARNING).count();
    }
}
