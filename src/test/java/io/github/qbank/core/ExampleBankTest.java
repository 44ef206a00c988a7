package io.github.qbank.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.github.qbank.core.check.Qbank;
import io.github.qbank.core.check.QbankConfig;

/** The example bank in {@code examples/} finds exactly the defects its README lists. */
class ExampleBankTest {

    @Test
    void findsEveryPlantedDefectAndNothingElse() throws Exception {
        QbankConfig config = Configs.offline(Path.of("examples")).includes(List.of("bank/**/*.md")).build();
        List<String> findings = new Qbank().check(config, CheckListener.silent()).findings().stream()
                .map(f -> f.file() + ":" + f.line() + " " + f.rule())
                .toList();
        assertEquals(List.of(
                "bank/README.md:11 broken-anchor",
                "bank/README.md:21 numbering",
                "bank/README.md:23 duplicate-question",
                "bank/README.md:35 missing-image",
                "bank/README.md:47 missing-local-file",
                "bank/README.md:49 duplicate-section",
                "bank/README.md:55 duplicate-answer-url",
                "bank/chapters/java.md:11 broken-anchor",
                "bank/chapters/java.md:20 list-structure",
                "bank/chapters/java.md:23 missing-local-file",
                "bank/chapters/java.md:25 missing-answer-link",
                "bank/chapters/transformer.md:16 missing-image",
                "bank/chapters/transformer.md:20 heading-level",
                "bank/chapters/transformer.md:24 numbering"), findings);
    }
}
