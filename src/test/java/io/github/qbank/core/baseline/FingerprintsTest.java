package io.github.qbank.core.baseline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.atomic.LongAdder;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.github.qbank.core.CheckListener;
import io.github.qbank.core.Finding;
import io.github.qbank.core.Message;
import io.github.qbank.core.Severity;
import io.github.qbank.core.check.CheckResult;
import io.github.qbank.core.check.Qbank;
import io.github.qbank.core.check.QbankConfig;
import io.github.qbank.core.links.LinkSettings;
import io.github.qbank.core.model.Bank;
import io.github.qbank.core.model.BankFile;
import io.github.qbank.core.model.OutlineNode;
import io.github.qbank.core.model.Suppressions;
import io.github.qbank.core.report.Reports;
import io.github.qbank.core.source.SourceText;

/** Fingerprints name a defect, not the line it is on. */
class FingerprintsTest {

    private static final String BANK = """
            # Bank

            ## 一、Basics

            - 1 first
            - 2 second
            - 8 third
            - 4 fourth

            ![diagram](img/absent.png)

            ## 二、More

            - 1 alpha
            - 2 beta
            """;

    @TempDir
    Path dir;

    private CheckResult check(String readme) throws Exception {
        Files.writeString(dir.resolve("README.md"), readme);
        QbankConfig config = QbankConfig.builder(dir).outputDirectory(dir.resolve("target/qbank"))
                .formats(List.of("json", "sarif"))
                .links(LinkSettings.builder(null).skip("not in tests").build()).build();
        CheckResult result = new Qbank().check(config, CheckListener.silent());
        Reports.write(result, config);
        return result;
    }

    /** rule and line of each finding, by fingerprint. */
    private static Map<String, String> byFingerprint(CheckResult result) {
        Map<String, String> out = new TreeMap<>();
        for (TrackedFinding t : result.tracked()) {
            out.put(t.fingerprint(), t.finding().rule() + "@" + t.finding().line());
        }
        return out;
    }

    @Test
    void linesInsertedAboveAFindingKeepItsFingerprint() throws Exception {
        Map<String, String> before = byFingerprint(check(BANK));
        assertEquals(2, before.size());
        Map<String, String> after = byFingerprint(check(BANK.replace("# Bank\n", "# Bank\n\nA note.\n\nAnother note.\n")));
        assertEquals(before.keySet(), after.keySet());
        for (String fp : before.keySet()) {
            int oldLine = Integer.parseInt(before.get(fp).replaceAll(".*@", ""));
            assertEquals(before.get(fp).replaceAll("@.*", "@") + (oldLine + 4), after.get(fp));
        }
    }

    @Test
    void aDefectMovedWithinTheFileKeepsItsFingerprint() throws Exception {
        String image = "![diagram](img/absent.png)\n\n";
        CheckResult before = check(BANK);
        CheckResult after = check(BANK.replace(image, "") + "\n" + image);
        assertEquals(byFingerprint(before).keySet(), byFingerprint(after).keySet());
        assertEquals("missing-image@15", byFingerprint(after).values().stream()
                .filter(v -> v.startsWith("missing-image")).findFirst().orElseThrow());
    }

    @Test
    void twoIdenticalDefectsHaveTwoFingerprints() throws Exception {
        CheckResult result = check(BANK + "\n![diagram](img/absent.png)\n");
        List<String> images = result.tracked().stream().filter(t -> t.finding().rule().equals("missing-image"))
                .map(TrackedFinding::fingerprint).toList();
        assertEquals(2, images.size());
        assertNotEquals(images.get(0), images.get(1));
    }

    @Test
    void aFingerprintIsSixteenHexDigitsOfSha256() throws Exception {
        for (TrackedFinding t : check(BANK).tracked()) {
            assertEquals(16, t.fingerprint().length());
            assertEquals(t.fingerprint(), t.fingerprint().replaceAll("[^0-9a-f]", ""));
        }
    }

    @Test
    void jsonAndSarifCarryTheSameFingerprintAndTheStatus() throws Exception {
        CheckResult result = check(BANK);
        ObjectMapper mapper = new ObjectMapper();
        JsonNode json = mapper.readTree(dir.resolve("target/qbank/qbank-report.json").toFile());
        JsonNode sarif = mapper.readTree(dir.resolve("target/qbank/qbank.sarif").toFile()).get("runs").get(0)
                .get("results");
        assertEquals(2, json.get("findings").size());
        for (int i = 0; i < result.tracked().size(); i++) {
            String fp = result.tracked().get(i).fingerprint();
            assertEquals(fp, json.get("findings").get(i).get("fingerprint").asText());
            assertEquals("new", json.get("findings").get(i).get("status").asText());
            assertEquals(fp, sarif.get(i).get("partialFingerprints").get("qbankFinding/v2").asText());
        }
    }

    @Test
    void whiteSpaceWithinTheLineIsCollapsedInAnyScript() throws Exception {
        Map<String, String> before = byFingerprint(check(BANK));
        Map<String, String> after = byFingerprint(check(BANK.replace("- 8 third", "- 8  \u3000third   ")));
        assertEquals(before, after);
    }

    @Test
    void theFingerprintIsTheHashOfRuleFileSubjectValuesAndOccurrence() throws Exception {
        TrackedFinding third = check(BANK).tracked().stream().filter(t -> t.finding().rule().equals("numbering"))
                .findFirst().orElseThrow();
        assertEquals("3", third.finding().expected());
        byte[] digest = MessageDigest.getInstance("SHA-256").digest(
                "numbering\u0000README.md\u0000- 8 third\u00003\u00008\u00000".getBytes(StandardCharsets.UTF_8));
        assertEquals(HexFormat.of().formatHex(digest).substring(0, 16), third.fingerprint(),
                "fingerprints in committed baselines stay valid");
    }

    @Test
    void manyFindingsOnOneLongLineHashTheLineOncePerRule() {
        long atN = bytesHashed(2_000);
        long at2N = bytesHashed(4_000);
        assertTrue(at2N <= 2.2 * atN, atN + " bytes hashed for 2,000 findings, " + at2N + " for 4,000");
    }

    /** Bytes hashed for n findings of one rule on one line of n links, as {@code [链接12](缺失12.md) } writes them. */
    private static long bytesHashed(int n) {
        StringBuilder line = new StringBuilder();
        List<Finding> findings = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            line.append("[链接").append(i).append("](缺失").append(i).append(".md) ");
            findings.add(new Finding("missing-local-file", Severity.ERROR, "README.md", 2, i + 1,
                    Message.of("local-target.link-target"), null, "缺失" + i + ".md"));
        }
        Path path = Path.of("bank", "README.md").toAbsolutePath();
        BankFile file = new BankFile("README.md", path, new SourceText("# 链接\n" + line + "\n"), OutlineNode.document(),
                List.of(), List.of(), Set.of(), new Suppressions(), List.of(), List.of());
        LongAdder hashed = new LongAdder();
        Fingerprints.of(findings, new Bank(path.getParent(), path.getParent(), List.of(file)), hashed);
        return hashed.sum();
    }
}
