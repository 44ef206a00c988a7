package io.github.qbank.core.model;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The inline {@code <!-- qbank-… -->} comments of one file and the lines they silence. A rule set
 * that is empty means every rule. Asked about a finding, it names the comment that silences it, so
 * that a check can tell which comments silenced nothing.
 *
 * <p>Filled while the file is parsed, then only asked. Each answer costs a hash lookup and a
 * binary search, however many comments the file holds: the {@code disable}/{@code enable} comments
 * are replayed once per rule asked about, not once per finding.
 */
public final class Suppressions {

    /** All rules. */
    public static final Set<String> ALL = Set.of();

    /**
     * One {@code <!-- qbank-… -->} comment.
     *
     * @param kind   {@code disable-next-line}, {@code disable-line}, {@code disable}, {@code enable} or
     *               {@code disable-file}
     * @param line   the line the comment starts on
     * @param column the column the comment starts at
     * @param rules  the rules it names; {@link #ALL} for every rule
     */
    public record Directive(String kind, int line, int column, Set<String> rules) {

        /**
         * Makes the rule set unmodifiable.
         * @param kind the directive's kind
         * @param line the line the comment starts on
         * @param column the column the comment starts at
         * @param rules the rules it names
         */
        public Directive {
            rules = Set.copyOf(rules);
        }

        /**
         * Whether it silences the rule, wherever it applies.
         * @param rule a rule id
         * @return {@code true} if the rule is silenced
         */
        public boolean names(String rule) {
            return names(rule, false);
        }

        /**
         * With {@code namedOnly}, whether it names the rule itself.
         * @param rule a rule id
         * @param namedOnly whether a directive for every rule counts
         * @return {@code true} if the directive applies to the rule
         */
        public boolean names(String rule, boolean namedOnly) {
            return rules.isEmpty() ? !namedOnly : rules.contains(rule);
        }
    }

    private record Toggle(int line, boolean disable, Directive directive) {

        Set<String> rules() {
            return directive.rules();
        }
    }

    /** How a comment acts: from its line on, on one line, or on the whole file. */
    public enum Scope {
        /** Disables rules from its line on. */
        DISABLE_FROM,
        /** Enables rules again from its line on. */
        ENABLE_FROM,
        /** Disables rules on one line. */
        LINE,
        /** Disables rules in the whole file. */
        FILE
    }

    /**
     * One comment as it was recorded, enough to record it again ({@link #record(Recorded)}): the
     * model cache stores these.
     *
     * @param line the line it silences for {@link Scope#LINE}, else the directive's line
     */
    public record Recorded(Scope scope, int line, Directive directive) {}

    private final List<Directive> directives = new ArrayList<>();
    private final List<Recorded> recorded = new ArrayList<>();
    private final List<Toggle> toggles = new ArrayList<>();
    private final Map<Integer, List<Directive>> lines = new HashMap<>();
    private final List<Directive> wholeFile = new ArrayList<>();
    /**
     * For each rule asked about: after each toggle, the index of the {@code disable} toggle that
     * silences the rule there, or -1.
     */
    private final Map<String, int[]> replayed = new ConcurrentHashMap<>();
    /** For each toggle, the highest line of it and the toggles before it. */
    private volatile int[] reach;

    /**
     * {@code qbank-disable}: silences the rules from this line on.
     * @param line the comment's line
     * @param rules the rules it names
     */
    public void disableFrom(int line, Set<String> rules) {
        disableFrom(line, 1, rules);
    }

    /**
     * {@code qbank-disable} at a column: silences the rules from this line on.
     * @param line the comment's line
     * @param column the comment's column
     * @param rules the rules it names
     */
    public void disableFrom(int line, int column, Set<String> rules) {
        Directive d = add(new Directive("disable", line, column, rules));
        toggles.add(new Toggle(line, true, d));
        recorded.add(new Recorded(Scope.DISABLE_FROM, line, d));
    }

    /**
     * {@code qbank-enable}: ends an earlier {@code qbank-disable} from this line on.
     * @param line the comment's line
     * @param rules the rules it names
     */
    public void enableFrom(int line, Set<String> rules) {
        enableFrom(line, 1, rules);
    }

    /**
     * {@code qbank-enable} at a column: ends an earlier {@code qbank-disable} from this line on.
     * @param line the comment's line
     * @param column the comment's column
     * @param rules the rules it names
     */
    public void enableFrom(int line, int column, Set<String> rules) {
        Directive d = add(new Directive("enable", line, column, rules));
        toggles.add(new Toggle(line, false, d));
        recorded.add(new Recorded(Scope.ENABLE_FROM, line, d));
    }

    /**
     * {@code qbank-disable-line} (at its own line) and {@code qbank-disable-next-line}.
     * @param line the silenced line
     * @param rules the rules it names
     */
    public void disableLine(int line, Set<String> rules) {
        disableLine(line, new Directive("disable-line", line, 1, rules));
    }

    /**
     * Silences {@code line} for the rules {@code directive} names; the directive may stand on another line.
     * @param line the silenced line
     * @param directive the comment
     */
    public void disableLine(int line, Directive directive) {
        lines.computeIfAbsent(line, k -> new ArrayList<>()).add(add(directive));
        recorded.add(new Recorded(Scope.LINE, line, directive));
    }

    /**
     * {@code qbank-disable-file}.
     * @param rules the rules it names
     */
    public void disableFile(Set<String> rules) {
        disableFile(new Directive("disable-file", 1, 1, rules));
    }

    /**
     * {@code qbank-disable-file}, as a parsed comment.
     * @param directive the comment
     */
    public void disableFile(Directive directive) {
        wholeFile.add(add(directive));
        recorded.add(new Recorded(Scope.FILE, directive.line(), directive));
    }

    /**
     * Every comment as recorded, in document order.
     * @return the recorded comments
     */
    public List<Recorded> recorded() {
        return List.copyOf(recorded);
    }

    /**
     * Records a comment again, as {@link #recorded()} gave it.
     * @param r the comment as recorded
     */
    public void record(Recorded r) {
        Directive d = r.directive();
        switch (r.scope()) {
            case DISABLE_FROM -> {
                add(d);
                toggles.add(new Toggle(r.line(), true, d));
                recorded.add(r);
            }
            case ENABLE_FROM -> {
                add(d);
                toggles.add(new Toggle(r.line(), false, d));
                recorded.add(r);
            }
            case LINE -> disableLine(r.line(), d);
            case FILE -> disableFile(d);
        }
    }

    private Directive add(Directive d) {
        directives.add(d);
        return d;
    }

    /**
     * Every comment, in document order.
     * @return the comments
     */
    public List<Directive> directives() {
        return List.copyOf(directives);
    }

    /**
     * Whether a comment silences {@code rule} on {@code line}.
     * @param rule a rule id
     * @param line a line of the file
     * @return {@code true} if the rule is silenced there
     */
    public boolean isSuppressed(String rule, int line) {
        return silencer(rule, line) != null;
    }

    /**
     * The comment that silences {@code rule} on {@code line}, or {@code null}. When several do,
     * the narrowest wins: the line's own comment, then a {@code disable}…{@code enable} range, then
     * {@code disable-file}; among comments of one kind, the first.
     * @param rule a rule id
     * @param line a line of the file
     * @return the comment, or {@code null}
     */
    public Directive silencer(String rule, int line) {
        return silencer(rule, line, false);
    }

    /**
     * As {@link #silencer(String, int)}; with {@code namedOnly}, only comments that name the rule
     * count, not those that silence every rule.
     * @param rule a rule id
     * @param line a line of the file
     * @param namedOnly whether only comments that name the rule count
     * @return the comment, or {@code null}
     */
    public Directive silencer(String rule, int line, boolean namedOnly) {
        List<Directive> onLine = lines.get(line);
        if (onLine != null) {
            for (Directive d : onLine) {
                if (d.names(rule, namedOnly)) {
                    return d;
                }
            }
        }
        if (!toggles.isEmpty()) {
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
            if (lo > 0) {
                int by = namedOnly
                        ? replayed.computeIfAbsent("\u0000" + rule, k -> replay(rule, true))[lo - 1]
                        : replayed.computeIfAbsent(rule, k -> replay(rule, false))[lo - 1];
                if (by >= 0) {
                    return toggles.get(by).directive();
                }
            }
        }
        for (Directive d : wholeFile) {
            if (d.names(rule, namedOnly)) {
                return d;
            }
        }
        return null;
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
     * "disable all, enable X" silences it again, and a toggle of all rules resets every rule. Gives,
     * after each toggle, the index of the toggle that silences the rule, or -1. With
     * {@code namedOnly}, toggles of all rules are passed over.
     */
    private int[] replay(String rule, boolean namedOnly) {
        int[] out = new int[toggles.size()];
        int allOff = -1;
        int off = -1;
        boolean onDespiteAll = false;
        for (int i = 0; i < out.length; i++) {
            Toggle t = toggles.get(i);
            if (t.rules().isEmpty() && namedOnly) {
                // a comment for every rule does not count
            } else if (t.rules().isEmpty()) {
                allOff = t.disable() ? i : -1;
                off = -1;
                onDespiteAll = false;
            } else if (t.rules().contains(rule)) {
                off = t.disable() ? i : -1;
                onDespiteAll = !t.disable();
            }
            out[i] = off >= 0 ? off : allOff >= 0 && !onDespiteAll ? allOff : -1;
        }
        return out;
    }
}
