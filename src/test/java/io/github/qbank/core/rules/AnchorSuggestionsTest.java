package io.github.qbank.core.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.AbstractSet;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import io.github.qbank.core.Finding;
import io.github.qbank.core.Severity;
import io.github.qbank.core.links.LinkChecker;
import io.github.qbank.core.links.LinkIndex;
import io.github.qbank.core.local.LocalTargets;
import io.github.qbank.core.model.Bank;
import io.github.qbank.core.model.BankFile;
import io.github.qbank.core.model.OutlineNode;
import io.github.qbank.core.model.Reference;
import io.github.qbank.core.model.Suppressions;
import io.github.qbank.core.source.SourceText;

/**
 * "Did you mean" suggestions for broken anchors: the same as comparing with every heading, for
 * banks of ordinary size, without comparing every broken link with every heading of a big file.
 * Work is counted, not timed.
 */
class AnchorSuggestionsTest {

    /** The anchors of a file, counting how many are visited one by one. */
    private static final class CountingSet extends AbstractSet<String> {
        private final Set<String> anchors = new LinkedHashSet<>();
        long visited;

        @Override
        public Iterator<String> iterator() {
            Iterator<String> it = anchors.iterator();
            return new Iterator<>() {
                @Override
                public boolean hasNext() {
                    return it.hasNext();
                }

                @Override
                public String next() {
                    visited++;
                    return it.next();
                }
            };
        }

        @Override
        public boolean contains(Object o) {
            return anchors.contains(o);
        }

        @Override
        public boolean add(String s) {
            return anchors.add(s);
        }

        @Override
        public int size() {
            return anchors.size();
        }
    }

    private static List<Finding> check(Set<String> anchors, List<String> fragments) {
        Path path = Path.of("bank", "README.md").toAbsolutePath();
        List<Reference> refs = new ArrayList<>();
        for (int i = 0; i < fragments.size(); i++) {
            refs.add(new Reference(Reference.Kind.LINK, "#" + fragments.get(i), "x", i + 1, 1));
        }
        BankFile file = new BankFile("README.md", path, new SourceText(""), OutlineNode.document(), List.of(), refs,
                anchors, new Suppressions(), List.of(), List.of());
        Bank bank = new Bank(path.getParent(), path.getParent(), List.of(file));
        List<Finding> found = new ArrayList<>();
        BankContext context = new BankContext("broken-anchor", Severity.ERROR,
                new LocalTargets(bank.baseDir(), bank.baseDir()),
                new Analyses(bank, Pattern.compile("answer"), LinkIndex.check(bank, LinkChecker.skipping("test"))),
                found);
        new BrokenAnchorRule().check(file, bank, context);
        return found;
    }

    @Test
    void fourThousandBrokenAnchorsDoNotCompareEachWithEveryHeading() {
        CountingSet anchors = new CountingSet();
        for (int i = 0; i < 4000; i++) {
            anchors.add("section-" + i + "-about-topic-" + (i * 7919 % 4000));
        }
        List<String> typos = new ArrayList<>();
        for (int i = 0; i < 4000; i++) {
            typos.add("sectoin-" + i + "-about-topic-" + (i * 7919 % 4000));
        }
        List<Finding> findings = check(anchors, typos);
        assertEquals(4000, findings.size());
        assertTrue(anchors.visited <= 2L * anchors.size(),
                "anchors visited: " + anchors.visited + " for " + anchors.size() + " anchors");
        for (int i : new int[] {0, 17, 1234, 3999}) {
            String wanted = "section-" + i + "-about-topic-" + (i * 7919 % 4000);
            assertEquals(wanted, findings.get(i).expected(), findings.get(i).text());
        }
    }

    @Test
    void suggestionsAreThoseOfTheClosestHeadingFirstInTheFile() {
        Random random = new Random(12);
        List<String> words = List.of("attention", "transformer", "layer", "norm", "rope", "位置编码", "注意力", "kv",
                "cache", "lora", "微调", "moe", "router", "softmax", "token", "bpe", "1", "2", "3", "一", "二");
        Set<String> anchors = new LinkedHashSet<>();
        while (anchors.size() < 300) {
            StringBuilder a = new StringBuilder();
            for (int w = 0; w < 1 + random.nextInt(4); w++) {
                a.append(w == 0 ? "" : "-").append(words.get(random.nextInt(words.size())));
            }
            anchors.add(a.toString());
        }
        List<String> anchorList = List.copyOf(anchors);
        List<String> fragments = new ArrayList<>();
        for (int i = 0; i < 600; i++) {
            StringBuilder f = new StringBuilder(anchorList.get(random.nextInt(anchorList.size())));
            for (int edits = random.nextInt(5); edits > 0 && f.length() > 1; edits--) {
                int at = random.nextInt(f.length());
                switch (random.nextInt(3)) {
                    case 0 -> f.deleteCharAt(at);
                    case 1 -> f.insert(at, (char) ('a' + random.nextInt(26)));
                    default -> f.setCharAt(at, (char) ('a' + random.nextInt(26)));
                }
            }
            if (!anchors.contains(f.toString()) && !f.toString().equalsIgnoreCase("top") && f.length() > 0) {
                fragments.add(f.toString());
            }
        }
        List<Finding> findings = check(anchors, fragments);
        assertEquals(fragments.size(), findings.size());
        int suggested = 0;
        for (int i = 0; i < fragments.size(); i++) {
            String expected = everyHeading(fragments.get(i), anchorList);
            assertEquals(expected, findings.get(i).expected(), "for #" + fragments.get(i));
            suggested += expected == null ? 0 : 1;
        }
        assertTrue(suggested > 300, "most typos get a suggestion: " + suggested);
    }

    @Test
    void theBandedDistanceIsTheEditDistanceUpToItsLimit() {
        Random random = new Random(5);
        for (int i = 0; i < 20_000; i++) {
            String a = randomText(random);
            String b = randomText(random);
            int max = random.nextInt(6);
            int full = levenshtein(a, b);
            int banded = AnchorIndex.distance(a, b, max);
            if (full <= max) {
                assertEquals(full, banded, a + " / " + b + " within " + max);
            } else {
                assertEquals(max + 1, banded, a + " / " + b + " within " + max);
            }
        }
    }

    private static String randomText(Random random) {
        StringBuilder s = new StringBuilder();
        for (int i = random.nextInt(12); i > 0; i--) {
            s.append("abc-标题".charAt(random.nextInt(6)));
        }
        return s.toString();
    }

    /** The suggestion as qbank made it before: every heading compared, the first closest kept. */
    private static String everyHeading(String wanted, List<String> anchors) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String a : anchors) {
            int d = levenshtein(wanted, a);
            if (d < bestDistance) {
                bestDistance = d;
                best = a;
            }
        }
        return best != null && bestDistance <= Math.max(2, wanted.length() / 3) ? best : null;
    }

    private static int levenshtein(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
