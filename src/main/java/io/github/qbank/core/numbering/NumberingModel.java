package io.github.qbank.core.numbering;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.github.qbank.core.Message;
import io.github.qbank.core.model.BankFile;
import io.github.qbank.core.model.OutlineNode;
import io.github.qbank.core.model.Role;

/**
 * The numbering structure of one file as a reader sees it: which numbered headings and items form
 * one sequence, which number each one's dotted prefix must match, and which numbered headings
 * stand at a level their number contradicts.
 *
 * <p>Headings whose level contradicts their number ({@code #### 5.2} among {@code ### 5.1} and
 * {@code ### 5.3}) are placed where their number says, so that one misplaced heading gives one
 * {@code heading-level} finding and no numbering cascade.
 */
public final class NumberingModel {

    /**
     * A numbered heading written at a level its number contradicts.
     * @param heading       the heading
     * @param expectedLevel the level its number says
     * @param reason        why, for the message
     * @param alsoMoved     the headings after it that stand at its level for the same reason and
     *                      move with it ({@code （2）} after {@code （1）}): one defect, not one each
     */
    public record LevelDefect(NumberedNode heading, int expectedLevel, Message reason, List<NumberedNode> alsoMoved) {

        LevelDefect(NumberedNode heading, int expectedLevel, Message reason) {
            this(heading, expectedLevel, reason, List.of());
        }
    }

    private final BankFile file;
    private final Map<OutlineNode, NumberedNode> numbered = new IdentityHashMap<>();
    private final Map<OutlineNode, OutlineNode> logicalParent = new IdentityHashMap<>();
    private final List<LevelDefect> levelDefects = new ArrayList<>();
    private final List<SiblingGroup> groups = new ArrayList<>();
    private final Map<OutlineNode, List<SiblingGroup>> listGroupsOf = new IdentityHashMap<>();
    private final List<RenderedOtherwise> renderedOtherwise = new ArrayList<>();
    private final Set<Integer> listsRenderedOtherwise = new HashSet<>();
    private final Set<NumberedNode> numberedAtParentDepth = java.util.Collections.newSetFromMap(new IdentityHashMap<>());

    private NumberingModel(BankFile file) {
        this.file = file;
    }

    /**
     * Builds the numbering structure of a file.
     * @param file a parsed file of the bank
     * @return its numbering structure
     */
    public static NumberingModel of(BankFile file) {
        NumberingModel m = new NumberingModel(file);
        if (file.readable() && !file.navigation()) {
            m.build();
        }
        return m;
    }

    /**
     * An ordered item whose written number is not the one the reader sees: {@code 460.} after
     * {@code 2.} and {@code 3.} of a list above renders as 4, because CommonMark numbers a list
     * from its first item. Sequences go by the written number; this is the defect, once per list.
     * @param node     the first such item of its list
     * @param written  the number written
     * @param rendered the number shown
     * @param listLine the line where the list it renders in starts
     */
    public record RenderedOtherwise(OutlineNode node, int written, int rendered, int listLine) {}

    /** {@return the first item of each list whose written numbers are not the ones rendered} */
    public List<RenderedOtherwise> renderedOtherwise() {
        return renderedOtherwise;
    }

    /** {@return the numbered headings written at a level their number contradicts} */
    public List<LevelDefect> levelDefects() {
        return levelDefects;
    }

    /**
     * Every sequence of the file, parents before children.
     * @return the sequences
     */
    public List<SiblingGroup> groups() {
        return groups;
    }

    private void build() {
        List<OutlineNode> headings = new ArrayList<>();
        List<OutlineNode> all = file.outline().inDocumentOrder();
        for (OutlineNode n : all) {
            if (n.kind() == OutlineNode.Kind.HEADING) {
                headings.add(n);
                NumberToken t = NumberTokenParser.parse(n.text());
                if (t != null) {
                    numbered.put(n, locate(n, t, false));
                }
            }
        }
        Map<OutlineNode, Integer> logicalLevel = findLevelDefects(headings);
        buildLogicalTree(headings, logicalLevel);
        headingGroups(headings);
        for (OutlineNode n : all) {
            listGroups(n);
        }
        groups.sort(Comparator.comparingInt(g -> g.members().get(0).line()));
    }

    /**
     * Where the token stands in the source line, which may be after link or emphasis markup. Looks
     * only from the node's own offset to the end of its line, so that a line holding thousands of
     * nested items is not copied or counted once per item.
     */
    private NumberedNode locate(OutlineNode n, NumberToken t, boolean elisionBefore) {
        String text = file.source().text();
        int from = Math.min(n.offset(), text.length());
        int lineEnd = file.source().lineStart(n.line()) + file.source().lineLength(n.line());
        int at = t.style() == NumberToken.Style.ORDERED_LIST ? -1 : indexWithin(text, t.text().strip(), from, lineEnd);
        OutlineNode marker = n.list() == null ? null : liftedChild(n) != null ? liftedChild(n) : n;
        int column = at >= 0 ? n.column() + text.codePointCount(from, at)
                : marker != null && t.style() == NumberToken.Style.ORDERED_LIST ? marker.list().markerColumn() : n.column();
        return new NumberedNode(n, t, n.line(), column, elisionBefore);
    }

    /** The first index of {@code token} in {@code text} that starts at or after {@code from} and ends by {@code end}. */
    private static int indexWithin(String text, String token, int from, int end) {
        for (int i = from; i + token.length() <= end; i++) {
            if (text.startsWith(token, i)) {
                return i;
            }
        }
        return -1;
    }

    private Map<OutlineNode, Integer> findLevelDefects(List<OutlineNode> headings) {
        findChildrenNumberedAtParentDepth(headings);
        Map<OutlineNode, Integer> logical = new IdentityHashMap<>();
        List<NumberedNode> dotted = new ArrayList<>();
        Map<String, List<NumberedNode>> byKey = new LinkedHashMap<>();
        for (OutlineNode h : headings) {
            logical.put(h, h.level());
            NumberedNode nn = numbered.get(h);
            if (nn == null || nn.token().malformed()) {
                continue;
            }
            if (nn.token().style() == NumberToken.Style.DOTTED) {
                if (!numberedAtParentDepth.contains(nn)) {
                    dotted.add(nn);
                }
            } else {
                byKey.computeIfAbsent(nn.token().key(), k -> new ArrayList<>()).add(nn);
            }
        }
        dottedLevelDefects(dotted, headings, logical);
        sameKeyLevelDefects(byKey, logical);
        pointsAtTheirSectionsLevel(headings, logical);
        levelDefects.sort(Comparator.comparingInt(d -> d.heading().line()));
        return logical;
    }

    /**
     * Sub-headings numbered at the depth of their parent: {@code 3.1.2} holding {@code 3.1.2},
     * {@code 3.1.3}, then {@code 3.1.3} at the parent's level again. The reader sees them nested
     * (their level) and the parent's sequence going on past them (the next sibling continues the
     * parent's number), so they are the parent's children with a number one part too short: one
     * numbering defect of the group, not a level defect each.
     */
    private void findChildrenNumberedAtParentDepth(List<OutlineNode> headings) {
        for (int i = 0; i < headings.size(); i++) {
            NumberedNode parent = numbered.get(headings.get(i));
            if (parent == null || parent.token().malformed() || parent.token().style() != NumberToken.Style.DOTTED) {
                continue;
            }
            int level = headings.get(i).level();
            List<NumberedNode> children = new ArrayList<>();
            boolean allNumberedLikeParent = true;
            int j = i + 1;
            for (; j < headings.size() && headings.get(j).level() > level; j++) {
                if (headings.get(j).level() != level + 1) {
                    continue;
                }
                NumberedNode c = numbered.get(headings.get(j));
                if (c == null) {
                    allNumberedLikeParent = false;
                    break;
                }
                boolean likeParent = !c.token().malformed() && c.token().style() == NumberToken.Style.DOTTED
                        && c.token().depth() == parent.token().depth() && c.token().prefix().equals(parent.token().prefix())
                        && (children.isEmpty() || c.token().value() == children.get(children.size() - 1).token().value() + 1);
                allNumberedLikeParent &= likeParent;
                children.add(c);
            }
            if (children.size() < 2 || !allNumberedLikeParent) {
                continue;
            }
            NumberedNode next = j < headings.size() && headings.get(j).level() == level ? numbered.get(headings.get(j)) : null;
            boolean parentGoesOn = next != null && !next.token().malformed() && next.token().style() == NumberToken.Style.DOTTED
                    && next.token().prefix().equals(parent.token().prefix())
                    && next.token().value() == parent.token().value() + 1;
            boolean repeatsParent = next == null && children.get(0).token().value() == parent.token().value();
            if (parentGoesOn || repeatsParent) {
                numberedAtParentDepth.addAll(children);
            }
        }
    }

    /**
     * Points numbered {@code （1）（2）} or {@code ①②} written at the level of the section they
     * belong to: between {@code ### 2.1} and {@code ### 2.2}, at level 3 too. The reader sees them
     * as sections beside 2.1 in the outline, where they are its points: one level defect for the
     * run, and the run moves one level down together.
     */
    private void pointsAtTheirSectionsLevel(List<OutlineNode> headings, Map<OutlineNode, Integer> logical) {
        for (int i = 1; i < headings.size(); i++) {
            NumberedNode section = numbered.get(headings.get(i - 1));
            if (section == null || section.token().malformed() || section.token().style() != NumberToken.Style.DOTTED) {
                continue;
            }
            int level = headings.get(i - 1).level();
            List<NumberedNode> points = new ArrayList<>();
            int j = i;
            for (; j < headings.size() && headings.get(j).level() == level; j++) {
                NumberedNode p = numbered.get(headings.get(j));
                if (p == null || !isPoint(p.token()) || p.token().value() != points.size() + 1
                        || !points.isEmpty() && !p.token().key().equals(points.get(0).token().key())) {
                    break;
                }
                points.add(p);
            }
            NumberedNode next = j < headings.size() && headings.get(j).level() == level ? numbered.get(headings.get(j)) : null;
            if (points.size() < 2 || level >= 6 || next == null || next.token().malformed()
                    || next.token().style() != NumberToken.Style.DOTTED
                    || !next.token().prefix().equals(section.token().prefix())
                    || next.token().value() != section.token().value() + 1) {
                continue;
            }
            NumberedNode last = points.get(points.size() - 1);
            levelDefects.add(new LevelDefect(points.get(0), level + 1, Message.of("level-defect.points",
                    points.get(0).token().text().strip(), last.token().text().strip(), section.token().display(), section.line(),
                    level), List.copyOf(points.subList(1, points.size()))));
            for (NumberedNode p : points) {
                logical.put(p.node(), level + 1);
            }
            i = j;
        }
    }

    private static boolean isPoint(NumberToken t) {
        return !t.malformed() && (t.style() == NumberToken.Style.PARENTHESISED || t.style() == NumberToken.Style.CIRCLED);
    }

    /**
     * A dotted heading off the level its siblings share, or not one below the heading whose number
     * is its prefix.
     */
    private void dottedLevelDefects(List<NumberedNode> dotted, List<OutlineNode> headings,
            Map<OutlineNode, Integer> logical) {
        // siblings: dotted headings of the same depth and prefix, in document order, with their levels counted
        Map<List<Integer>, List<NumberedNode>> siblingGroups = new HashMap<>();
        Map<NumberedNode, Integer> indexInGroup = new IdentityHashMap<>();
        for (NumberedNode h : dotted) {
            List<NumberedNode> group = siblingGroups.computeIfAbsent(siblingKey(h), k -> new ArrayList<>());
            indexInGroup.put(h, group.size());
            group.add(h);
        }
        Map<List<NumberedNode>, Map<Integer, Integer>> levelCounts = new IdentityHashMap<>();
        for (List<NumberedNode> group : siblingGroups.values()) {
            Map<Integer, Integer> counts = new HashMap<>();
            for (NumberedNode n : group) {
                counts.merge(n.node().level(), 1, Integer::sum);
            }
            levelCounts.put(group, counts);
        }
        Map<NumberedNode, NumberedNode> parents = numberParents(headings);
        for (NumberedNode h : dotted) {
            List<NumberedNode> group = siblingGroups.get(siblingKey(h));
            Map<Integer, Integer> counts = levelCounts.get(group);
            int level = h.node().level();
            int siblings = group.size() - 1;
            // the level more than half of the siblings share, if any
            Integer mode = null;
            for (Map.Entry<Integer, Integer> e : counts.entrySet()) {
                int atLevel = e.getValue() - (e.getKey() == level ? 1 : 0);
                if (atLevel * 2 > siblings) {
                    mode = e.getKey();
                }
            }
            if (siblings >= 2 && mode != null) {
                if (mode != level) {
                    levelDefects.add(siblingsDefect(h, mode, group, indexInGroup.get(h)));
                    logical.put(h.node(), mode);
                }
                continue;
            }
            NumberedNode parent = parents.get(h);
            boolean siblingsUnderParent = parent != null && siblings > 0
                    && counts.getOrDefault(parent.node().level() + 1, 0)
                            - (level == parent.node().level() + 1 ? 1 : 0) == siblings;
            // ##### 3.1 right under ### 3., no sibling at level 4: the outline skips a level. Under a
            // chapter numbered another way (## 一、 over ##### 1.1) deep question headings are a style
            boolean skipsLevel = parent != null && level > parent.node().level() + 1
                    && (parent.token().style() == NumberToken.Style.ARABIC || parent.token().style() == NumberToken.Style.DOTTED)
                    && h.node().parent() == parent.node() && counts.getOrDefault(parent.node().level() + 1, 0) == 0;
            if (parent != null && (level <= parent.node().level()
                    || siblingsUnderParent && level != parent.node().level() + 1 || skipsLevel)) {
                int expected = parent.node().level() + 1;
                levelDefects.add(parentDefect(h, expected, siblingsUnderParent, parent));
                logical.put(h.node(), expected);
            }
        }
    }

    /**
     * Headings of a plain sequence ({@code 第N章}, {@code 3.}) off the level most of the sequence
     * shares. When two thirds share it, a heading off it that continues the one before is
     * misplaced. When only most share it, a run off it is misplaced only if the sequence visibly
     * goes through it: the run continues the heading before and the heading after continues the
     * run ({@code ## 2.}, {@code #### 3.}, {@code #### 4.}, {@code ## 5.}).
     */
    private void sameKeyLevelDefects(Map<String, List<NumberedNode>> byKey, Map<OutlineNode, Integer> logical) {
        for (List<NumberedNode> same : byKey.values()) {
            List<Integer> levels = same.stream().map(n -> n.node().level()).toList();
            Integer mode = majority(levels);
            if (same.size() < 3 || mode == null) {
                continue;
            }
            boolean mostly = levels.stream().filter(mode::equals).count() * 3 >= same.size() * 2L;
            NumberedNode previous = null;
            int k = 0;
            while (k < same.size()) {
                if (same.get(k).node().level() == mode) {
                    previous = same.get(k++);
                    continue;
                }
                int end = k;
                while (end < same.size() && same.get(end).node().level() != mode) {
                    end++;
                }
                int continuing = 0;
                while (previous != null && k + continuing < end
                        && same.get(k + continuing).token().value() == previous.token().value() + continuing + 1) {
                    continuing++;
                }
                NumberedNode after = end < same.size() ? same.get(end) : null;
                boolean goesThrough = continuing == end - k && after != null
                        && after.token().value() == previous.token().value() + continuing + 1;
                int misplaced = goesThrough ? continuing : mostly ? Math.min(continuing, 1) : 0;
                for (int i = k; i < k + misplaced; i++) {
                    levelDefects.add(sequenceLevelDefect(same.get(i), mode));
                    logical.put(same.get(i).node(), mode);
                }
                k = end;
            }
        }
    }

    // Messages are built apart from the loops above, which run for every heading of a bank: kept
    // out of them, their string building is not compiled into them.

    private static LevelDefect siblingsDefect(NumberedNode h, int mode, List<NumberedNode> group, int index) {
        NumberedNode before = index > 0 ? group.get(index - 1) : null;
        NumberedNode after = index + 1 < group.size() ? group.get(index + 1) : null;
        return new LevelDefect(h, mode, before != null && after != null
                ? Message.of("level-defect.siblings", before.token().display(), after.token().display(), mode)
                : Message.of("level-defect.siblings-and-others", (before != null ? before : after).token().display(),
                        mode));
    }

    private static LevelDefect parentDefect(NumberedNode h, int expected, boolean siblingsUnderParent,
            NumberedNode parent) {
        return new LevelDefect(h, expected, siblingsUnderParent
                ? Message.of("level-defect.siblings-and-parent", expected, parent.token().display(), parent.line(),
                        parent.node().level())
                : Message.of("level-defect.parent", parent.token().display(), parent.line(), parent.node().level()));
    }

    private static LevelDefect sequenceLevelDefect(NumberedNode n, int mode) {
        return new LevelDefect(n, mode, Message.of("level-defect.sequence", mode));
    }


    /** Dotted headings are siblings when their numbers have the same depth and prefix ({@code 5.1}, {@code 5.2}). */
    private static List<Integer> siblingKey(NumberedNode h) {
        List<Integer> key = new ArrayList<>(h.token().prefix().size() + 1);
        key.add(h.token().depth());
        key.addAll(h.token().prefix());
        return key;
    }

    /**
     * For each dotted heading, the last heading before it whose number is its prefix ({@code 五、}
     * or {@code 5} for {@code 5.2}), found in one pass over the headings.
     */
    private Map<NumberedNode, NumberedNode> numberParents(List<OutlineNode> headings) {
        Map<NumberedNode, NumberedNode> parents = new IdentityHashMap<>();
        Map<List<Integer>, NumberedNode> lastByNumber = new HashMap<>();
        for (OutlineNode o : headings) {
            NumberedNode nn = numbered.get(o);
            if (nn == null || nn.token().malformed()) {
                continue;
            }
            if (nn.token().style() == NumberToken.Style.DOTTED) {
                NumberedNode parent = lastByNumber.get(nn.token().prefix());
                if (parent != null) {
                    parents.put(nn, parent);
                }
            }
            if (canCarryDottedChildren(nn.token())) {
                lastByNumber.put(nn.token().parts(), nn);
            }
        }
        return parents;
    }

    private static Integer majority(List<Integer> values) {
        Map<Integer, Integer> counts = new HashMap<>();
        for (Integer v : values) {
            counts.merge(v, 1, Integer::sum);
        }
        return counts.entrySet().stream()
                .filter(e -> e.getValue() * 2 > values.size())
                .map(Map.Entry::getKey).findFirst().orElse(null);
    }

    private void buildLogicalTree(List<OutlineNode> headings, Map<OutlineNode, Integer> logicalLevel) {
        Deque<OutlineNode> stack = new ArrayDeque<>();
        for (OutlineNode h : headings) {
            int level = logicalLevel.get(h);
            while (!stack.isEmpty() && logicalLevel.get(stack.peek()) >= level) {
                stack.pop();
            }
            logicalParent.put(h, stack.isEmpty() ? null : stack.peek());
            stack.push(h);
        }
    }

    private OutlineNode up(OutlineNode n) {
        if (n.kind() == OutlineNode.Kind.HEADING) {
            return logicalParent.get(n);
        }
        OutlineNode p = n.parent();
        return p == null || p.kind() == OutlineNode.Kind.DOCUMENT ? null : p;
    }

    /**
     * The numbering parent of a group below {@code container}: the nearest enclosing numbered
     * heading or item, the container itself included. A dotted group's parent is the nearest one
     * whose number can be a dotted prefix ({@code 3}, {@code 三、}, {@code 第三章}, {@code 问题三：},
     * {@code 3.1}): a {@code （2）} or {@code ①} above {@code 2.2} is a label, not its parent.
     */
    private NumberedNode parentFor(OutlineNode container, NumberToken.Style style) {
        for (OutlineNode p = container; p != null && p.kind() != OutlineNode.Kind.DOCUMENT; p = up(p)) {
            NumberedNode nn = numbered.get(p);
            if (nn != null && (style != NumberToken.Style.DOTTED || canCarryDottedChildren(nn.token()))) {
                return nn;
            }
        }
        return null;
    }

    private static boolean canCarryDottedChildren(NumberToken t) {
        return !t.malformed() && switch (t.style()) {
            case PARENTHESISED, CIRCLED -> false;
            default -> true;
        };
    }

    private void headingGroups(List<OutlineNode> headings) {
        Map<OutlineNode, Map<String, List<NumberedNode>>> byContainer = new LinkedHashMap<>();
        OutlineNode root = file.outline();
        for (OutlineNode h : headings) {
            NumberedNode nn = numbered.get(h);
            if (nn == null) {
                continue;
            }
            OutlineNode container = logicalParent.get(h) == null ? root : logicalParent.get(h);
            byContainer.computeIfAbsent(container, k -> new LinkedHashMap<>())
                    .computeIfAbsent(nn.token().key(), k -> new ArrayList<>()).add(nn);
        }
        byContainer.forEach((container, byKey) -> byKey.values().forEach(members -> {
            NumberedNode parent = container == root ? null : parentFor(container, members.get(0).token().style());
            boolean top = container == root || container.role() == Role.TITLE;
            groups.add(new SiblingGroup(List.copyOf(members), parent, 0, top));
        }));
    }

    /**
     * The sequences formed by the lists directly below one node. A list that continues the
     * numbers of an earlier list of the same container ({@code 1.} … answer text … {@code 2.})
     * continues its sequence; a list that starts again at 1 starts a new one.
     */
    private void listGroups(OutlineNode container) {
        if (container.children().isEmpty()) {
            return;
        }
        Map<Integer, List<OutlineNode>> lists = new LinkedHashMap<>();
        for (OutlineNode c : container.children()) {
            if (c.kind() == OutlineNode.Kind.ITEM) {
                lists.computeIfAbsent(c.list().listId(), k -> new ArrayList<>()).add(c);
            }
        }
        Map<String, List<NumberedNode>> open = new LinkedHashMap<>();
        Map<List<NumberedNode>, Integer> starts = new IdentityHashMap<>();
        List<List<NumberedNode>> closed = new ArrayList<>();
        for (List<OutlineNode> items : lists.values()) {
            if (items.size() == 1 && isLifted(items.get(0)) || numbersInText(items)) {
                continue;
            }
            Map<String, Integer> elisionsAtLast = new HashMap<>();
            Set<String> seenInList = new HashSet<>();
            int elisions = 0;
            for (OutlineNode item : items) {
                if (item.role() == Role.NAVIGATION) {
                    continue;
                }
                if (item.role() == Role.ELISION) {
                    elisions++;
                    continue;
                }
                NumberToken t = itemToken(item);
                if (t == null) {
                    continue;
                }
                int written = writtenNumber(item);
                NumberToken meant = written >= 0 && written != item.list().number()
                        ? NumberTokenParser.ordered(written, item.list().marker()) : null;
                // an ordered list renders its own numbers (1. 3. shows 1, 2), unless the written number goes on
                // from another sequence (460. after question 459) and the list shows a smaller one (4.)
                boolean rendersOtherwise = meant != null && written > item.list().number() + 2
                        && holds(closed, meant.key(), written - 1);
                if (rendersOtherwise) {
                    t = meant;
                    if (listsRenderedOtherwise.add(item.list().listId())) {
                        renderedOtherwise.add(new RenderedOtherwise(item, written, item.list().number(), items.get(0).line()));
                    }
                }
                Integer seen = elisionsAtLast.put(t.key(), elisions);
                NumberedNode nn = locate(item, t, seen != null && seen < elisions);
                numbered.put(item, nn);
                OutlineNode lifted = liftedChild(item);
                if (lifted != null) {
                    numbered.put(lifted, nn);
                }
                List<NumberedNode> group = open.get(t.key());
                if (seenInList.add(t.key()) || rendersOtherwise) {
                    List<NumberedNode> continued = continuedBy(closed, open, t);
                    if (continued != null) {
                        group = continued;
                        open.put(t.key(), group);
                    } else if (group == null || t.value() <= group.get(group.size() - 1).token().value()
                            || goesOnFromAnother(group, closed, t)) {
                        if (group != null) {
                            closed.add(group);
                        }
                        group = new ArrayList<>();
                        open.put(t.key(), group);
                        starts.put(group, items.get(0).line());
                    }
                }
                group.add(nn);
            }
        }
        for (List<NumberedNode> g : open.values()) {
            if (!closed.contains(g)) {
                closed.add(g);
            }
        }
        closed.sort(Comparator.comparingInt(g -> g.get(0).line()));
        for (List<NumberedNode> members : closed) {
            if (fillsGapAbove(container, members)) {
                continue;
            }
            NumberedNode parent = container.kind() == OutlineNode.Kind.DOCUMENT ? null
                    : parentFor(container, members.get(0).token().style());
            SiblingGroup group = new SiblingGroup(List.copyOf(members), parent, starts.get(members), false);
            groups.add(group);
            listGroupsOf.computeIfAbsent(container, k -> new ArrayList<>()).add(group);
        }
    }

    /**
     * Bullets numbered by hand number the list from its first item. When plain bullets come
     * before bullets that start with a bare number ({@code - 一位数字}, {@code - 1 开头的三位数},
     * {@code - 25 开头的三位数}), the numbers are what the items are about, not their order. A
     * number written as a number ({@code 问题一：}, {@code 1.}) after a {@code 前言} bullet still is.
     */
    private static boolean numbersInText(List<OutlineNode> items) {
        if (items.get(0).list().ordered()) {
            return false;
        }
        for (OutlineNode item : items) {
            if (item.role() == Role.NAVIGATION || item.role() == Role.ELISION) {
                continue;
            }
            return itemToken(item) == null && items.stream().map(NumberingModel::itemToken).filter(t -> t != null)
                    .anyMatch(t -> t.style() == NumberToken.Style.ARABIC && t.text().strip().chars().allMatch(Character::isDigit));
        }
        return false;
    }

    /**
     * A reader counts on through a list nested under an unnumbered item: {@code 状态一} …
     * (an unnumbered item holding {@code 状态二}, {@code 状态三}) … {@code 状态四}. When the nested
     * numbers are exactly the gap between two neighbours of the enclosing sequence, they join it.
     */
    private boolean fillsGapAbove(OutlineNode container, List<NumberedNode> members) {
        OutlineNode outer = container.parent();
        if (container.kind() != OutlineNode.Kind.ITEM || numbered.containsKey(container) || outer == null) {
            return false;
        }
        List<SiblingGroup> candidates = listGroupsOf.getOrDefault(outer, List.of());
        NumberToken first = members.get(0).token();
        NumberToken last = members.get(members.size() - 1).token();
        for (SiblingGroup g : candidates) {
            List<NumberedNode> m = g.members();
            for (int i = 0; i + 1 < m.size(); i++) {
                NumberedNode a = m.get(i);
                NumberedNode b = m.get(i + 1);
                if (a.token().key().equals(first.key()) && a.line() < container.line() && b.line() > container.line()
                        && a.token().value() + 1 == first.value() && last.value() + 1 == b.token().value()) {
                    List<NumberedNode> merged = new ArrayList<>(m.subList(0, i + 1));
                    merged.addAll(members);
                    merged.addAll(m.subList(i + 1, m.size()));
                    SiblingGroup joined = new SiblingGroup(List.copyOf(merged), g.parent(), g.listStart(), g.continues());
                    groups.set(groups.indexOf(g), joined);
                    candidates.set(candidates.indexOf(g), joined);
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * A list starting at 474 after a list of 9 items, where an earlier sequence holds 473: it goes
     * on with that sequence (the questions), not with the short list before it, which is not
     * missing 10 to 473.
     */
    private static boolean goesOnFromAnother(List<NumberedNode> open, List<List<NumberedNode>> closed, NumberToken t) {
        return t.value() > open.get(open.size() - 1).token().value() + 1 && holds(closed, t.key(), t.value() - 1);
    }

    /**
     * Whether one of the latest earlier sequences holds {@code value} near its end: the number a
     * written number goes on from. Only the last few members of the last few sequences are looked
     * at, so that a list of thousands of such items costs no more than its length.
     */
    private static boolean holds(List<List<NumberedNode>> closed, String key, int value) {
        for (int i = closed.size() - 1; i >= Math.max(0, closed.size() - RECENT); i--) {
            List<NumberedNode> g = closed.get(i);
            for (int j = g.size() - 1; j >= Math.max(0, g.size() - RECENT); j--) {
                NumberToken t = g.get(j).token();
                if (t.value() == value && t.key().equals(key)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** How many of the latest sequences, and of their last members, {@link #holds} looks at. */
    private static final int RECENT = 4;

    /**
     * The earlier sequence of the same container that a list starting at {@code t} continues,
     * when one ends right before its number: steps {@code 1.} … a list of states {@code 0. 1. 2.}
     * … {@code 2.} go on with the steps.
     */
    private static List<NumberedNode> continuedBy(List<List<NumberedNode>> closed, Map<String, List<NumberedNode>> open,
            NumberToken t) {
        List<NumberedNode> current = open.get(t.key());
        if (current != null && current.get(current.size() - 1).token().value() == t.value() - 1) {
            return current;
        }
        // 1. … 1. … 3.: the list that restarted at 1 holds one item, and the steps go on past it as if
        // it were 2: it is a misnumbered step of the earlier list, not a list of its own
        if (current != null && current.size() == 1 && t.value() >= 3) {
            for (int i = closed.size() - 1; i >= 0; i--) {
                List<NumberedNode> g = closed.get(i);
                NumberToken last = g.get(g.size() - 1).token();
                if (last.key().equals(t.key()) && last.value() == t.value() - 2
                        && current.get(0).token().value() <= last.value()) {
                    closed.remove(i);
                    g.addAll(current);
                    return g;
                }
            }
        }
        for (int i = closed.size() - 1; i >= 0; i--) {
            List<NumberedNode> g = closed.get(i);
            NumberToken last = g.get(g.size() - 1).token();
            if (last.key().equals(t.key()) && last.value() == t.value() - 1) {
                closed.remove(i);
                if (current != null) {
                    closed.add(current);
                }
                return g;
            }
        }
        return null;
    }

    /**
     * The number an ordered item's marker shows in the source, or -1: read in place, since every
     * item of every ordered list passes here.
     */
    private int writtenNumber(OutlineNode item) {
        if (!item.list().ordered()) {
            return -1;
        }
        String text = file.source().text();
        int lineStart = file.source().lineStart(item.line());
        int lineEnd = lineStart + file.source().lineLength(item.line());
        int at = lineStart;
        for (int column = 1; column < item.list().markerColumn() && at < lineEnd; column++) {
            at += Character.charCount(text.codePointAt(at));
        }
        int value = 0;
        int end = at;
        while (end < lineEnd && end - at < 9 && text.charAt(end) >= '0' && text.charAt(end) <= '9') {
            value = value * 10 + text.charAt(end++) - '0';
        }
        return end == at ? -1 : value;
    }

    private static NumberToken itemToken(OutlineNode item) {
        if (item.list().ordered()) {
            return NumberTokenParser.ordered(item.list().number(), item.list().marker());
        }
        OutlineNode lifted = liftedChild(item);
        if (lifted != null) {
            return NumberTokenParser.ordered(lifted.list().number(), lifted.list().marker());
        }
        return NumberTokenParser.parse(item.text());
    }

    /**
     * {@code - 1. text} renders as a bullet holding an ordered list of one item that starts at 1:
     * the reader sees a bullet numbered 1, so the number belongs to the bullet.
     */
    private static OutlineNode liftedChild(OutlineNode item) {
        if (item.children().size() != 1 || !item.textIsBlank()) {
            return null;
        }
        OutlineNode child = item.children().get(0);
        return child.kind() == OutlineNode.Kind.ITEM && child.list().ordered() ? child : null;
    }

    private static boolean isLifted(OutlineNode item) {
        OutlineNode p = item.parent();
        return p != null && p.kind() == OutlineNode.Kind.ITEM && liftedChild(p) == item;
    }
}
