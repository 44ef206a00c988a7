package io.github.qbank.core.fix;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.github.qbank.core.Finding;

/**
 * What {@code qbank:fix} would change, or changed.
 *
 * @param changes        the files the fixes change, in bank order
 * @param fixed          the findings fixed, in the order they were fixed
 * @param notFixed       the findings of the rules to fix that are left, each with its reason, in report order
 * @param rules          the rules fixed
 * @param repositoryRoot the git work tree that holds the project (or the project): patch paths are relative to it
 * @param knownFixed     the findings fixed that the baseline holds, as the check before the fixes found them
 */
public record FixResult(List<FileChange> changes, List<Finding> fixed, List<NotFixed> notFixed, List<String> rules,
        Path repositoryRoot, List<Finding> knownFixed) {

    /**
     * Makes the lists unmodifiable copies.
     * @param changes        the files the fixes change, in bank order
     * @param fixed          the findings fixed, in the order they were fixed
     * @param notFixed       the findings of the rules to fix that are left, each with its reason, in report order
     * @param rules          the rules fixed
     * @param repositoryRoot the git work tree that holds the project (or the project): patch paths are relative to it
     * @param knownFixed     the findings fixed that the baseline holds, as the check before the fixes found them
     */
    public FixResult {
        knownFixed = List.copyOf(knownFixed);
        changes = List.copyOf(changes);
        fixed = List.copyOf(fixed);
        notFixed = List.copyOf(notFixed);
        rules = List.copyOf(rules);
    }

    /**
     * For each rule fixed, in order: how many findings were fixed and how many were not.
     * @return per rule id, the number fixed at index 0 and the number not fixed at index 1
     */
    public Map<String, int[]> counts() {
        Map<String, int[]> out = new LinkedHashMap<>();
        for (String rule : rules) {
            out.put(rule, new int[2]);
        }
        fixed.forEach(f -> out.computeIfAbsent(f.rule(), k -> new int[2])[0]++);
        notFixed.forEach(n -> out.computeIfAbsent(n.finding().rule(), k -> new int[2])[1]++);
        return out;
    }
}
