package io.github.qbank.core.model;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The inline {@code <!-- qbank-… -->} comments of one file and the lines they silence. A rule set
 * that is empty means every rule.
 */
public final class Suppressions {

    /** All rules. */
    public static final Set<String> ALL = Set.of();

    private record Toggle(int line, boolean disable, Set<String> rules) {}

    private final List<Toggle> toggles = new ArrayList<>();
    private final Map<Integer, List<Set<String>>> lines = new HashMap<>();
    private final List<Set<String>> wholeFile = new ArrayList<>();

    /** {@code qbank-disable}: silences the rules from this line on. */
    public void disableFrom(int line, Set<String> rules) {
        toggles.add(new Toggle(line, true, rules));
    }

    /** {@code qbank-enable}: ends an earlier {@code qbank-disable} from this line on. */
    public void enableFrom(int line, Set<String> rules) {
        toggles.add(new Toggle(line, false, rules));
    }

    /** {@code qbank-disable-line} and {@code qbank-disable-next-line}. */
    public void disableLine(int line, Set<String> rules) {
        lines.computeIfAbsent(line, k -> new ArrayList<>()).add(rules);
    }

    /** {@code qbank-disable-file}. */
    public void disableFile(Set<String> rules) {
        wholeFile.add(rules);
    }

    public boolean isSuppressed(String rule, int line) {
        for (Set<String> s : wholeFile) {
            if (covers(s, rule)) {
                return true;
            }
        }
        for (Set<String> s : lines.getOrDefault(line, List.of())) {
            if (covers(s, rule)) {
                return true;
            }
        }
        // Replays the toggles up to this line: "disable all, enable X" leaves X enabled.
        boolean allOff = false;
        Set<String> off = new HashSet<>();
        Set<String> onDespiteAll = new HashSet<>();
        for (Toggle t : toggles) {
            if (t.line() > line) {
                break;
            }
            if (t.rules().isEmpty()) {
                allOff = t.disable();
                off.clear();
                onDespiteAll.clear();
            } else if (t.disable()) {
                off.addAll(t.rules());
                onDespiteAll.removeAll(t.rules());
            } else {
                off.removeAll(t.rules());
                onDespiteAll.addAll(t.rules());
            }
        }
        return allOff ? !onDespiteAll.contains(rule) : off.contains(rule);
    }

    private static boolean covers(Set<String> rules, String rule) {
        return rules.isEmpty() || rules.contains(rule);
    }
}
