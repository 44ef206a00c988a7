package io.github.qbank.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;
import org.junit.jupiter.api.io.TempDir;

import io.github.qbank.core.fix.FixReport;
import io.github.qbank.core.fix.FixResult;
import io.github.qbank.core.fix.Fixer;

/**
 * Fixing a one-defect mutant of a correct bank ({@link NumberingMutants}, the numbering property
 * test's generator) gives back the correct bank byte for byte. Every mutant of that generator has
 * one right answer: one item renumbered, its neighbours intact, so the finding's expected number
 * is the original. (A removed item, which could be fixed by renumbering those after it or by
 * putting it back, is not among these mutants; the fix leaves such a gap alone, see the
 * {@code ambiguous} fix fixture; nor is the last item given the number of one further up, which may
 * belong there as much as be misnumbered: the fix leaves it.) Seeded, so a failure can be replayed.
 */
class FixPropertyTest {

    @TempDir
    Path dir;

    @RepeatedTest(120)
    void fixingAOneDefectMutantGivesTheOriginalBack(RepetitionInfo repetition) throws Exception {
        NumberingMutants.Mutant m = NumberingMutants.next(new Random(repetition.getCurrentRepetition() * 104_729L));
        Path bank = dir.resolve("bank.md");
        Files.write(bank, m.mutant());
        byte[] original = (String.join("\n", m.correct()) + "\n").getBytes(StandardCharsets.UTF_8);

        FixResult result = new Fixer().fix(Configs.offline(dir).build(), Fixer.rules(List.of()), CheckListener.silent());
        Fixer.write(result);

        // the last item given the number of one further up may belong there as much as be misnumbered:
        // the finding offers both, and the fix leaves the bank as it is
        boolean last = m.position() == m.correct().size() - NumberingMutants.HEAD.size() - 1;
        boolean movedOrMisnumbered = last && m.wrong() < m.position() && result.notFixed().stream()
                .anyMatch(n -> n.finding().message().key().equals("numbering.expected-found-repeat"));
        byte[] expected = movedOrMisnumbered
                ? (String.join("\n", m.mutant()) + "\n").getBytes(StandardCharsets.UTF_8) : original;
        assertEquals(new String(expected, StandardCharsets.UTF_8), Files.readString(bank), "item "
                + (m.position() + 1) + " set to " + m.wrong() + "\n" + String.join("\n", FixReport.lines(result, false,
                        null, dir)));
    }
}
