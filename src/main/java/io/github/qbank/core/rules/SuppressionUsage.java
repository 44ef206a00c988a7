package io.github.qbank.core.rules;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import io.github.qbank.core.model.BankFile;
import io.github.qbank.core.model.Suppressions.Directive;

/**
 * Which inline suppression comment silenced findings of which rules, in one check. Written by
 * {@link BankContext#report} from rules that run in parallel, read once they are all done by
 * {@link UnusedSuppressionRule}. One instance per check.
 */
public final class SuppressionUsage {

    /** File (by relative path) → comment → the rules it silenced a finding of. */
    private final Map<String, Map<Directive, Set<String>>> used = new ConcurrentHashMap<>();

    /**
     * Records that {@code directive} of {@code file} silenced a finding of {@code rule}.
     * @param file the file of the comment
     * @param directive the comment
     * @param rule the rule whose finding it silenced
     */
    public void record(BankFile file, Directive directive, String rule) {
        used.computeIfAbsent(file.relativePath(), k -> new ConcurrentHashMap<>())
                .computeIfAbsent(directive, k -> ConcurrentHashMap.newKeySet())
                .add(rule);
    }

    /**
     * The rules whose findings {@code directive} of {@code file} silenced; empty when none.
     * @param file the file of the comment
     * @param directive the comment
     * @return the rule ids
     */
    public Set<String> silenced(BankFile file, Directive directive) {
        Map<Directive, Set<String>> byDirective = used.get(file.relativePath());
        if (byDirective == null) {
            return Set.of();
        }
        Set<String> rules = byDirective.get(directive);
        return rules == null ? Set.of() : Set.copyOf(rules);
    }
}
