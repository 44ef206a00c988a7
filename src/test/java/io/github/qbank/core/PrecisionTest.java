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
import io.github.qbank.core.fix.FixResult;
import io.github.qbank.core.fix.Fixer;

/**
 * Precision on real banks nobody here wrote: a sample of findings, each labelled {@code true} or
 * {@code false} by a reader of the page cmark-gfm renders ({@code src/test/resources/precision/labels.tsv}),
 * checked against what qbank reports on the development banks in {@code ../shared/corpus/dev/} and
 * the reference bank. Every true finding must still be reported; on every bank, every rule's
 * precision over its labelled findings must be at least {@value #MIN_PRECISION} %; and
 * {@code qbank:fix} must propose no edit from a finding labelled false. The bank × rule table is
 * printed and written to {@code target/precision/table.md}.
 */
class PrecisionTest {

    private record Label(String bank, String file, int line, String rule, boolean verdict, String reason) {

        String key() {
            return file + ":" + line + " " + rule;
        }
    }

    static final int MIN_PRECISION = 95;

    private static final Path SHARED = Path.of(System.getProperty("qbank.sharedDir", "../shared"), "corpus");

    @Test
    void everyTrueFindingIsReportedAndEveryRuleIsPreciseOnEveryBank() throws Exception {
        assumeTrue(Files.isDirectory(SHARED.resolve("dev")), "the development banks are not at " + SHARED.resolve("dev"));
        Map<String, List<Label>> byBank = new LinkedHashMap<>();
        for (Label l : labels()) {
            byBank.computeIfAbsent(l.bank(), k -> new ArrayList<>()).add(l);
        }
        // bank -> rule -> {labelled and reported true, labelled and reported false}
        Map<String, Map<String, int[]>> cells = new TreeMap<>();
        List<String> wrong = new ArrayList<>();
        for (Map.Entry<String, List<Label>> bank : byBank.entrySet()) {
            CheckResult result = new Qbank().check(Configs.offline(dir(bank.getKey())).build(), CheckListener.silent());
            Set<String> reported = new HashSet<>();
            for (Finding f : result.findings()) {
                reported.add(f.file() + ":" + f.line() + " " + f.rule());
            }
            for (Label l : bank.getValue()) {
                boolean found = reported.contains(l.key());
                if (found) {
                    cells.computeIfAbsent(l.bank(), k -> new TreeMap<>()).computeIfAbsent(l.rule(), k -> new int[2])
                            [l.verdict() ? 0 : 1]++;
                }
                if (l.verdict() && !found) {
                    wrong.add("true finding no longer reported: " + l.bank() + " " + l.key() + " (" + l.reason() + ")");
                }
            }
        }
        String table = table(cells);
        System.out.print(table);
        Path out = Path.of("target", "precision", "table.md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, table);
        cells.forEach((bank, rules) -> rules.forEach((rule, c) -> {
            if (100 * c[0] < MIN_PRECISION * (c[0] + c[1])) {
                wrong.add("precision below " + MIN_PRECISION + " %: " + rule + " on " + bank + " (" + c[0] + " true, "
                        + c[1] + " false)");
            }
        }));
        assertEquals(List.of(), wrong, table);
    }

    @Test
    void fixProposesNoEditFromAFindingLabelledFalse() throws Exception {
        assumeTrue(Files.isDirectory(SHARED.resolve("dev")), "the development banks are not at " + SHARED.resolve("dev"));
        Map<String, Set<String>> falseByBank = new LinkedHashMap<>();
        for (Label l : labels()) {
            if (!l.verdict()) {
                falseByBank.computeIfAbsent(l.bank(), k -> new HashSet<>()).add(l.key());
            }
        }
        List<String> wrong = new ArrayList<>();
        for (Map.Entry<String, Set<String>> bank : falseByBank.entrySet()) {
            FixResult result = new Fixer().fix(Configs.offline(dir(bank.getKey())).build(), Fixer.rules(null),
                    CheckListener.silent());
            for (Finding f : result.fixed()) {
                if (bank.getValue().contains(f.file() + ":" + f.line() + " " + f.rule())) {
                    wrong.add(bank.getKey() + " " + f.file() + ":" + f.line() + " " + f.rule() + ": " + f.text());
                }
            }
        }
        assertEquals(List.of(), wrong);
    }

    private static Path dir(String bank) {
        return bank.equals("llm-interview") ? SHARED.resolve("llm-interview") : SHARED.resolve("dev").resolve(bank);
    }

    /** The bank × rule table: true and false among the labelled findings qbank reports, and the precision. */
    private static String table(Map<String, Map<String, int[]>> cells) {
        Set<String> rules = new java.util.TreeSet<>();
        cells.values().forEach(r -> rules.addAll(r.keySet()));
        StringBuilder t = new StringBuilder("| bank | " + String.join(" | ", rules) + " |\n|---|");
        t.append("---|".repeat(rules.size())).append('\n');
        Map<String, int[]> total = new TreeMap<>();
        cells.forEach((bank, byRule) -> {
            t.append("| ").append(bank).append(" |");
            for (String rule : rules) {
                int[] c = byRule.get(rule);
                t.append(' ').append(c == null ? "" : cell(c)).append(" |");
                if (c != null) {
                    int[] sum = total.computeIfAbsent(rule, k -> new int[2]);
                    sum[0] += c[0];
                    sum[1] += c[1];
                }
            }
            t.append('\n');
        });
        t.append("| all banks |");
        for (String rule : rules) {
            t.append(' ').append(cell(total.get(rule))).append(" |");
        }
        return t.append('\n').toString();
    }

    private static String cell(int[] c) {
        return String.format(Locale.ROOT, "%d/%d (%.0f %%)", c[0], c[0] + c[1], 100.0 * c[0] / (c[0] + c[1]));
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
