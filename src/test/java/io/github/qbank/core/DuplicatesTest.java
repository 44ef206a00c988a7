package io.github.qbank.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.github.qbank.core.check.Qbank;
import io.github.qbank.core.check.QbankConfig;

/** Duplicate and answer-link rules beyond what fixtures show: configuration and size. */
class DuplicatesTest {

    @TempDir
    Path dir;

    private List<String> check(QbankConfig.Builder builder) throws QbankException {
        return new Qbank().check(builder.build(), CheckListener.silent()).findings().stream()
                .map(f -> f.line() + " " + f.rule()).toList();
    }

    @Test
    void answerLinkPatternIsConfigurable() throws Exception {
        Files.writeString(dir.resolve("bank.md"), String.join("\n",
                "# Bank", "",
                "## Fragen", "", "- 1 Was ist RAG?", "", "- [Lösung](https://example.com/a)", "",
                "## Mehr Fragen", "", "- 1 Was ist LoRA?", "", "- [Lösung](https://example.com/b)", "",
                "## Noch mehr Fragen", "", "- 1 Was ist MoE?", "", "- [Lösung](https://example.com/c)", "",
                "## Ohne Antwort", "", "- 1 Was ist PPO?", ""));
        // by the default pattern nothing here is an answer link: the bank answers in place
        assertEquals(List.of(), check(Configs.offline(dir)));
        assertEquals(List.of("21 missing-answer-link"), check(Configs.offline(dir).answerLinkPattern("Lösung|Antwort")));
    }

    @Test
    void aSectionOfFortyThousandLookAlikeQuestionsIsCheckedWithoutComparingAllPairs() throws Exception {
        List<String> lines = new ArrayList<>(List.of("# Bank", "", "## [Questions](https://example.com/q)", ""));
        for (int i = 1; i <= 40_000; i++) {
            lines.add("- " + i + " 如何训练" + name(i) + "模型的分布式数据并行？");
        }
        lines.add("- 如何训练" + name(1) + "模型的分布式数据并行？");
        Files.write(dir.resolve("big.md"), lines);
        assertEquals(List.of("40005 duplicate-question"), check(Configs.offline(dir)));
    }

    /** Two CJK characters that differ from question to question, so no two questions are the same. */
    private static String name(int i) {
        return new String(Character.toChars(0x4E00 + i % 200)) + new String(Character.toChars(0x5E00 + i / 200));
    }
}
