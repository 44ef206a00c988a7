package io.github.qbank.core.numbering;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import io.github.qbank.core.Message;

/**
 * Finds the numbering defects of one sibling group, as few as explain it: the fewest items whose
 * renumbering fixes the group, where a run of missing numbers counts as one defect and an elision
 * ({@code ...}) allows any gap. So {@code 1 2 8 4 5} gives one defect at 8 (expected 3),
 * {@code 1 2 4 5} one at 4 (3 is missing), {@code 39 1 2 3} one at 39, {@code 1 2 2 4} one at the
 * second 2 — never a cascade down the rest of the list.
 */
public final class SequenceChecker {

    /** Groups longer than this compare each item with this many before it only, to stay linear. */
    private static final int WINDOW = 400;

    /** One numbering defect. */
    public record Defect(NumberedNode at, String expected, String actual, Message message) {}

    /** Where the reader sees numbers that no heading or item of the sequence holds. */
    @FunctionalInterface
    public interface ShownElsewhere {
        /**
         * @param before a member of the sequence
         * @param after  a later member
         * @return whether every number between the two is shown between them some other way
         */
        boolean between(NumberedNode before, NumberedNode after);
    }

    private SequenceChecker() {}

    /**
     * @param group          the sequence to check
     * @param parentFlagged  whether the group's numbering parent has a defect itself: then a
     *                       prefix that disagrees with it is that defect's consequence, not another
     * @param startExplained whether a missing first item is explained elsewhere (a first item
     *                       folded into the paragraph above the list, reported as list-structure)
     * @param shown          numbers the reader sees outside the sequence: no gap where they stand
     * @return the defects of the sequence, one per defect and no cascade
     */
    public static List<Defect> check(SiblingGroup group, boolean parentFlagged, boolean startExplained,
            ShownElsewhere shown) {
        List<Defect> defects = new ArrayList<>();
        List<NumberedNode> members = new ArrayList<>();
        for (NumberedNode m : group.members()) {
            if (m.token().malformed()) {
                defects.add(malformed(m, group.parent()));
            } else {
                members.add(m);
            }
        }
        if (members.isEmpty()) {
            return defects;
        }
        boolean explained = startExplained || group.continues();
        List<Defect> found = new ArrayList<>();
        boolean anchored = false;
        if (group.style() == NumberToken.Style.DOTTED) {
            members = checkDepth(members, found);
            List<List<NumberedNode>> runs = prefixRuns(members);
            anchored = givesPrefix(group.parent(), members);
            if (runs.size() > 1 && !anchored) {
                // 1.1.8 1.1.9 1.2.0 1.2.1 with no parent to say otherwise: each prefix is its own sequence
                for (List<NumberedNode> run : runs) {
                    sequence(run, new boolean[run.size()], run.get(0).token().prefix(), explained, shown, found);
                }
            } else {
                boolean[] forced = new boolean[members.size()];
                List<Integer> prefix = checkPrefix(members, group.parent(), parentFlagged, forced, found);
                // children numbered at their parent's depth get new numbers altogether: their values say nothing
                if (found.stream().noneMatch(d -> d.message().key().equals("numbering.at-parent-depth"))) {
                    sequence(members, forced, prefix, explained, shown, found);
                }
            }
        } else {
            sequence(members, new boolean[members.size()], null, explained, shown, found);
        }
        if (anchored || isEnumeration(members, found)) {
            defects.addAll(found);
        }
        defects.sort((a, b) -> a.at().line() != b.at().line() ? Integer.compare(a.at().line(), b.at().line())
                : Integer.compare(a.at().column(), b.at().column()));
        return defects;
    }

    /**
     * Whether numbers read as an enumeration the author keeps, not as ids or quantities: problem
     * ids ({@code 26 283 844 977}, {@code 1143 1144}), years, a lone {@code 40 Interview
     * Questions}. A group counts when it has two or more members, the fewest renumberings that fix
     * it touch one member or at most a third of them, and a member that keeps its number is a
     * small one (at most one more than the group's size). An ordered list whose only defect is
     * its start number does not count either.
     */
    private static boolean isEnumeration(List<NumberedNode> members, List<Defect> defects) {
        int n = members.size();
        if (n < 2 || defects.size() > Math.max(1, n / 3)) {
            return false;
        }
        boolean smallKept = false;
        for (NumberedNode m : members) {
            boolean flagged = defects.stream().anyMatch(d -> d.at() == m && !isGap(d.message()));
            smallKept |= !flagged && m.token().value() <= n + 1;
        }
        if (!smallKept) {
            return false;
        }
        boolean onlyStart = defects.size() == 1 && defects.get(0).at() == members.get(0)
                && isGap(defects.get(0).message());
        // an ordered list's start number is typed on purpose (3. after two steps told in prose)
        return !onlyStart || members.get(0).token().style() != NumberToken.Style.ORDERED_LIST;
    }

    /** Whether the numbering parent vouches for the members: its number is the dotted prefix most of them carry. */
    private static boolean givesPrefix(NumberedNode parent, List<NumberedNode> members) {
        if (parent == null || members.isEmpty()) {
            return false;
        }
        int depth = members.get(0).token().depth();
        // children written at their parent's depth (3.1.2 holding 3.1.3, 3.1.4) are numbering too
        List<Integer> wanted = parent.token().depth() == depth - 1 ? parent.token().parts()
                : parent.token().depth() == depth && parent.token().style() == NumberToken.Style.DOTTED
                        ? parent.token().prefix() : null;
        if (wanted == null) {
            return false;
        }
        long agreeing = members.stream().filter(m -> m.token().prefix().equals(wanted)).count();
        return agreeing > 0 && agreeing * 2 >= members.size();
    }

    /**
     * The members split where their prefix changes, when every prefix stands in one run
     * ({@code 1.1.x 1.2.x 1.3.x}); else the members as one run.
     */
    private static List<List<NumberedNode>> prefixRuns(List<NumberedNode> members) {
        List<List<NumberedNode>> runs = new ArrayList<>();
        java.util.Set<List<Integer>> seen = new java.util.HashSet<>();
        List<Integer> current = null;
        for (NumberedNode m : members) {
            List<Integer> prefix = m.token().prefix();
            if (!prefix.equals(current)) {
                if (!seen.add(prefix)) {
                    return List.of(members);
                }
                runs.add(new ArrayList<>());
                current = prefix;
            }
            runs.get(runs.size() - 1).add(m);
        }
        for (List<NumberedNode> run : runs) {
            if (run.size() < 2) {
                return List.of(members);
            }
        }
        return runs;
    }

    private static Defect malformed(NumberedNode m, NumberedNode parent) {
        String written = m.token().text().strip();
        String guess = written.replaceAll("\\.{2,}", ".");
        if (guess.startsWith(".") && parent != null) {
            guess = dotted(parent.token().parts()) + guess;
        } else if (guess.startsWith(".")) {
            guess = guess.substring(1);
        }
        if (guess.endsWith(".")) {
            guess = guess.substring(0, guess.length() - 1);
        }
        return new Defect(m, guess, written, written.startsWith(".")
                ? Message.of("numbering.malformed-leading-dot", written, guess)
                : Message.of("numbering.malformed-empty-part", written, guess));
    }

    /** Keeps the members at the group's usual depth; the others were written at the wrong depth. */
    private static List<NumberedNode> checkDepth(List<NumberedNode> members, List<Defect> defects) {
        Map<Integer, Integer> counts = new HashMap<>();
        for (NumberedNode m : members) {
            counts.merge(m.token().depth(), 1, Integer::sum);
        }
        int usual = counts.entrySet().stream()
                .max((a, b) -> a.getValue().equals(b.getValue()) ? Integer.compare(b.getKey(), a.getKey())
                        : Integer.compare(a.getValue(), b.getValue()))
                .orElseThrow().getKey();
        List<NumberedNode> kept = new ArrayList<>();
        NumberedNode previous = null;
        for (NumberedNode m : members) {
            if (m.token().depth() == usual) {
                kept.add(m);
                previous = m;
                continue;
            }
            defects.add(new Defect(m, null, m.token().display(), depthMessage(m, usual, previous)));
        }
        return kept;
    }

    /**
     * Checks dotted prefixes against the numbering parent. Returns the prefix the group should
     * have; marks members whose own prefix is wrong as forced to be renumbered.
     */
    private static List<Integer> checkPrefix(List<NumberedNode> members, NumberedNode parent, boolean parentFlagged,
            boolean[] forced, List<Defect> defects) {
        int depth = members.get(0).token().depth();
        List<Integer> expected = parent != null && parent.token().depth() == depth - 1 && !parent.token().malformed()
                ? parent.token().parts() : null;
        Map<List<Integer>, Integer> counts = new HashMap<>();
        for (NumberedNode m : members) {
            counts.merge(m.token().prefix(), 1, Integer::sum);
        }
        List<Integer> common = counts.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
        boolean allShare = counts.size() == 1;
        if (expected == null) {
            if (parent != null && allShare && !parentFlagged && parent.token().depth() != depth - 1
                    && parent.token().style() == NumberToken.Style.DOTTED) {
                NumberedNode first = members.get(0);
                defects.add(parent.token().depth() == depth ? atParentDepth(members, parent)
                        : new Defect(first, dotted(parent.token().parts()) + "." + first.token().value(),
                                first.token().display(), Message.of("numbering.prefix-does-not-continue", dotted(common),
                                        parent.token().display(), parent.line(), dotted(parent.token().parts()))));
            }
            expected = common;
        } else if (allShare && !common.equals(expected)) {
            if (!parentFlagged) {
                NumberedNode first = members.get(0);
                defects.add(new Defect(first, dotted(expected) + "." + first.token().value(), first.token().display(),
                        Message.of("numbering.prefix-disagrees", dotted(common), parent.token().display(),
                                parent.line(), dotted(expected))));
            }
            return common;
        }
        for (int i = 0; i < members.size(); i++) {
            forced[i] = !members.get(i).token().prefix().equals(expected);
        }
        return expected;
    }

    /**
     * {@code 3.1.2}, {@code 3.1.3} under {@code 3.1.2}: the children are renumbered from 1 below
     * their parent ({@code 3.1.2.1}, {@code 3.1.2.2}).
     */
    private static Defect atParentDepth(List<NumberedNode> members, NumberedNode parent) {
        NumberedNode first = members.get(0);
        NumberedNode last = members.get(members.size() - 1);
        String from = dotted(parent.token().parts()) + ".1";
        String to = dotted(parent.token().parts()) + "." + members.size();
        return new Defect(first, from, first.token().display(), Message.of("numbering.at-parent-depth",
                first.token().display(), last.token().display(), parent.token().display(), parent.line(), from, to));
    }

    /** The minimal explanation of the group's sequence of values, by dynamic programming. */
    private static void sequence(List<NumberedNode> members, boolean[] forced, List<Integer> prefix,
            boolean startExplained, ShownElsewhere shown, List<Defect> defects) {
        int n = members.size();
        int[] v = new int[n];
        boolean[] elisionBefore = new boolean[n];
        int[] elisionsUpTo = new int[n + 1];
        for (int i = 0; i < n; i++) {
            v[i] = members.get(i).token().value();
            elisionBefore[i] = members.get(i).elisionBefore();
            elisionsUpTo[i + 1] = elisionsUpTo[i] + (elisionBefore[i] ? 1 : 0);
        }
        int start = v[0] == 0 ? 0 : 1;
        // cost[i]: fewest defects for members 0..i when member i keeps its number; kept[i]: how many kept
        int[] cost = new int[n];
        int[] kept = new int[n];
        int[] from = new int[n];
        Arrays.fill(from, -1);
        for (int i = 0; i < n; i++) {
            cost[i] = Integer.MAX_VALUE;
            if (forced[i]) {
                continue;
            }
            boolean startGap = v[i] > start + i && !startExplained && elisionsUpTo[i + 1] == 0;
            cost[i] = i + (startGap ? 1 : 0);
            kept[i] = 1;
            for (int j = Math.max(0, i - WINDOW); j < i; j++) {
                if (forced[j] || cost[j] == Integer.MAX_VALUE || v[i] <= v[j]) {
                    continue;
                }
                boolean elided = elisionsUpTo[i + 1] - elisionsUpTo[j + 1] > 0;
                int c = cost[j] + (i - j - 1) + (v[i] - v[j] > i - j && !elided ? 1 : 0);
                if (c < cost[i] || (c == cost[i] && kept[j] + 1 > kept[i])) {
                    cost[i] = c;
                    kept[i] = kept[j] + 1;
                    from[i] = j;
                }
            }
        }
        int best = -1;
        int bestCost = n;
        int bestKept = 0;
        for (int i = 0; i < n; i++) {
            if (cost[i] == Integer.MAX_VALUE) {
                continue;
            }
            int total = cost[i] + (n - i - 1);
            if (total < bestCost || (total == bestCost && kept[i] > bestKept)) {
                best = i;
                bestCost = total;
                bestKept = kept[i];
            }
        }
        boolean[] isKept = new boolean[n];
        for (int i = best; i >= 0; i = from[i]) {
            isKept[i] = true;
        }
        report(members, v, isKept, elisionBefore, start, prefix, startExplained, shown, defects);
    }

    private static void report(List<NumberedNode> members, int[] v, boolean[] isKept, boolean[] elisionBefore,
            int start, List<Integer> prefix, boolean startExplained, ShownElsewhere shown, List<Defect> defects) {
        int n = members.size();
        int lastKept = -1;
        boolean elidedSinceKept = false;
        for (int i = 0; i < n; i++) {
            NumberedNode m = members.get(i);
            elidedSinceKept |= elisionBefore[i];
            if (isKept[i]) {
                int expected = lastKept < 0 ? start + i : v[lastKept] + (i - lastKept);
                boolean gap = lastKept < 0 ? v[i] > expected && !startExplained : v[i] > expected;
                if (gap && !elidedSinceKept && (lastKept < 0 || !shown.between(members.get(lastKept), m))) {
                    defects.add(gap(m, prefix, expected, v[i]));
                }
                lastKept = i;
                elidedSinceKept = false;
                continue;
            }
            int nextKept = i + 1;
            while (nextKept < n && !isKept[nextKept]) {
                nextKept++;
            }
            int expected = lastKept < 0 ? start + i : v[lastKept] + (i - lastKept);
            boolean fits = lastKept < 0 || nextKept >= n || expected < v[nextKept];
            boolean wrongPrefix = prefix != null && !m.token().prefix().equals(prefix);
            if (fits) {
                // sandwiched between kept numbers, or repeating the one right before, it is misnumbered for sure;
                // past the last one, repeating one further up, it may be misplaced
                NumberedNode earlier = null;
                for (int j = 0; j < i - 1 && !wrongPrefix && nextKept >= n; j++) {
                    if (isKept[j] && v[j] == v[i]) {
                        earlier = members.get(j);
                        break;
                    }
                }
                defects.add(earlier == null ? misnumbered(m, prefix, expected, wrongPrefix)
                        : repeatsEarlier(m, prefix, expected, earlier));
                continue;
            }
            NumberedNode same = null;
            for (int j = 0; j < n; j++) {
                if (j != i && isKept[j] && v[j] == v[i] && !wrongPrefix) {
                    same = members.get(j);
                    break;
                }
            }
            defects.add(outOfSequence(m, same, members.get(lastKept), members.get(nextKept)));
        }
    }

    // The messages are built apart from the loop above, which runs for every numbered item of a bank:
    // kept out of it, their string building is not compiled into it.

    private static Defect gap(NumberedNode m, List<Integer> prefix, int expected, int found) {
        String shown = show(m, prefix, expected);
        return new Defect(m, shown, m.token().display(), found - expected == 1
                ? Message.of("numbering.gap", shown, m.token().display())
                : Message.of("numbering.gap-range", shown, m.token().display(), show(m, prefix, found - 1)));
    }

    /**
     * Whether a message of this class tells of a gap ({@code expected 3, found 5 (3 to 4 are missing)}).
     * @param message a message of a numbering finding
     * @return whether it is a gap's
     */
    public static boolean isGap(Message message) {
        return message.key().equals("numbering.gap") || message.key().equals("numbering.gap-range");
    }

    private static Message depthMessage(NumberedNode m, int usual, NumberedNode previous) {
        String number = m.token().display();
        int parts = m.token().depth();
        if (previous == null) {
            return Message.of("numbering.depth", number, parts, usual);
        }
        return m.token().depth() > usual
                ? Message.of("numbering.depth-indent-under", number, parts, usual, previous.token().display())
                : Message.of("numbering.depth-sibling-of", number, parts, usual, previous.token().display());
    }

    private static Defect misnumbered(NumberedNode m, List<Integer> prefix, int expected, boolean wrongPrefix) {
        String actual = m.token().display();
        return new Defect(m, show(m, prefix, expected), actual, wrongPrefix
                ? Message.of("numbering.expected-found-prefix", show(m, prefix, expected), actual,
                        dotted(m.token().prefix()), dotted(prefix))
                : Message.of("numbering.expected-found", show(m, prefix, expected), actual));
    }

    /**
     * {@code 一 二 三 一}: the last, past every number kept, may be a chapter that belongs elsewhere
     * as much as a misnumbered one, so the message offers both and qbank:fix leaves it.
     */
    private static Defect repeatsEarlier(NumberedNode m, List<Integer> prefix, int expected, NumberedNode earlier) {
        String shown = show(m, prefix, expected);
        return new Defect(m, shown, m.token().display(), Message.of("numbering.expected-found-repeat", shown,
                m.token().display(), earlier.line()));
    }

    private static Defect outOfSequence(NumberedNode m, NumberedNode same, NumberedNode before, NumberedNode after) {
        String actual = m.token().display();
        Message message = same != null
                ? Message.of("numbering.repeats", actual, same.line())
                : Message.of("numbering.out-of-sequence", actual, before.token().display(), after.token().display());
        return new Defect(m, null, actual, message);
    }

    private static String show(NumberedNode m, List<Integer> prefix, int value) {
        return m.token().display(prefix == null ? m.token().prefix() : prefix, value);
    }

    static String dotted(List<Integer> parts) {
        return parts.stream().map(String::valueOf).collect(Collectors.joining("."));
    }
}
