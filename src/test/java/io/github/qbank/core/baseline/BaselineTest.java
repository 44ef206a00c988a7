package io.github.qbank.core.baseline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.github.qbank.core.CheckListener;
import io.github.qbank.core.QbankException;
import io.github.qbank.core.check.CheckResult;
import io.github.qbank.core.check.Qbank;
import io.github.qbank.core.check.QbankConfig;
import io.github.qbank.core.links.LinkSettings;

/** A baseline accepts today's findings and keeps recognising them while the bank is edited around them. */
class BaselineTest {

    private static final String BANK = """
            # Bank

            ## 一、Basics

            - 1 first
            - 2 second
            - 8 third
            - 4 fourth

            ![diagram](img/absent.png)

            ## 二、Models

            - 1 alpha
            - 2 beta
            - 2 gamma

            ## 三、Training

            - 1 data
            - 2 loss

            See [the notes](notes/missing.md).

            ## 四、Serving

            - 1 latency
            - 2 batching
            """;

    @TempDir
    Path dir;

    private Path baselineFile() {
        return dir.resolve("qbank-baseline.json");
    }

    private CheckResult check(String readme) throws Exception {
        Files.writeString(dir.resolve("README.md"), readme);
        QbankConfig config = QbankConfig.builder(dir).baseline(baselineFile())
                .links(LinkSettings.builder(null).skip("not in tests").build()).build();
        return new Qbank().check(config, CheckListener.silent());
    }

    private CheckResult adopt(String readme) throws Exception {
        CheckResult all = check(readme);
        Baseline.write(baselineFile(), all.tracked());
        return all;
    }

    private static List<String> newOnes(CheckResult result) {
        return result.newFindings().stream().map(t -> t.finding().rule() + "@" + t.finding().line()).toList();
    }

    @Test
    void aBaselineSurvivesTwentySeededRandomEditsOfUnrelatedLines() throws Exception {
        CheckResult adopted = adopt(BANK);
        assertEquals(4, adopted.findings().size());
        Random random = new Random(14);
        List<String> lines = new ArrayList<>(Arrays.asList(BANK.split("\n", -1)));
        List<Integer> notes = new ArrayList<>();
        for (int edit = 1; edit <= 20; edit++) {
            if (!notes.isEmpty() && random.nextBoolean()) {
                int at = notes.get(random.nextInt(notes.size()));
                lines.set(at, lines.get(at) + " Edited in step " + edit + ".");
            } else {
                List<Integer> headings = new ArrayList<>();
                for (int i = 1; i < lines.size(); i++) {
                    if (lines.get(i).startsWith("## ")) {
                        headings.add(i);
                    }
                }
                int at = headings.get(random.nextInt(headings.size()));
                lines.add(at, "");
                lines.add(at, "A note written in step " + edit + ".");
                notes.replaceAll(n -> n >= at ? n + 2 : n);
                notes.add(at);
            }
            CheckResult result = check(String.join("\n", lines));
            assertEquals(List.of(), newOnes(result), "after edit " + edit + ":\n" + String.join("\n", lines));
            assertEquals(4, result.known());
            assertEquals(0, result.fixed());
            assertFalse(result.failed());
        }
        assertTrue(notes.size() >= 5, "the edits moved the findings: " + notes.size() + " notes inserted");
    }

    @Test
    void eachPlantedDefectIsNewAndAloneFailsTheBuild() throws Exception {
        adopt(BANK);
        assertEquals(List.of("missing-image@30"), newOnes(check(BANK + "\n![chart](img/chart.png)\n")));
        assertEquals(List.of("numbering@28"), newOnes(check(BANK.replace("- 2 batching", "- 5 batching"))));
        assertEquals(List.of("missing-local-file@25"),
                newOnes(check(BANK.replace("## 四、Serving", "See [more](notes/more.md).\n\n## 四、Serving"))));
        CheckResult planted = check(BANK + "\n![chart](img/chart.png)\n");
        assertTrue(planted.failed());
        assertEquals(4, planted.known());
    }

    @Test
    void aCopyOfAKnownDefectIsNew() throws Exception {
        adopt(BANK);
        CheckResult result = check(BANK + "\n![diagram](img/absent.png)\n");
        assertEquals(1, result.newFindings().size());
        assertEquals("missing-image", result.newFindings().get(0).finding().rule());
        assertEquals(4, result.known());
    }

    @Test
    void aMovedKnownDefectStaysKnown() throws Exception {
        adopt(BANK);
        String image = "![diagram](img/absent.png)\n\n";
        CheckResult result = check(BANK.replace(image, "") + "\n" + image);
        assertEquals(List.of(), newOnes(result));
        assertEquals(4, result.known());
        assertFalse(result.failed());
    }

    @Test
    void aFixedKnownDefectIsCountedAsFixed() throws Exception {
        adopt(BANK);
        CheckResult result = check(BANK.replace("- 8 third", "- 3 third"));
        assertEquals(3, result.known());
        assertEquals(1, result.fixed());
        assertEquals(List.of(), newOnes(result));
    }

    @Test
    void withoutABaselineFileEveryFindingIsNewAndFails() throws Exception {
        CheckResult result = check(BANK);
        assertEquals(4, result.newFindings().size());
        assertEquals(0, result.known());
        assertTrue(result.failed());
    }

    @Test
    void theFileIsSortedStableAndFreeOfLineNumbers() throws Exception {
        adopt(BANK);
        String first = Files.readString(baselineFile());
        adopt(BANK.replace("# Bank\n", "# Bank\n\nA new introduction.\n"));
        assertEquals(first, Files.readString(baselineFile()));
        CheckResult result = check(BANK);
        String fp = result.tracked().get(0).fingerprint();
        List<String> lines = first.lines().toList();
        assertEquals("{\"qbankBaseline\":1,\"findings\":[", lines.get(0));
        assertEquals("]}", lines.get(lines.size() - 1));
        assertEquals(6, lines.size());
        assertTrue(lines.get(1).startsWith("{\"file\":\"README.md\",\"rule\":\"missing-image\",\"fingerprint\":\""),
                lines.get(1));
        assertTrue(lines.get(2).startsWith("{\"file\":\"README.md\",\"rule\":\"missing-local-file\""), lines.get(2));
        assertTrue(lines.get(3).startsWith("{\"file\":\"README.md\",\"rule\":\"numbering\""), lines.get(3));
        assertTrue(lines.get(4).startsWith("{\"file\":\"README.md\",\"rule\":\"numbering\""), lines.get(4));
        assertTrue(lines.get(3).compareTo(lines.get(4)) < 0);
        assertTrue(first.contains(fp));
        assertFalse(first.contains("\"line\""));
        assertFalse(first.matches("(?s).*line \\d.*"), first);
    }

    @Test
    void aCorruptFileIsAnErrorNamingTheFileAndTheSetting() throws Exception {
        Files.writeString(baselineFile(), "{\"findings\": [ {\"rule\": ");
        QbankException e = assertThrows(QbankException.class, () -> check(BANK));
        assertEquals("baseline", e.setting());
        assertTrue(e.getMessage().startsWith("the baseline file " + baselineFile() + " is not a qbank baseline: it is"
                + " not JSON"), e.getMessage());
        Files.writeString(baselineFile(), "{\"findings\": [ {\"rule\": \"numbering\"} ]}");
        e = assertThrows(QbankException.class, () -> check(BANK));
        assertEquals("the baseline file " + baselineFile() + " is not a qbank baseline: a finding has no"
                + " \"fingerprint\"; write it again with mvn qbank:baseline", e.getMessage());
        Files.writeString(baselineFile(), "[]");
        e = assertThrows(QbankException.class, () -> check(BANK));
        assertEquals("the baseline file " + baselineFile() + " is not a qbank baseline: it has no \"findings\""
                + " list; write it again with mvn qbank:baseline", e.getMessage());
    }
}
