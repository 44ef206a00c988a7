package io.github.qbank.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.github.qbank.core.check.CheckResult;
import io.github.qbank.core.check.Qbank;
import io.github.qbank.core.check.QbankConfig;

/**
 * The model cache ({@code qbank.cacheDirectory}): an unchanged file is not parsed again, a changed
 * one is, and findings are the same with the cache, without it, and from a cache that cannot be
 * trusted. Counts come from the line the check logs ({@code … N parsed, M from the model cache}).
 */
class ModelCacheTest {

    @TempDir
    Path tmp;

    private Path copyExampleBank() throws IOException {
        Path project = tmp.resolve("project");
        Path from = Path.of("examples/bank");
        try (Stream<Path> files = Files.walk(from)) {
            for (Path p : files.toList()) {
                Path to = project.resolve("bank").resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(p, to);
                }
            }
        }
        return project;
    }

    private QbankConfig.Builder config(Path project) {
        return Configs.offline(project).includes(List.of("bank/**/*.md")).outputDirectory(tmp.resolve("out"))
                .cacheDirectory(tmp.resolve("cache"));
    }

    private record Run(List<Finding> findings, List<String> lines) {
        /** The one line about the cache. */
        String cacheLine() {
            return lines.stream().filter(l -> l.contains("from the model cache")).findFirst().orElse("none");
        }

        List<String> warnings() {
            return lines.stream().filter(l -> l.startsWith("WARN")).toList();
        }
    }

    private static Run check(QbankConfig config) throws QbankException {
        RecordingListener listener = new RecordingListener();
        CheckResult result = new Qbank().check(config, listener);
        return new Run(result.findings(), listener.lines());
    }

    private List<Path> entries() throws IOException {
        try (Stream<Path> files = Files.list(tmp.resolve("cache"))) {
            return files.filter(p -> p.toString().endsWith(".qbf")).sorted().toList();
        }
    }

    @Test
    void aSecondCheckOfAnUnchangedBankParsesNoFileAndFindsTheSame() throws Exception {
        Path project = copyExampleBank();
        List<Finding> uncached = check(Configs.offline(project).includes(List.of("bank/**/*.md"))
                .outputDirectory(tmp.resolve("out")).build()).findings();

        Run cold = check(config(project).build());
        Run warm = check(config(project).build());

        assertEquals("INFO qbank: 9 file(s): 9 parsed, 0 from the model cache", cold.cacheLine());
        assertEquals("INFO qbank: 9 file(s): 0 parsed, 9 from the model cache", warm.cacheLine());
        assertEquals(14, uncached.size());
        assertEquals(uncached, cold.findings());
        assertEquals(uncached, warm.findings());
        assertEquals(List.of(), warm.warnings());
        assertEquals(9, entries().size());
    }

    @Test
    void aChangedFileAloneIsParsedAgain() throws Exception {
        Path project = copyExampleBank();
        check(config(project).build());
        Path java = project.resolve("bank/chapters/java.md");
        Files.writeString(java, Files.readString(java) + "\n## 新的一节\n\n- 1 新问题\n", StandardCharsets.UTF_8);

        Run changed = check(config(project).build());

        assertEquals("INFO qbank: 9 file(s): 1 parsed, 8 from the model cache", changed.cacheLine());
        assertEquals(check(Configs.offline(project).includes(List.of("bank/**/*.md"))
                .outputDirectory(tmp.resolve("out")).build()).findings(), changed.findings());
        assertEquals(9, entries().size(), "the entry of the old content is removed");
    }

    @Test
    void aMovedFileIsParsedAgainAndRemovedFilesLeaveNoEntry() throws Exception {
        Path project = copyExampleBank();
        check(config(project).build());
        Files.move(project.resolve("bank/answers/java.md"), project.resolve("bank/answers/java-answers.md"));
        Files.delete(project.resolve("bank/answers/attention.md"));

        Run moved = check(config(project).build());

        assertEquals("INFO qbank: 8 file(s): 1 parsed, 7 from the model cache", moved.cacheLine());
        assertEquals(8, entries().size());
    }

    @Test
    void otherSettingsThatShapeTheModelParseEveryFileAgain() throws Exception {
        Path project = copyExampleBank();
        check(config(project).build());

        Run other = check(config(project).answerLinkPattern("Answer|答案|Solution").build());

        assertEquals("INFO qbank: 9 file(s): 9 parsed, 0 from the model cache", other.cacheLine());
        assertTrue(other.lines().contains("INFO qbank: the settings that shape the models changed since the last"
                + " check; every file is parsed again"), other.lines().toString());
        assertEquals(List.of(), other.warnings());
    }

    @Test
    void corruptEntriesAreNeverTrustedAndGiveOneWarning() throws Exception {
        Path project = copyExampleBank();
        List<Finding> expected = check(config(project).build()).findings();
        List<Path> entries = entries();
        // one entry cut short, one with a byte flipped, one replaced by text, one emptied
        byte[] first = Files.readAllBytes(entries.get(0));
        Files.write(entries.get(0), java.util.Arrays.copyOf(first, first.length / 2));
        byte[] second = Files.readAllBytes(entries.get(1));
        second[second.length / 2] ^= 0x20;
        Files.write(entries.get(1), second);
        Files.writeString(entries.get(2), "not a model");
        Files.write(entries.get(3), new byte[0]);

        Run run = check(config(project).build());

        assertEquals("INFO qbank: 9 file(s): 4 parsed, 5 from the model cache", run.cacheLine());
        assertEquals(1, run.warnings().size(), run.warnings().toString());
        assertTrue(run.warnings().get(0).startsWith("WARN qbank: 4 entries of the model cache in "),
                run.warnings().get(0));
        assertEquals(expected, run.findings());
        Run repaired = check(config(project).build());
        assertEquals("INFO qbank: 9 file(s): 0 parsed, 9 from the model cache", repaired.cacheLine());
        assertEquals(List.of(), repaired.warnings());
    }

    /**
     * An unchanged file is taken as the last check kept it: cut down to its sections, with the
     * reports of the rules that judge a file alone, one entry per file; no whole model is stored.
     */
    @Test
    void aCheckKeepsOneEntryPerFileCutDown() throws Exception {
        Path project = copyExampleBank();
        List<Finding> expected = check(config(project).build()).findings();
        try (Stream<Path> files = Files.list(tmp.resolve("cache"))) {
            assertEquals(List.of(), files.filter(p -> p.toString().endsWith(".qbm")).toList());
        }
        assertEquals(9, entries().size());

        Run warm = check(config(project).build());

        assertEquals("INFO qbank: 9 file(s): 0 parsed, 9 from the model cache", warm.cacheLine());
        assertEquals(List.of(), warm.warnings());
        assertEquals(expected, warm.findings());
    }

    /**
     * A rule that judges a file alone and was off in the last check has no reports stored: the
     * files are parsed again and the rule runs; the next check takes them from the cache again.
     */
    @Test
    void aRuleSwitchedOnSinceTheLastCheckHasEveryFileParsedOnce() throws Exception {
        Path project = copyExampleBank();
        List<Finding> expected = check(Configs.offline(project).includes(List.of("bank/**/*.md"))
                .outputDirectory(tmp.resolve("out")).build()).findings();
        assertTrue(expected.stream().anyMatch(f -> f.rule().equals("numbering")), expected.toString());
        check(config(project).severity("numbering", Severity.OFF).build());

        Run on = check(config(project).build());

        assertEquals("INFO qbank: 9 file(s): 9 parsed, 0 from the model cache", on.cacheLine());
        assertEquals(expected, on.findings());
        Run again = check(config(project).build());
        assertEquals("INFO qbank: 9 file(s): 0 parsed, 9 from the model cache", again.cacheLine());
        assertEquals(expected, again.findings());
    }

    /**
     * {@code qbank:fix} reads whole outlines: it keeps whole models beside the check's entries,
     * and leaves what the check keeps as it was.
     */
    @Test
    void wholeOutlinesKeepWholeModelsBesideTheChecksEntries() throws Exception {
        Path project = copyExampleBank();
        List<Finding> expected = check(config(project).build()).findings();

        Run whole = checkWhole(config(project).build());
        Run wholeAgain = checkWhole(config(project).build());
        Run cutDown = check(config(project).build());

        assertEquals("INFO qbank: 9 file(s): 9 parsed, 0 from the model cache", whole.cacheLine());
        assertEquals("INFO qbank: 9 file(s): 0 parsed, 9 from the model cache", wholeAgain.cacheLine());
        assertEquals(expected, whole.findings());
        assertEquals(expected, wholeAgain.findings());
        assertEquals("INFO qbank: 9 file(s): 0 parsed, 9 from the model cache", cutDown.cacheLine());
        assertEquals(expected, cutDown.findings());
        assertEquals(List.of(), cutDown.warnings());
    }

    private static Run checkWhole(QbankConfig config) throws QbankException {
        RecordingListener listener = new RecordingListener();
        CheckResult result = new Qbank().check(config, listener, io.github.qbank.core.baseline.Baseline.empty(),
                Qbank.Outlines.WHOLE);
        return new Run(result.findings(), listener.lines());
    }

    /**
     * An entry whose checksum holds but whose cut-down file does not read back (as a bug in a
     * former release could have written it) is not trusted either.
     */
    @Test
    void aCutDownFileThatDoesNotReadBackIsNotTrusted() throws Exception {
        Path project = copyExampleBank();
        List<Finding> expected = check(config(project).build()).findings();
        for (Path p : entries()) {
            byte[] bytes = Files.readAllBytes(p);
            int last = bytes.length - 9; // the last byte before the checksum: the end of the cut-down file
            bytes[last] |= (byte) 0x80; // a number that goes on past the end
            java.util.zip.CRC32 crc = new java.util.zip.CRC32();
            crc.update(bytes, 0, bytes.length - 8);
            java.nio.ByteBuffer.wrap(bytes, bytes.length - 8, 8).putLong(crc.getValue());
            Files.write(p, bytes);
        }

        Run run = check(config(project).build());

        assertEquals("INFO qbank: 9 file(s): 9 parsed, 0 from the model cache", run.cacheLine());
        assertEquals(1, run.warnings().size(), run.warnings().toString());
        assertTrue(run.warnings().get(0).startsWith("WARN qbank: 9 entries of the model cache in "),
                run.warnings().get(0));
        assertEquals(expected, run.findings());
        Run repaired = check(config(project).build());
        assertEquals("INFO qbank: 9 file(s): 0 parsed, 9 from the model cache", repaired.cacheLine());
        assertEquals(List.of(), repaired.warnings());
    }

    @Test
    void aCacheWrittenByAnotherVersionIsIgnoredWithOneWarning() throws Exception {
        Path project = copyExampleBank();
        List<Finding> expected = check(config(project).build()).findings();
        Path manifest = tmp.resolve("cache/qbank-cache.properties");
        List<String> lines = new ArrayList<>();
        for (String line : Files.readAllLines(manifest)) {
            lines.add(line.startsWith("version=") ? "version=0.0.1" : line);
        }
        Files.write(manifest, lines);

        Run run = check(config(project).build());

        assertEquals("INFO qbank: 9 file(s): 9 parsed, 0 from the model cache", run.cacheLine());
        assertEquals(1, run.warnings().size(), run.warnings().toString());
        assertTrue(run.warnings().get(0).contains("was written by another version of qbank (0.0.1, format 3)"),
                run.warnings().get(0));
        assertEquals(expected, run.findings());
        assertEquals("INFO qbank: 9 file(s): 0 parsed, 9 from the model cache", check(config(project).build()).cacheLine());
    }

    /**
     * The rules that depend on the answer convention judge a file under both while it is read, and
     * the cache keeps both: when another file's change flips the bank from linked answers to
     * answers in place and back, an unchanged file's findings follow from the cache.
     */
    @Test
    void anUnchangedFileFollowsTheBanksAnswerConventionFromTheCache() throws Exception {
        Path project = tmp.resolve("flip");
        Files.createDirectories(project.resolve("bank"));
        Files.writeString(project.resolve("bank/a.md"), """
                # A

                ## 一、线程

                - 什么是线程？
                - 什么是线程？
                """);
        String linked = """
                # B

                ## 一、进程

                - 什么是进程？
                  - [答案](https://example.com/1)

                ## 二、内存

                - 什么是堆？
                  - [答案](https://example.com/2)

                ## 三、锁

                - 什么是锁？
                  - [答案](https://example.com/3)
                """;
        String inPlace = linked.replaceAll("\\[答案\\]\\(https://example.com/\\d\\)", "在原地作答");
        QbankConfig cached = config(project).build();
        QbankConfig plain = Configs.offline(project).includes(List.of("bank/**/*.md")).outputDirectory(tmp.resolve("out"))
                .build();
        List<String> conventions = new ArrayList<>();
        List<String> cacheLines = new ArrayList<>();
        List<List<String>> onA = new ArrayList<>();
        for (String b : List.of(linked, inPlace, linked)) {
            Files.writeString(project.resolve("bank/b.md"), b);
            CheckResult fresh = new Qbank().check(plain, new RecordingListener());
            conventions.add(fresh.answers().id());
            onA.add(fresh.findings().stream().filter(f -> f.file().equals("bank/a.md")).map(Finding::rule).toList());
            Run warm = check(cached);
            cacheLines.add(warm.cacheLine());
            assertEquals(fresh.findings(), warm.findings(), b);
        }
        assertEquals(List.of("linked", "in-place", "linked"), conventions);
        assertEquals(List.of(List.of("missing-answer-link", "duplicate-question"), List.of(),
                List.of("missing-answer-link", "duplicate-question")), onA);
        assertEquals(List.of("INFO qbank: 2 file(s): 2 parsed, 0 from the model cache",
                "INFO qbank: 2 file(s): 1 parsed, 1 from the model cache",
                "INFO qbank: 2 file(s): 1 parsed, 1 from the model cache"), cacheLines);
    }

    @Test
    void withoutACacheDirectoryNothingIsCachedOrSaid() throws Exception {
        Path project = copyExampleBank();
        Run run = check(Configs.offline(project).includes(List.of("bank/**/*.md")).outputDirectory(tmp.resolve("out"))
                .build());
        assertEquals("none", run.cacheLine());
        assertTrue(Files.notExists(tmp.resolve("cache")));
    }

    /** Every fixture of every rule, suppressions included: the same findings from models read back. */
    @Test
    void fixturesFindTheSameFromTheCache() throws Exception {
        Path fixtures = Path.of("src/test/resources/fixtures");
        QbankConfig plain = Configs.offline(fixtures).outputDirectory(tmp.resolve("out")).build();
        QbankConfig cached = Configs.offline(fixtures).outputDirectory(tmp.resolve("out"))
                .cacheDirectory(tmp.resolve("cache")).build();
        List<Finding> expected = check(plain).findings();
        check(cached);
        Run warm = check(cached);
        assertTrue(warm.cacheLine().contains(" 0 parsed"), warm.cacheLine());
        assertEquals(expected, warm.findings());
    }

    @Test
    void theReferenceBankFindsTheSameFromTheCache() throws Exception {
        Path bank = Path.of(System.getProperty("qbank.sharedDir", "../shared"), "corpus", "llm-interview");
        assumeTrue(Files.isRegularFile(bank.resolve("README.md")), "the reference bank is not at " + bank);
        QbankConfig plain = Configs.offline(bank).includes(List.of("README.md")).outputDirectory(tmp.resolve("out"))
                .build();
        QbankConfig cached = Configs.offline(bank).includes(List.of("README.md")).outputDirectory(tmp.resolve("out"))
                .cacheDirectory(tmp.resolve("cache")).build();
        List<Finding> expected = check(plain).findings();
        assertEquals(expected, check(cached).findings());
        Run warm = check(cached);
        assertEquals("INFO qbank: 1 file(s): 0 parsed, 1 from the model cache", warm.cacheLine());
        assertEquals(expected, warm.findings());
    }
}
