package io.github.qbank.core;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.IntFunction;

import io.github.qbank.core.numbering.ChineseNumerals;

/**
 * One-defect mutants of a correct bank: a list in one of several numbering styles, with one item,
 * at a random position, renumbered to a random wrong value. Seeded by the caller, so a failure can
 * be replayed. The numbering and fix property tests share it.
 */
final class NumberingMutants {

    static final List<IntFunction<String>> STYLES = List.of(
            n -> "- " + n + " question",
            n -> "- " + ChineseNumerals.format(n) + "、问题",
            n -> "- 3." + n + " question",
            n -> "- " + n + ". lifted into its bullet",
            n -> "- 问题" + ChineseNumerals.format(n) + "：labelled",
            n -> "- Q" + n + ". question");

    /** The first lines of every bank: the list starts after them. */
    static final List<String> HEAD = List.of("# Bank", "", "## 三、Chapter", "");

    /**
     * @param correct  the bank's lines as they should be
     * @param mutant   the same with one item renumbered
     * @param position the 0-based index of the renumbered item in the list
     * @param wrong    the number it was given
     */
    record Mutant(List<String> correct, List<String> mutant, int position, int wrong) {}

    private NumberingMutants() {}

    static Mutant next(Random random) {
        IntFunction<String> style = STYLES.get(random.nextInt(STYLES.size()));
        int size = 2 + random.nextInt(30);
        int position = random.nextInt(size);
        int wrong;
        do {
            wrong = 1 + random.nextInt(size + 10);
        } while (wrong == position + 1);
        List<String> correct = new ArrayList<>(HEAD);
        List<String> mutant = new ArrayList<>(HEAD);
        for (int i = 0; i < size; i++) {
            correct.add(style.apply(i + 1));
            mutant.add(style.apply(i == position ? wrong : i + 1));
        }
        return new Mutant(List.copyOf(correct), List.copyOf(mutant), position, wrong);
    }
}
