package io.github.qbank.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.github.qbank.core.check.Qbank;
import io.github.qbank.core.check.QbankConfig;
import io.github.qbank.core.links.LinkChecker;
import io.github.qbank.core.rules.MissingImageRule;
import io.github.qbank.core.rules.RuleRegistry;
import io.github.qbank.core.rules.UnusedSuppressionRule;

/** {@code unused-suppression} as configuration and the registry that runs shape it. */
class UnusedSuppressionTest {

    private static final String BANK = """
            # Bank

            <!-- qbank-disable-next-line missing-image -->
            Nothing to silence.

            Nothing either. <!-- qbank-disable-line -->

            <!-- qbank-disable-next-line numbring -->
            ![reported](img/a.png)
            """;

    @TempDir
    Path dir;

    private List<String> findings(Qbank qbank, QbankConfig config) throws Exception {
        Files.writeString(dir.resolve("bank.md"), BANK);
        return qbank.check(config, CheckListener.silent()).findings().stream()
                .map(f -> f.line() + ":" + f.column() + " " + f.rule() + " " + f.text())
                .toList();
    }

    @Test
    void commentsForRulesSwitchedOffAreNotJudged() throws Exception {
        QbankConfig config = Configs.offline(dir).severity("missing-image", Severity.OFF).build();
        List<String> found = findings(new Qbank(), config);
        assertEquals(1, found.size(), found.toString());
        assertEquals("8:1 unused-suppression qbank-disable-next-line names no rule 'numbring'; the rules are "
                + String.join(", ", RuleRegistry.standard().ids()), found.get(0));
    }

    @Test
    void switchedOffItselfItSaysNothing() throws Exception {
        QbankConfig config = Configs.offline(dir).severity("unused-suppression", Severity.OFF).build();
        // line:column rule, without the message
        assertEquals(List.of("9:13 missing-image"), findings(new Qbank(), config).stream()
                .map(f -> f.substring(0, f.indexOf(' ', f.indexOf(' ') + 1))).toList());
    }

    @Test
    void knowsTheRulesOfTheRegistryThatRuns() throws Exception {
        RuleRegistry two = new RuleRegistry(List.of(new MissingImageRule(), new UnusedSuppressionRule()));
        Qbank qbank = new Qbank(two, (config, listener) -> LinkChecker.skipping("not in this test"));
        assertEquals(List.of(
                "3:1 unused-suppression qbank-disable-next-line silences no finding of missing-image; remove the comment",
                "6:17 unused-suppression qbank-disable-line silences no finding; remove the comment",
                "8:1 unused-suppression qbank-disable-next-line names no rule 'numbring'; the rules are missing-image,"
                        + " unused-suppression"),
                findings(qbank, Configs.offline(dir).build()).stream().filter(f -> f.contains("unused-suppression"))
                        .toList());
    }

    @Test
    void linkRulesAreNotJudgedWhileLinksGoUnchecked() throws Exception {
        Files.writeString(dir.resolve("links.md"), """
                # Links

                <!-- qbank-disable-next-line dead-link -->
                [flaky](https://example.com/flaky)

                <!-- qbank-disable-next-line link-unverifiable missing-image -->
                [walled](https://example.com/walled)

                Text. <!-- qbank-disable-line -->
                """);
        List<String> found = findings(new Qbank(), Configs.offline(dir).includes(List.of("links.md")).build());
        assertEquals(List.of("6:1 unused-suppression qbank-disable-next-line silences no finding of missing-image;"
                + " remove that name"), found);
    }
}
