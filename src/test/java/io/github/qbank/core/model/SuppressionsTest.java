package io.github.qbank.core.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;

import io.github.qbank.core.model.Suppressions.Directive;

class SuppressionsTest {

    private record Toggle(int line, boolean disable, Set<String> rules) {}

    /** The rules as first written: every question replays every toggle up to its line. */
    private static boolean replayEveryTime(List<Toggle> toggles, String rule, int line) {
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

    @Test
    void answersAsReplayingEveryToggleWould() {
        List<String> rules = List.of("numbering", "dead-link", "broken-anchor");
        Random random = new Random(7);
        for (int round = 0; round < 200; round++) {
            Suppressions s = new Suppressions();
            List<Toggle> toggles = new ArrayList<>();
            int line = 1;
            for (int i = 0; i < random.nextInt(12); i++) {
                line += random.nextInt(3);
                Set<String> named = random.nextInt(3) == 0 ? Suppressions.ALL
                        : Set.of(rules.get(random.nextInt(rules.size())));
                boolean disable = random.nextBoolean();
                toggles.add(new Toggle(line, disable, named));
                if (disable) {
                    s.disableFrom(line, named);
                } else {
                    s.enableFrom(line, named);
                }
            }
            for (int q = 0; q <= line + 2; q++) {
                for (String rule : rules) {
                    assertEquals(replayEveryTime(toggles, rule, q), s.isSuppressed(rule, q),
                            rule + " at line " + q + " after " + toggles);
                }
            }
        }
    }

    @Test
    void lineAndFileCommentsAddUp() {
        Suppressions s = new Suppressions();
        s.disableLine(3, Set.of("numbering"));
        s.disableLine(3, Set.of("dead-link"));
        s.disableFile(Set.of("broken-anchor"));
        assertTrue(s.isSuppressed("numbering", 3));
        assertTrue(s.isSuppressed("dead-link", 3));
        assertFalse(s.isSuppressed("dead-link", 4));
        assertTrue(s.isSuppressed("broken-anchor", 99));
        s.disableLine(5, Suppressions.ALL);
        assertTrue(s.isSuppressed("anything", 5));
    }

    /** Issue #12's class: thousands of comments and findings must not multiply. Measured in bytes, not time. */
    @Test
    void thousandsOfCommentsAreReplayedOncePerRuleNotOncePerFinding() {
        java.lang.management.ThreadMXBean bean = ManagementFactory.getThreadMXBean();
        assumeTrue(bean instanceof com.sun.management.ThreadMXBean mx && mx.isThreadAllocatedMemorySupported()
                && mx.isThreadAllocatedMemoryEnabled(), "this JVM does not count allocated bytes per thread");
        com.sun.management.ThreadMXBean mx = (com.sun.management.ThreadMXBean) bean;
        Suppressions s = new Suppressions();
        for (int i = 0; i < 5_000; i++) {
            s.disableFrom(i + 1, Set.of("made-up-rule-" + i));
        }
        long before = mx.getCurrentThreadAllocatedBytes();
        for (int i = 0; i < 5_000; i++) {
            assertFalse(s.isSuppressed("numbering", 6_000 + i));
        }
        long allocated = mx.getCurrentThreadAllocatedBytes() - before;
        assertTrue(allocated < 20_000_000L, allocated / 1_000_000 + " MB allocated for 5,000 questions");
    }

    @Test
    void namesTheCommentThatSilences() {
        Suppressions s = new Suppressions();
        Directive file = new Directive("disable-file", 1, 1, Set.of("numbering"));
        s.disableFile(file);
        s.disableFrom(3, 1, Suppressions.ALL);
        s.disableFrom(5, 1, Set.of("numbering"));
        Directive next = new Directive("disable-next-line", 5, 30, Set.of("numbering"));
        s.disableLine(6, next);
        s.enableFrom(8, 1, Suppressions.ALL);
        List<Directive> all = s.directives();
        assertEquals(List.of("disable-file", "disable", "disable", "disable-next-line", "enable"),
                all.stream().map(Directive::kind).toList());
        // the narrowest first: the line's own comment, a range, the file
        assertEquals(next, s.silencer("numbering", 6));
        assertEquals(all.get(2), s.silencer("numbering", 7));
        assertEquals(all.get(1), s.silencer("dead-link", 7));
        assertEquals(all.get(1), s.silencer("numbering", 4));
        assertEquals(file, s.silencer("numbering", 9));
        assertNull(s.silencer("dead-link", 9));
        // only comments that name the rule: those for every rule do not count
        assertNull(s.silencer("dead-link", 7, true));
        assertEquals(file, s.silencer("numbering", 4, true));
        assertEquals(all.get(2), s.silencer("numbering", 7, true));
    }
}
