package io.github.qbank.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

import io.github.qbank.core.check.CheckResult;
import io.github.qbank.core.check.Qbank;

/**
 * Precision and recall on real banks nobody here wrote: a sample of findings, each labelled
 * {@code true} or {@code false} by a reader of the page cmark-gfm renders
 * ({@code src/test/resources/precision/labels.tsv}), checked against what qbank reports on the
 * development banks in {@code ../shared/corpus/dev/} and the reference bank. Every true finding
 * must still be reported and no false one; the per-rule precision is printed.
 */
class PrecisionTest {

    private record Label(String bank, String file, int line, String rule, boolean verdict, String reason) {}

    private static final Path SHARED = Path.of(System.getProperty("qbank.sharedDir", "../shared"), "corpus");

    @Test
    void everyTrueFindingIsReportedAndNoFalseOne() throws Exception {
        assumeTrue(Files.isDirectory(SHARED.resolve("dev")), "the development banks are not at " + SHARED.resolve("dev"));
        Map<String, List<Label>> byBank = new LinkedHashMap<>();
        for (Label l : labels()) {
            byBank.computeIfAbsent(l.bank(), k -> new ArrayList<>()).add(l);
        }
        Map<String, int[]> perRule = new TreeMap<>();
        List<String> wrong = new ArrayList<>();
        for (Map.Entry<String, List<Label>> bank : byBank.entrySet()) {
            Path dir = bank.getKey().equals("llm-interview") ? SHARED.resolve("llm-interview")
                    : SHARED.resolve("dev").resolve(bank.getKey());
            CheckResult result = new Qbank().check(Configs.offline(dir).build(), CheckListener.silent());
            Set<String> reported = new HashSet<>();
            for (Finding f : result.findings()) {
                reported.add(f.file() + ":" + f.line() + " " + f.rule());
            }
            for (Label l : bank.getValue()) {
                boolean found = reported.contains(l.file() + ":" + l.line() + " " + l.rule());
                int[] counts = perRule.computeIfAbsent(l.rule(), k -> new int[3]);
                counts[0]++;
                if (found) {
                    counts[l.verdict() ? 1 : 2]++;
                }
                if (found != l.verdict()) {
                    wrong.add((l.verdict() ? "true finding no longer reported: " : "false finding reported: ")
                            + l.bank() + " " + l.file() + ":" + l.line() + " " + l.rule() + " (" + l.reason() + ")");
                }
            }
        }
        StringBuilder table = new StringBuilder("rule | labelled | true reported | false reported | precision\n");
        perRule.forEach((rule, c) -> table.append(String.format(Locale.ROOT, "%s | %d | %d | %d | %s%n", rule, c[0], c[1],
                c[2], c[1] + c[2] == 0 ? "-" : String.format(Locale.ROOT, "%.0f %%", 100.0 * c[1] / (c[1] + c[2])))));
        System.out.print(table);
        assertEquals(List.of(), wrong, table.toString());
    }

    private static List<Label> labels() throws IOException {
        List<Label> out = new ArrayList<>();
        try (InputStream in = PrecisionTest.class.getResourceAsStream("/precision/labels.tsv")) {
            String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n");
            for (int i = 1; i < lines.length; i++) {
                if (lines[i].isBlank()) {
                    continue;
                }
                String[] c = lines[i].split("\t", -1);
                out.add(new Label(c[0], c[1], Integer.parseInt(c[2]), c[3], Boolean.parseBoolean(c[4]), c[5]));
            }
        }
        return out;
    }
}
