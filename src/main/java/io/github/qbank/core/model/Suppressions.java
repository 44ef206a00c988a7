package io.github.qbank.core.model;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The inline {@code <!-- qbank-… -->} comments of one file and the lines they silence. A rule set
 * that is empty means every rule.
 *
 * <p>Filled while the file is parsed, then only asked. Each answer costs a hash lookup and a
 * binary search, however many comments the file holds: the {@code disable}/{@code enable} comments
 * are replayed once per rule asked about, not once per finding.
 */
public final class Suppressions {

    /** All rules. */
    public static final Set<String> ALL = Set.of();

    private record Toggle(int line, boolean disable, Set<String> rules) {}

    /** Rules silenced in one place: all of them, or those named. */
    private static final class Scope {
        private boolean all;
        private final Set<String> rules = new HashSet<>();

        void add(Set<String> named) {
            if (named.isEmpty()) {
                all = true;
            } else {
                rules.addAll(named);
            }
        }

        boolean covers(String rule) {
            return all || rules.contains(rule);
        }
    }

    private final List<Toggle> toggles = new ArrayList<>();
    private final Map<Integer, Scope> lines = new HashMap<>();
    private final Scope wholeFile = new Scope();
    /** For each rule asked about: whether it is silenced after each toggle, in order. */
    private final Map<String, boolean[]> replayed = new ConcurrentHashMap<>();
    /** For each toggle, the highest line of it and the toggles before it. */
    private volatile int[] reach;

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
        lines.computeIfAbsent(line, k -> new Scope()).add(rules);
    }

    /** {@code qbank-disable-file}. */
    public void disableFile(Set<String> rules) {
        wholeFile.add(rules);
    }

    public boolean isSuppressed(String rule, int line) {
        if (wholeFile.covers(rule)) {
            return true;
        }
        Scope onLine = lines.get(line);
        if (onLine != null && onLine.covers(rule)) {
            return true;
        }
        if (toggles.isEmpty()) {
            return false;
        }
        // the toggles that count are those before the first one below this line
        int[] r = reach();
        int lo = 0;
        int hi = r.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (r[mid] <= line) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo > 0 && replayed.computeIfAbsent(rule, this::replay)[lo - 1];
    }

    private int[] reach() {
        int[] r = reach;
        if (r == null) {
            r = new int[toggles.size()];
            int max = Integer.MIN_VALUE;
            for (int i = 0; i < r.length; i++) {
                max = Math.max(max, toggles.get(i).line());
                r[i] = max;
            }
            reach = r;
        }
        return r;
    }

    /**
     * Replays the toggles for one rule: "disable all, enable X" leaves X enabled, "disable X" after
     * "disable all, enable X" silences it again, and a toggle of all rules resets every rule.
     */
    private boolean[] replay(String rule) {
        boolean[] out = new boolean[toggles.size()];
        boolean allOff = false;
        boolean off = false;
        boolean onDespiteAll = false;
        for (int i = 0; i < out.length; i++) {
            Toggle t = toggles.get(i);
            if (t.rules().isEmpty()) {
                allOff = t.disable();
                off = false;
                onDespiteAll = false;
            } else if (t.rules().contains(rule)) {
                off = t.disable();
                onDespiteAll = !t.disable();
            }
            out[i] = allOff ? !onDespiteAll : off;
        }
        return out;
    }
}
