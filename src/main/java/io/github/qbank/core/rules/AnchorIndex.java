package io.github.qbank.core.rules;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.LongAdder;

/**
 * The anchors of one file, indexed for the questions {@link BrokenAnchorRule} asks of every broken
 * fragment: is there one that differs only in letter case, and which one is the plausible typo
 * ("did you mean")? Built once per file and check; immutable, so shared by rules running side by
 * side.
 *
 * <p>The suggestion is the anchor at the smallest edit distance (Levenshtein, over UTF-16
 * characters), the first in the file on a tie, if that distance is at most
 * {@code max(2, length / 3)}. Instead of computing the distance to every anchor, candidates come
 * from an index of padded character bigrams: two strings at edit distance {@code d} share at least
 * {@code max(|x|, |y|) + 1 - 2d} such bigrams (Ukkonen's q-gram lemma), which gives a lower bound
 * of each candidate's distance. Candidates are tried in the order of that bound, and the search
 * stops as soon as no remaining candidate can beat or tie the best found: the result is exactly
 * the one of comparing with every anchor.
 *
 * <p>Work per lookup is capped, so that a file of thousands of near-identical headings
 * ({@code section-1} … {@code section-4000}) cannot make the check quadratic: at most
 * {@value #POSTINGS_BUDGET} index entries are read, rarest bigrams first, and at most
 * {@value #MAX_DISTANCES} distances computed. Only past those limits may a suggestion be missed or
 * differ from the exhaustive one; in a bank of ordinary size they are never reached.
 *
 * <p>A fragment longer than {@value #MAX_SUGGESTED_LENGTH} characters gets no suggestion: the
 * band of the edit distance is as wide as two thirds of the length, so its cost grows with the
 * square of the length (ten near misses of a 60,000-character heading took 42 s), and a suggestion
 * that long is of no use to a reader. Anchors that no such fragment can come near (longer than
 * {@value #MAX_SUGGESTED_LENGTH} plus a third) are not indexed. The work of a lookup is so bounded
 * by a constant beyond reading the fragment: at most {@value #MAX_DISTANCES} distances of at most
 * {@value #MAX_SUGGESTED_LENGTH} rows of 133 cells (issue #28).
 */
final class AnchorIndex {

    /** Index entries read per lookup, at most. */
    static final int POSTINGS_BUDGET = 1024;

    /** The longest fragment, in UTF-16 characters, that gets a suggestion. */
    static final int MAX_SUGGESTED_LENGTH = 200;

    /** The longest anchor within the limit of a fragment of {@link #MAX_SUGGESTED_LENGTH}. */
    private static final int MAX_INDEXED_LENGTH = MAX_SUGGESTED_LENGTH + MAX_SUGGESTED_LENGTH / 3;

    /** Edit distances computed per lookup, at most. */
    static final int MAX_DISTANCES = 128;

    /** A padding character that no string holds: bigrams are {@code (c1 + 1) << 17 | (c2 + 1)}. */
    private static final int PAD = -1;

    private final List<String> anchors;
    /** The anchors of at most three characters, which may be close to a short fragment without sharing a bigram. */
    private final int[] shortAnchors;
    private final Map<String, String> byLowerCase = new HashMap<>();
    /** For each bigram, the anchors holding it (in file order) and how often. */
    private final Map<Long, int[]> postings;

    private AnchorIndex(List<String> anchors) {
        this.anchors = anchors;
        Map<Long, IntPairs> building = new HashMap<>();
        IntPairs shortOnes = new IntPairs();
        for (int id = 0; id < anchors.size(); id++) {
            String a = anchors.get(id);
            if (a.length() <= 3) {
                shortOnes.add(id, 0);
            }
            byLowerCase.putIfAbsent(a.toLowerCase(Locale.ROOT), a);
            if (a.length() > MAX_INDEXED_LENGTH) {
                continue;
            }
            for (Map.Entry<Long, Integer> g : bigrams(a).entrySet()) {
                building.computeIfAbsent(g.getKey(), k -> new IntPairs()).add(id, g.getValue());
            }
        }
        Map<Long, int[]> frozen = new HashMap<>(building.size() * 2);
        building.forEach((gram, pairs) -> frozen.put(gram, pairs.toArray()));
        this.postings = frozen;
        int[] pairs = shortOnes.toArray();
        this.shortAnchors = new int[pairs.length / 2];
        for (int i = 0; i < shortAnchors.length; i++) {
            shortAnchors[i] = pairs[2 * i];
        }
    }

    /** Indexes the anchors of a file, visiting them once, in their order. */
    static AnchorIndex of(Set<String> anchors) {
        List<String> list = new ArrayList<>(anchors.size());
        for (String a : anchors) {
            list.add(a);
        }
        return new AnchorIndex(Collections.unmodifiableList(list));
    }

    /** The first anchor equal to {@code wanted} but for letter case, or {@code null}. */
    String sameIgnoringCase(String wanted) {
        return byLowerCase.get(wanted.toLowerCase(Locale.ROOT));
    }

    /**
     * The anchor closest in edit distance, if it is close enough to be a plausible typo; else
     * {@code null}, and always for a fragment longer than {@link #MAX_SUGGESTED_LENGTH}.
     */
    String nearest(String wanted) {
        return nearest(wanted, null);
    }

    /**
     * As {@link #nearest(String)}, counting the cells of edit distance computed.
     * @param cells counts the cells, or {@code null}
     */
    String nearest(String wanted, LongAdder cells) {
        if (wanted.length() > MAX_SUGGESTED_LENGTH) {
            return null;
        }
        int limit = Math.max(2, wanted.length() / 3);
        Map<Long, Integer> grams = bigrams(wanted);
        // rarest bigrams first: they say most, and cost least
        List<Map.Entry<Long, Integer>> order = new ArrayList<>(grams.entrySet());
        order.sort((x, y) -> Integer.compare(size(postings.get(x.getKey())), size(postings.get(y.getKey()))));
        Map<Integer, Integer> shared = new HashMap<>();
        int read = 0;
        // bigrams of wanted left unread: any anchor may hold them, so each bound counts them as shared
        int unread = 0;
        for (Map.Entry<Long, Integer> g : order) {
            int[] list = postings.get(g.getKey());
            if (list == null) {
                continue;
            }
            if (unread > 0 || read + list.length / 2 > POSTINGS_BUDGET) {
                unread += g.getValue();
                continue;
            }
            read += list.length / 2;
            for (int i = 0; i < list.length; i += 2) {
                shared.merge(list[i], Math.min(g.getValue(), list[i + 1]), Integer::sum);
            }
        }
        List<int[]> candidates = new ArrayList<>();
        for (Map.Entry<Integer, Integer> e : shared.entrySet()) {
            addCandidate(candidates, e.getKey(), e.getValue(), unread, wanted.length(), limit);
        }
        // an anchor that shares no bigram can still be within the limit when both are very short
        if (unread == 0 && wanted.length() <= 2 * limit - 1) {
            for (int i = 0; i < shortAnchors.length && i < POSTINGS_BUDGET; i++) {
                if (!shared.containsKey(shortAnchors[i])) {
                    addCandidate(candidates, shortAnchors[i], 0, 0, wanted.length(), limit);
                }
            }
        }
        // smallest bound first; on a bound, more shared bigrams first, then file order
        candidates.sort((x, y) -> x[0] != y[0] ? Integer.compare(x[0], y[0])
                : x[1] != y[1] ? Integer.compare(y[1], x[1]) : Integer.compare(x[2], y[2]));
        int best = -1;
        int bestDistance = limit + 1;
        int computed = 0;
        for (int[] c : candidates) {
            if (c[0] > bestDistance || computed == MAX_DISTANCES) {
                break;
            }
            int id = c[2];
            int d = distance(wanted, anchors.get(id), bestDistance, cells);
            computed++;
            if (d < bestDistance || (d == bestDistance && id < best)) {
                bestDistance = d;
                best = id;
            }
        }
        return best >= 0 && bestDistance <= limit ? anchors.get(best) : null;
    }

    /**
     * Keeps an anchor whose distance may be within the limit: {@code max(|x|, |y|) + 1 - 2d} bigrams
     * at least are shared, so {@code d >= (max + 1 - shared) / 2}, and {@code d >= ||x| - |y||}.
     */
    private void addCandidate(List<int[]> candidates, int id, int shared, int unread, int wantedLength, int limit) {
        int length = anchors.get(id).length();
        int lengths = Math.abs(length - wantedLength);
        if (lengths > limit) {
            return;
        }
        int bound = Math.max(lengths, (Math.max(length, wantedLength) + 2 - shared - unread) / 2);
        if (bound <= limit) {
            candidates.add(new int[] {bound, shared, id});
        }
    }

    private static int size(int[] list) {
        return list == null ? 0 : list.length;
    }

    /** The padded bigrams of a string ({@code ^a ab b$} for {@code ab}) with their counts. */
    private static Map<Long, Integer> bigrams(String s) {
        Map<Long, Integer> out = new HashMap<>();
        int previous = PAD;
        for (int i = 0; i <= s.length(); i++) {
            int c = i < s.length() ? s.charAt(i) : PAD;
            out.merge(((long) (previous + 1) << 17) | (c + 1), 1, Integer::sum);
            previous = c;
        }
        return out;
    }

    /**
     * The Levenshtein distance of two strings when it is at most {@code max}, else {@code max + 1}.
     * Only the band of cells within {@code max} of the diagonal is computed (Ukkonen), and a row
     * whose every cell exceeds {@code max} ends the computation.
     */
    static int distance(String a, String b, int max) {
        return distance(a, b, max, null);
    }

    /** As {@link #distance(String, String, int)}, counting the cells computed. */
    static int distance(String a, String b, int max, LongAdder cells) {
        int n = a.length();
        int m = b.length();
        int over = max + 1;
        if (Math.abs(n - m) > max) {
            return over;
        }
        int[] prev = new int[m + 1];
        int[] cur = new int[m + 1];
        for (int j = 0; j <= m; j++) {
            prev[j] = Math.min(j, over);
        }
        for (int i = 1; i <= n; i++) {
            int from = Math.max(1, i - max);
            int to = Math.min(m, i + max);
            cur[0] = Math.min(i, over);
            if (from > 1) {
                cur[from - 1] = over;
            }
            int rowMin = from == 1 ? cur[0] : over;
            char c = a.charAt(i - 1);
            for (int j = from; j <= to; j++) {
                int v = prev[j - 1] + (c == b.charAt(j - 1) ? 0 : 1);
                v = Math.min(v, prev[j] + 1);
                v = Math.min(v, cur[j - 1] + 1);
                cur[j] = Math.min(v, over);
                rowMin = Math.min(rowMin, cur[j]);
            }
            if (to < m) {
                cur[to + 1] = over; // outside the band: read by the next row
            }
            if (cells != null) {
                cells.add(Math.max(0, to - from + 1));
            }
            if (rowMin > max) {
                return over;
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return Math.min(prev[m], over);
    }

    /** A growing list of (anchor, count) pairs. */
    private static final class IntPairs {
        private int[] values = new int[8];
        private int size;

        void add(int id, int count) {
            if (size + 2 > values.length) {
                values = java.util.Arrays.copyOf(values, values.length * 2);
            }
            values[size++] = id;
            values[size++] = count;
        }

        int[] toArray() {
            return java.util.Arrays.copyOf(values, size);
        }
    }
}
