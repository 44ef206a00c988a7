package io.github.qbank.core.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.LongAdder;

import org.junit.jupiter.api.Test;

/**
 * Issue #28: a "did you mean" for a very long fragment compared it with a heading of its length
 * in time quadratic in that length (a 60,000-character heading and ten near misses: 42 s). The
 * work of a suggestion is bounded by the lengths too. Work is counted in cells of edit distance,
 * not timed.
 */
class LongAnchorsTest {

    /** An anchor of {@code length} characters made of words and numbers. */
    private static String anchor(int length) {
        String[] words = {"attention", "transformer", "layer", "norm", "rope", "cache", "router", "softmax"};
        StringBuilder sb = new StringBuilder();
        for (int i = 0; sb.length() < length; i++) {
            sb.append(sb.length() == 0 ? "" : "-").append(words[i * 7919 % words.length]).append(i);
        }
        sb.setLength(length);
        return sb.toString();
    }

    /** The anchor with two characters changed, at places that differ from one near miss to the next. */
    private static String nearMiss(String anchor, int k) {
        char[] c = anchor.toCharArray();
        for (int at : new int[] {(k * 7919 + 11) % c.length, (k * 104_729 + 5) % c.length}) {
            c[at] = c[at] == 'x' ? 'y' : 'x';
        }
        return new String(c);
    }

    /** The suggestions for ten near misses of one heading of {@code length}: one a miss, none suggested. */
    private static List<String> suggestions(int length, LongAdder cells) {
        String heading = anchor(length);
        Set<String> anchors = new LinkedHashSet<>();
        anchors.add("introduction");
        anchors.add(heading);
        AnchorIndex index = AnchorIndex.of(anchors);
        List<String> out = new ArrayList<>();
        for (int k = 0; k < 10; k++) {
            String suggested = index.nearest(nearMiss(heading, k), cells);
            out.add(suggested == null ? "none" : suggested.equals(heading) ? "the heading" : "another");
        }
        return out;
    }

    @Test
    void nearMissesOfAVeryLongHeadingCostLinearWork() {
        LongAdder once = new LongAdder();
        suggestions(60_000, once);
        LongAdder twice = new LongAdder();
        suggestions(120_000, twice);
        assertTrue(twice.sum() <= 2.2 * once.sum(),
                "cells for 60,000 characters: " + once.sum() + ", for 120,000: " + twice.sum());
    }

    @Test
    void fragmentsUpToTheLimitGetASuggestionLongerOnesNone() {
        int n = AnchorIndex.MAX_SUGGESTED_LENGTH;
        LongAdder cells = new LongAdder();
        assertEquals(Collections.nCopies(10, "the heading"), suggestions(n, cells));
        assertTrue(cells.sum() <= 10L * n * (2 * (n / 3) + 1), cells.sum() + " cells");
        assertEquals(Collections.nCopies(10, "none"), suggestions(n + 1, new LongAdder()));
        assertEquals(Collections.nCopies(10, "none"), suggestions(60_000, new LongAdder()));
    }
}
