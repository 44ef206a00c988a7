package io.github.qbank.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.IntFunction;

import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;
import org.junit.jupiter.api.io.TempDir;

import io.github.qbank.core.check.Qbank;
import io.github.qbank.core.check.QbankConfig;
import io.github.qbank.core.numbering.ChineseNumerals;

/**
 * Renumbering one item of a correct list, at a random position to a random wrong value, gives
 * exactly one finding, at that item. Seeded, so a failure can be replayed.
 */
class NumberingPropertyTest {

    private static final List<IntFunction<String>> STYLES = List.of(
            n -> "- " + n + " question",
            n -> "- " + ChineseNumerals.format(n) + "、问题",
            n -> "- 3." + n + " question",
            n -> "- " + n + ". lifted into its bullet",
            n -> "- 问题" + ChineseNumerals.format(n) + "：labelled",
            n -> "- Q" + n + ". question");

    /** Other rules are not the subject here: the questions repeat and link no answer. */
    private static final List<String> OTHER_RULES = List.of("duplicate-question", "missing-answer-link");

    @TempDir
    Path dir;

    @RepeatedTest(100)
    void oneWrongNumberGivesOneFindingAtIt(RepetitionInfo repetition) throws Exception {
        Random random = new Random(repetition.getCurrentRepetition() * 7919L);
        IntFunction<String> style = STYLES.get(random.nextInt(STYLES.size()));
        int size = 2 + random.nextInt(30);
        int position = random.nextInt(size);
        int wrong;
        do {
            wrong = 1 + random.nextInt(size + 10);
        } while (wrong == position + 1);

        List<String> lines = new ArrayList<>(List.of("# Bank", "", "## 三、Chapter", ""));
        for (int i = 0; i < size; i++) {
            lines.add(style.apply(i == position ? wrong : i + 1));
        }
        Files.write(dir.resolve("bank.md"), lines);
        QbankConfig.Builder builder = Configs.offline(dir);
        OTHER_RULES.forEach(r -> builder.severity(r, Severity.OFF));
        QbankConfig config = builder.build();
        List<String> findings = new Qbank().check(config, CheckListener.silent()).findings().stream()
                .map(f -> f.line() + " " + f.rule()).toList();

        String list = String.join("\n", lines.subList(4, lines.size()));
        assertEquals(List.of((5 + position) + " numbering"), findings, "item " + (position + 1) + " set to " + wrong
                + " in\n" + list);
    }
}
