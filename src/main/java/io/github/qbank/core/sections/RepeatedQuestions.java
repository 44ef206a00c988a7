package io.github.qbank.core.sections;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.github.qbank.core.model.OutlineNode;

/**
 * Finds questions of one section that repeat an earlier one, exactly or nearly.
 *
 * <p>Texts are compared after {@link Normalizer#text} (number, case, width, spaces and punctuation
 * dropped). Two questions are nearly the same when the Dice coefficient of their character
 * bigrams is at least {@value #THRESHOLD} <em>and</em> what differs is cosmetic: particles and
 * fillers ({@code 的 了 吗 呢 一下 简单 请}), or a one-letter slip in a Latin word
 * ({@code Prefix-tining}, {@code LLMs}). Bigram similarity alone would call {@code …的优点？} and
 * {@code …的缺点？} the same question. A question and its own sub-questions are never compared.
 * Candidates come from prefix filtering over an inverted index of bigrams, so a section is never
 * compared all against all.
 */
public final class RepeatedQuestions {

    /**
     * A question that repeats an earlier one of its section.
     *
     * @param question   the later question
     * @param earlier    the question it repeats
     * @param similarity 1 for the same normalised text, else the Dice similarity of their bigrams
     * @param exact      whether the normalised texts are equal
     */
    public record Repeat(OutlineNode question, OutlineNode earlier, double similarity, boolean exact) {}

    private RepeatedQuestions() {}

    /** Dice similarity of character-bigram sets from which two questions count as nearly the same. */
    static final double THRESHOLD = 0.9;

    /** The same threshold as a Jaccard similarity, which prefix filtering needs: J = D / (2 − D). */
    private static final double JACCARD = THRESHOLD / (2 - THRESHOLD);

    /**
     * How many earlier questions sharing one bigram are compared, the nearest first: keeps a section
     * of many look-alike questions linear.
     */
    private static final int MAX_POSTINGS = 32;

    /** Shorter questions are compared only for exact repetition. */
    private static final int MIN_NEAR_LENGTH = 6;

    private record Question(OutlineNode node, String text, int[] bigrams) {}

    /**
     * The repeated questions of one section, each with the earlier question it repeats, in
     * document order. Questions are compared only with their siblings: the questions with the same
     * parent node, so {@code 数据怎么处理？} under two different models are two questions.
     *
     * @param include which of the section's questions take part
     * @param section the section
     * @return the repeats, each with the question it repeats
     */
    public static List<Repeat> in(Section section, java.util.function.Predicate<OutlineNode> include) {
        List<Repeat> found = new ArrayList<>();
        if (section.questions().size() < 2) {
            return found;
        }
        Map<OutlineNode, List<OutlineNode>> byParent = new java.util.LinkedHashMap<>();
        for (OutlineNode q : section.questions()) {
            if (include.test(q)) {
                byParent.computeIfAbsent(q.parent(), k -> new ArrayList<>()).add(q);
            }
        }
        for (List<OutlineNode> siblings : byParent.values()) {
            if (siblings.size() > 1) {
                amongSiblings(siblings, found);
            }
        }
        found.sort(Comparator.comparingInt((Repeat r) -> r.question().line()).thenComparingInt(r -> r.question().column()));
        return found;
    }

    /**
     * The repeated questions among siblings outside any section's question list: the items of a
     * list that are each one link to their answer.
     * @param siblings the questions, in document order
     * @return each repeat with the earlier question it repeats
     */
    public static List<Repeat> among(List<OutlineNode> siblings) {
        List<Repeat> found = new ArrayList<>();
        amongSiblings(siblings, found);
        return found;
    }

    private static void amongSiblings(List<OutlineNode> siblings, List<Repeat> found) {
        Map<String, OutlineNode> exact = new HashMap<>();
        List<Question> near = new ArrayList<>();
        for (OutlineNode q : siblings) {
            String text = Normalizer.text(q.text());
            if (text.isEmpty()) {
                continue;
            }
            // fillers do not change a question: 使用 css 画… and 用 css 画… are one question
            String essential = withoutFillers(text);
            OutlineNode same = exact.putIfAbsent(essential.isEmpty() ? text : essential, q);
            if (same != null && !related(same, q)) {
                found.add(new Repeat(q, same, 1.0, true));
            } else if (text.length() >= MIN_NEAR_LENGTH) {
                near.add(new Question(q, essential, bigrams(essential)));
            }
        }
        nearDuplicates(near, found);
    }

    /**
     * Up to this many questions a section is compared pair by pair: with at most 2,016 pairs a
     * section that costs less than building an index, and the work stays linear in the bank.
     */
    private static final int SMALL_SECTION = 64;

    private static void nearDuplicates(List<Question> questions, List<Repeat> found) {
        if (questions.size() <= SMALL_SECTION) {
            for (int i = 1; i < questions.size(); i++) {
                Nearest nearest = new Nearest(questions.get(i));
                for (int j = 0; j < i; j++) {
                    nearest.consider(questions.get(j));
                }
                nearest.addTo(found);
            }
            return;
        }
        joinWithPrefixFilter(questions, found);
    }

    /** The Dice similarity of two questions when it reaches the threshold, else 0; lengths checked first. */
    private static double similar(Question a, Question b) {
        int la = a.bigrams().length;
        int lb = b.bigrams().length;
        if (Math.min(la, lb) < JACCARD * Math.max(la, lb)) {
            return 0;
        }
        double score = dice(a.bigrams(), b.bigrams());
        return score >= THRESHOLD ? score : 0;
    }

    /** The earlier question most like one question, among those it is compared with. */
    private static final class Nearest {
        private final Question question;
        private Question best;
        private double bestScore;

        Nearest(Question question) {
            this.question = question;
        }

        void consider(Question other) {
            double score = similar(question, other);
            if (score > bestScore && !related(other.node(), question.node())
                    && cosmeticDifference(other.text(), question.text())) {
                best = other;
                bestScore = score;
            }
        }

        void addTo(List<Repeat> found) {
            if (best != null) {
                found.add(new Repeat(question.node(), best.node(), bestScore, false));
            }
        }
    }

    /** Set-similarity join with prefix filtering: only pairs sharing a rare bigram are compared. */
    private static void joinWithPrefixFilter(List<Question> questions, List<Repeat> found) {
        Map<Integer, Integer> frequency = new HashMap<>();
        for (Question q : questions) {
            for (int b : q.bigrams()) {
                frequency.merge(b, 1, Integer::sum);
            }
        }
        // rank every bigram once, rarest first, so each question's bigrams sort as plain ints
        Integer[] distinct = frequency.keySet().toArray(new Integer[0]);
        Arrays.sort(distinct, (a, b) -> frequency.get(a).equals(frequency.get(b)) ? Integer.compare(a, b)
                : Integer.compare(frequency.get(a), frequency.get(b)));
        Map<Integer, Integer> rank = new HashMap<>(distinct.length * 2);
        for (int r = 0; r < distinct.length; r++) {
            rank.put(distinct[r], r);
        }
        Map<Integer, List<Integer>> index = new HashMap<>();
        int[] seenBy = new int[questions.size()];
        Arrays.fill(seenBy, -1);
        for (int i = 0; i < questions.size(); i++) {
            Question q = questions.get(i);
            int[] ordered = new int[q.bigrams().length];
            for (int k = 0; k < ordered.length; k++) {
                ordered[k] = rank.get(q.bigrams()[k]);
            }
            Arrays.sort(ordered);
            int prefix = Math.min(ordered.length, ordered.length - (int) Math.ceil(JACCARD * ordered.length) + 1);
            Nearest nearest = new Nearest(q);
            for (int k = 0; k < prefix; k++) {
                List<Integer> postings = index.getOrDefault(ordered[k], List.of());
                for (int p = postings.size() - 1; p >= Math.max(0, postings.size() - MAX_POSTINGS); p--) {
                    int c = postings.get(p);
                    if (seenBy[c] != i) {
                        seenBy[c] = i;
                        nearest.consider(questions.get(c));
                    }
                }
            }
            nearest.addTo(found);
            for (int k = 0; k < prefix; k++) {
                index.computeIfAbsent(ordered[k], x -> new ArrayList<>()).add(i);
            }
        }
    }

    /** Particles and fillers that do not change a question: {@code 一下 简单 简要}, the {@code 使} of {@code 使用}, and one-character particles. */
    private static final String FILLER_CHARS = "的了吗呢吧啊呀请您你";

    static String withoutFillers(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            char next = i + 1 < text.length() ? text.charAt(i + 1) : 0;
            if ((c == '一' && next == '下') || (c == '简' && (next == '单' || next == '要'))) {
                i++;
            } else if (c == '使' && next == '用') {
                // 使用 and 用 are the same verb: keep the 用
                continue;
            } else if (FILLER_CHARS.indexOf(c) < 0) {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** Whether one question is a sub-question of the other. */
    private static boolean related(OutlineNode a, OutlineNode b) {
        for (OutlineNode p = b.parent(); p != null; p = p.parent()) {
            if (p == a) {
                return true;
            }
        }
        for (OutlineNode p = a.parent(); p != null; p = p.parent()) {
            if (p == b) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether two normalised texts, fillers removed, differ only by a plural {@code s} or by one
     * letter inside a Latin word of six letters or more (a typo).
     */
    static boolean cosmeticDifference(String a, String b) {
        int start = 0;
        while (start < a.length() && start < b.length() && a.charAt(start) == b.charAt(start)) {
            start++;
        }
        int endA = a.length();
        int endB = b.length();
        while (endA > start && endB > start && a.charAt(endA - 1) == b.charAt(endB - 1)) {
            endA--;
            endB--;
        }
        String rest = a.substring(start, endA) + b.substring(start, endB);
        if (rest.isEmpty()) {
            return true;
        }
        if (endA - start > 1 || endB - start > 1 || !rest.chars().allMatch(c -> c < 128 && Character.isLetter(c))) {
            return false;
        }
        // a plural or a typo in a long word is cosmetic; a letter that makes another short word is not:
        // poll and epoll, II and III, SQL and SQLi name different things
        String longer = endA - start >= endB - start ? a : b;
        int wordStart = start;
        while (wordStart > 0 && isLatinLetter(longer.charAt(wordStart - 1))) {
            wordStart--;
        }
        int wordEnd = start;
        while (wordEnd < longer.length() && isLatinLetter(longer.charAt(wordEnd))) {
            wordEnd++;
        }
        boolean plural = rest.equals("s") && wordEnd == start + 1 && endA - start != endB - start;
        boolean typo = start > wordStart && wordEnd - wordStart >= 6;
        return plural || typo;
    }

    private static boolean isLatinLetter(char c) {
        return c < 128 && Character.isLetter(c);
    }

    /** The distinct character bigrams of a text, sorted, each packed into an int. */
    static int[] bigrams(String text) {
        int[] cps = new int[text.length()];
        int length = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            cps[length++] = cp;
            i += Character.charCount(cp);
        }
        if (length < 2) {
            return new int[0];
        }
        int[] pairs = new int[length - 1];
        for (int i = 0; i < pairs.length; i++) {
            pairs[i] = cps[i] * 31 + cps[i + 1];
        }
        Arrays.sort(pairs);
        int distinct = 1;
        for (int i = 1; i < pairs.length; i++) {
            if (pairs[i] != pairs[distinct - 1]) {
                pairs[distinct++] = pairs[i];
            }
        }
        return Arrays.copyOf(pairs, distinct);
    }

    /**
     * The Dice similarity of the character bigrams of two texts: 1 for the same bigrams, 0 for none shared.
     * @param a a text
     * @param b another text
     * @return the similarity, from 0 to 1
     */
    public static double similarity(String a, String b) {
        return dice(bigrams(a), bigrams(b));
    }

    /** 2|A∩B| / (|A| + |B|) for sorted sets. */
    static double dice(int[] a, int[] b) {
        int i = 0;
        int j = 0;
        int common = 0;
        while (i < a.length && j < b.length) {
            if (a[i] == b[j]) {
                common++;
                i++;
                j++;
            } else if (a[i] < b[j]) {
                i++;
            } else {
                j++;
            }
        }
        return a.length + b.length == 0 ? 0 : 2.0 * common / (a.length + b.length);
    }
}
