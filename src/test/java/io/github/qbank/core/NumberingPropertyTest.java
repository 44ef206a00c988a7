package io.github.qbank.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;
import org.junit.jupiter.api.io.TempDir;

import io.github.qbank.core.check.Qbank;
import io.github.qbank.core.check.QbankConfig;

/**
 * Renumbering one item of a correct list, at a random position to a random wrong value, gives
 * exactly one finding, at that item. Seeded, so a failure can be replayed.
 */
class NumberingPropertyTest {

    /** Other rules are not the subject here: the questions repeat and link no answer. */
    private static final List<String> OTHER_RULES = List.of("duplicate-question", "missing-answer-link");

    @TempDir
    Path dir;

    @RepeatedTest(100)
    void oneWrongNumberGivesOneFindingAtIt(RepetitionInfo repetition) throws Exception {
        NumberingMutants.Mutant m = NumberingMutants.next(new Random(repetition.getCurrentRepetition() * 7919L));
        List<String> lines = m.mutant();
        Files.write(dir.resolve("bank.md"), lines);
        QbankConfig.Builder builder = Configs.offline(dir);
        OTHER_RULES.forEach(r -> builder.severity(r, Severity.OFF));
        QbankConfig config = builder.build();
        List<String> findings = new Qbank().check(config, CheckListener.silent()).findings().stream()
                .map(f -> f.line() + " " + f.rule()).toList();

        String list = String.join("\n", lines.subList(4, lines.size()));
        assertEquals(List.of((5 + m.position()) + " numbering"), findings, "item " + (m.position() + 1) + " set to "
                + m.wrong() + " in\n" + list);
    }
}
