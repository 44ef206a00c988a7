package io.github.qbank.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import io.github.qbank.core.check.CheckResult;
import io.github.qbank.core.check.Qbank;
import io.github.qbank.core.check.QbankConfig;
import io.github.qbank.core.report.Reports;

/**
 * Every file a check reads from the project besides the bank passes one gate: a committed baseline,
 * {@code .gitignore}, {@code .git/info/exclude} or model-cache manifest that is a symbolic link out
 * of the repository, a device or too large is not read, with one warning naming the parameter; the
 * log and the reports show nothing of what is outside, and a link to {@code /dev/zero} is never read.
 */
class ProjectFilesTest {

    private static final String SECRET = "ghp_FAKE0123456789abcdefghijklmnopqrstuv";

    @TempDir
    Path tmp;

    private Path repository;
    private Path outside;
    private final RecordingListener listener = new RecordingListener();

    @BeforeEach
    void folders() throws IOException {
        repository = Files.createDirectories(tmp.resolve("repository"));
        // a repository as GitDirectory recognises it
        Files.createDirectories(repository.resolve(".git/objects"));
        Files.createDirectories(repository.resolve(".git/refs"));
        Files.writeString(repository.resolve(".git/HEAD"), "ref: refs/heads/main\n");
        outside = Files.createDirectories(tmp.resolve("outside"));
        Files.writeString(outside.resolve("hosts.yml"), SECRET + "\n");
        Files.writeString(repository.resolve("README.md"), "# Bank\n\n- 1 first\n- 3 third\n");
    }

    private static void symlink(Path link, Path target) {
        try {
            Files.createSymbolicLink(link, target);
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            assumeTrue(false, "this file system cannot make symbolic links: " + e);
        }
    }

    private QbankConfig.Builder config() {
        return Configs.offline(repository)
                .baseline(repository.resolve("qbank-baseline.json"))
                .outputDirectory(tmp.resolve("reports"))
                .formats(List.of("html", "json", "sarif", "checkstyle"))
                .githubAnnotations(true);
    }

    private CheckResult check(QbankConfig config) throws Exception {
        CheckResult result = new Qbank().check(config, listener);
        Reports.write(result, config);
        return result;
    }

    private List<String> warnings() {
        return listener.lines().stream().filter(l -> l.startsWith("WARN ")).toList();
    }

    private List<String> newFindings(CheckResult result) {
        return result.newFindings().stream().map(t -> t.finding().rule() + "@" + t.finding().line()).toList();
    }

    private void assertTheSecretIsNowhere() throws IOException {
        for (String line : listener.lines()) {
            assertFalse(line.contains("ghp_FAKE"), "the log shows what is outside: " + line);
        }
        try (Stream<Path> s = Files.walk(tmp.resolve("reports"))) {
            for (Path report : s.filter(Files::isRegularFile).toList()) {
                assertFalse(Files.readString(report).contains("ghp_FAKE"), report + " shows what is outside");
            }
        }
    }

    @Test
    void aBaselineLinkedToASecretOutsideIsNotReadAndCountsAsAbsent() throws Exception {
        symlink(repository.resolve("qbank-baseline.json"), outside.resolve("hosts.yml"));
        CheckResult result = check(config().build());
        assertEquals(List.of("WARN qbank: ignoring qbank-baseline.json (qbank.baseline): a symbolic link on its way"
                + " leads out of the repository; it is treated as absent, so every finding counts as new"), warnings());
        assertEquals(List.of("numbering@4"), newFindings(result));
        assertTrue(result.failed(), "without its baseline the build does not pass silently");
        assertTheSecretIsNowhere();
    }

    @Test
    void aBaselineLinkedOutsideGivesTheSameWarningWhetherTheTargetExistsOrNot() throws Exception {
        symlink(repository.resolve("qbank-baseline.json"), outside.resolve("no-such-file"));
        check(config().build());
        assertEquals(List.of("WARN qbank: ignoring qbank-baseline.json (qbank.baseline): a symbolic link on its way"
                + " leads out of the repository; it is treated as absent, so every finding counts as new"), warnings());
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void aBaselineLinkedToDevZeroIsNeverRead() throws Exception {
        Path zero = Path.of("/dev/zero");
        assumeTrue(Files.exists(zero), "no /dev/zero here");
        symlink(repository.resolve("qbank-baseline.json"), zero);
        CheckResult result = check(config().build());
        assertEquals(List.of("WARN qbank: ignoring qbank-baseline.json (qbank.baseline): a symbolic link on its way"
                + " leads out of the repository; it is treated as absent, so every finding counts as new"), warnings());
        assertEquals(List.of("numbering@4"), newFindings(result));
    }

    @Test
    void aBaselineAboveTheSizeLimitIsRefusedByItsSize() throws Exception {
        try (RandomAccessFile f = new RandomAccessFile(repository.resolve("qbank-baseline.json").toFile(), "rw")) {
            f.setLength(64L * 1024 * 1024 + 1); // sparse: takes no room on disk
        }
        CheckResult result = check(config().build());
        assertEquals(List.of("WARN qbank: ignoring qbank-baseline.json (qbank.baseline): it is larger than 64 MiB;"
                + " it is treated as absent, so every finding counts as new"), warnings());
        assertEquals(List.of("numbering@4"), newFindings(result));
    }

    @Test
    void aCorruptBaselineIsStillAnErrorThatQuotesNothingOfIt() throws Exception {
        Files.writeString(repository.resolve("qbank-baseline.json"), SECRET);
        QbankException e = assertThrows(QbankException.class, () -> check(config().build()));
        assertEquals("baseline", e.setting());
        assertEquals("the baseline file " + repository.resolve("qbank-baseline.json") + " is not a qbank baseline:"
                + " it is not JSON (line 1, column 1); write it again with mvn"
                + " qbank:baseline", e.getMessage());
        assertEquals(null, e.getCause(), "the parser's message, which quotes the file, is not passed on");
    }

    @Test
    void aGitignoreLinkedOutsideIgnoresNothingWhetherTheTargetExistsOrNot() throws Exception {
        Files.writeString(outside.resolve("ignore"), "README.md\n");
        Files.createDirectories(repository.resolve("chapters"));
        Files.writeString(repository.resolve("chapters/one.md"), "# One\n");
        symlink(repository.resolve(".gitignore"), outside.resolve("ignore"));
        symlink(repository.resolve("chapters/.gitignore"), outside.resolve("no-such-file"));
        CheckResult result = check(config().build());
        assertEquals(List.of(
                "WARN qbank: ignoring .gitignore (qbank.respectGitignore): a symbolic link on its way leads out of"
                        + " the repository; it ignores nothing",
                "WARN qbank: ignoring chapters/.gitignore (qbank.respectGitignore): a symbolic link on its way leads"
                        + " out of the repository; it ignores nothing"),
                warnings().stream().sorted().toList());
        assertEquals(List.of("README.md", "chapters/one.md"),
                result.bank().files().stream().map(f -> f.relativePath()).sorted().toList());
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void aGitignoreLinkedToDevZeroIsNeverRead() throws Exception {
        Path zero = Path.of("/dev/zero");
        assumeTrue(Files.exists(zero), "no /dev/zero here");
        symlink(repository.resolve(".gitignore"), zero);
        CheckResult result = check(config().build());
        assertEquals(List.of("WARN qbank: ignoring .gitignore (qbank.respectGitignore): a symbolic link on its way"
                + " leads out of the repository; it ignores nothing"), warnings());
        assertEquals(List.of("numbering@4"), newFindings(result));
    }

    @Test
    void aGitignoreThatIsAFolderIsNotRead() throws Exception {
        Files.createDirectories(repository.resolve(".gitignore"));
        check(config().build());
        assertEquals(List.of("WARN qbank: ignoring .gitignore (qbank.respectGitignore): it is not a regular file;"
                + " it ignores nothing"), warnings());
    }

    @Test
    void anInfoExcludeLinkedOutsideIgnoresNothing() throws Exception {
        Files.writeString(outside.resolve("exclude"), "README.md\n");
        Files.createDirectories(repository.resolve(".git/info"));
        symlink(repository.resolve(".git/info/exclude"), outside.resolve("exclude"));
        CheckResult result = check(config().build());
        assertEquals(List.of("WARN qbank: ignoring .git/info/exclude (qbank.respectGitignore): a symbolic link on its"
                + " way leads out of the repository; it ignores nothing"), warnings());
        assertEquals(List.of("numbering@4"), newFindings(result));
    }

    @Test
    void aSiteRootLinkedOutsideIsRefusedTheSameWhetherTheTargetExistsOrNot() throws Exception {
        Files.createDirectories(outside.resolve("site"));
        symlink(repository.resolve("docs"), outside.resolve("site"));
        symlink(repository.resolve("gone"), outside.resolve("no-such-folder"));
        QbankException exists = assertThrows(QbankException.class, () -> config().siteRoot("docs").build());
        QbankException absent = assertThrows(QbankException.class, () -> config().siteRoot("gone").build());
        assertEquals("siteRoot", exists.setting());
        assertEquals("'docs' is not a folder of the project " + repository + " (a symbolic link on its way leads out"
                + " of the repository); give the folder that / refers to on the site, relative to the project, e.g."
                + " docs", exists.getMessage());
        assertEquals(exists.getMessage().replace("'docs'", "'gone'"), absent.getMessage());
        assertFalse(exists.getMessage().contains(outside.toString()), exists.getMessage());
    }

    @Test
    void aSiteRootLinkedInsideStillWorks() throws Exception {
        Files.createDirectories(repository.resolve("site/guide"));
        Files.writeString(repository.resolve("site/guide/README.md"), "# Guide\n");
        symlink(repository.resolve("docs"), Path.of("site"));
        Files.writeString(repository.resolve("README.md"), "# Bank\n\n[guide](/guide/)\n");
        CheckResult result = check(config().siteRoot("docs").build());
        assertEquals(List.of(), newFindings(result));
        assertEquals(List.of(), warnings());
    }

    @Test
    void aModelCacheManifestLinkedOutsideIsNotRead() throws Exception {
        Files.writeString(outside.resolve("manifest"), "format=3\nversion=" + SECRET + "\n");
        Files.createDirectories(repository.resolve("target/qbank/cache"));
        symlink(repository.resolve("target/qbank/cache/qbank-cache.properties"), outside.resolve("manifest"));
        CheckResult result = check(config().cacheDirectory(repository.resolve("target/qbank/cache")).build());
        assertEquals(List.of("WARN qbank: ignoring target/qbank/cache/qbank-cache.properties (qbank.cacheDirectory):"
                + " a symbolic link on its way leads out of the repository; the model cache is ignored and every file"
                + " is parsed again"), warnings());
        assertEquals(List.of("numbering@4"), newFindings(result));
        assertTheSecretIsNowhere();
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void modelCacheEntriesLinkedToDevZeroAreNeverRead() throws Exception {
        Path zero = Path.of("/dev/zero");
        assumeTrue(Files.exists(zero), "no /dev/zero here");
        Path cache = repository.resolve("target/qbank/cache");
        QbankConfig config = config().cacheDirectory(cache).build();
        check(config);
        List<Path> entries;
        try (Stream<Path> s = Files.list(cache)) {
            entries = s.filter(p -> p.getFileName().toString().matches("[0-9a-f]{64}\\.qb[mf]")).toList();
        }
        assertFalse(entries.isEmpty(), "the first check stored entries");
        for (Path entry : entries) {
            Files.delete(entry);
            symlink(entry, zero);
        }
        CheckResult result = check(config);
        assertEquals(List.of("WARN qbank: 1 entry of the model cache in " + cache + " could not be trusted (first:"
                + " README.md: a symbolic link on its way leads out of the repository); those files were parsed"
                + " again"), warnings());
        assertEquals(List.of("numbering@4"), newFindings(result));
    }
}
