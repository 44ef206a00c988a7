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

    public RuleRegistry(List<Rule> rules) {
        Map<String, Rule> byId = new LinkedHashMap<>();
        for (Rule r : rules) {
            if (byId.put(r.id(), r) != null) {
                throw new IllegalArgumentException("two rules with the id " + r.id());
            }
        }
        this.rules = Collections.unmodifiableMap(byId);
    }

    public static RuleRegistry standard() {
        return STANDARD;
    }

    public List<Rule> rules() {
        return List.copyOf(rules.values());
    }

    public List<String> ids() {
        return new ArrayList<>(rules.keySet());
    }

    public boolean contains(String id) {
        return rules.containsKey(id);
    }

    public Rule rule(String id) {
        return rules.get(id);
    }
}
