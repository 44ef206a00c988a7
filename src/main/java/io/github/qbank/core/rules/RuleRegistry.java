package io.github.qbank.core.rules;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The rules qbank knows, by id, in the order they run and are documented. Immutable. */
public final class RuleRegistry {

    private static final RuleRegistry STANDARD = new RuleRegistry(List.of(
            new UnreadableFileRule(),
            new InvalidEncodingRule(),
            new NumberingRule(),
            new HeadingLevelRule(),
            new ListStructureRule(),
            new DuplicateSectionRule(),
            new DuplicateAnswerUrlRule(),
            new DuplicateQuestionRule(),
            new MissingAnswerLinkRule(),
            new MissingImageRule(),
            new MissingLocalFileRule(),
            new BrokenAnchorRule(),
            new DeadLinkRule(),
            new LinkUnverifiableRule(),
            new UnusedSuppressionRule()));

    private final Map<String, Rule> rules;

    /**
     * A registry of the given rules.
     * @param rules the rules, in report order; their ids must differ
     */
    public RuleRegistry(List<Rule> rules) {
        Map<String, Rule> byId = new LinkedHashMap<>();
        for (Rule r : rules) {
            if (byId.put(r.id(), r) != null) {
                throw new IllegalArgumentException("two rules with the id " + r.id());
            }
        }
        this.rules = Collections.unmodifiableMap(byId);
    }

    /** {@return every rule qbank has} */
    public static RuleRegistry standard() {
        return STANDARD;
    }

    /** {@return the rules, in order} */
    public List<Rule> rules() {
        return List.copyOf(rules.values());
    }

    /** {@return the rule ids, in order} */
    public List<String> ids() {
        return new ArrayList<>(rules.keySet());
    }

    /**
     * Whether a rule id is known.
     * @param id a rule id
     * @return {@code true} if a rule has it
     */
    public boolean contains(String id) {
        return rules.containsKey(id);
    }

    /**
     * The rule with an id.
     * @param id a rule id
     * @return the rule, or {@code null}
     */
    public Rule rule(String id) {
        return rules.get(id);
    }
}
