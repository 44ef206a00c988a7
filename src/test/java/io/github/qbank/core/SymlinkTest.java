package io.github.qbank.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.github.qbank.core.check.CheckResult;
import io.github.qbank.core.check.Qbank;
import io.github.qbank.core.check.QbankConfig;
import io.github.qbank.core.report.Reports;

/**
 * Symbolic links committed into a bank never lead qbank out of the repository: a file or folder
 * outside is neither read nor probed, and the finding is the same whether the target exists or
 * not, so a pull request cannot learn what the CI machine holds.
 */
class SymlinkTest {

    @TempDir
    Path tmp;

    private Path bank;
    private Path outside;

    @BeforeEach
    void folders() throws IOException {
        bank = Files.createDirectories(tmp.resolve("bank"));
        outside = Files.createDirectories(tmp.resolve("outside"));
        Files.writeString(outside.resolve("secret.md"), "# Secret heading\n\nTOP-SECRET-TEXT\n\n- 1 q\n- 3 q\n");
        Files.writeString(outside.resolve("passwd"), "root:x:0:0\n");
        Files.createDirectories(outside.resolve("dir"));
    }

    /** Creates a symbolic link, or skips the test where the file system cannot make one. */
    private static void symlink(Path link, Path target) {
        try {
            Files.createSymbolicLink(link, target);
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            assumeTrue(false, "this file system cannot make symbolic links: " + e);
        }
    }

    private CheckResult check() throws Exception {
        QbankConfig config = Configs.offline(bank)
                .outputDirectory(tmp.resolve("reports"))
                .formats(List.of("html", "json", "sarif", "checkstyle"))
                .githubAnnotations(true)
                .build();
        CheckResult result = new Qbank().check(config, CheckListener.silent());
        Reports.write(result, config);
        return result;
    }

    private static List<String> lines(CheckResult result) {
        return result.findings().stream().map(f -> f.file() + ":" + f.line() + " " + f.rule() + " " + f.text())
                .toList();
    }

    private void assertNothingFromOutsideInTheReports() throws IOException {
        try (Stream<Path> s = Files.list(tmp.resolve("reports"))) {
            for (Path report : s.toList()) {
                String text = Files.readString(report);
                assertFalse(text.contains("TOP-SECRET-TEXT"), report + " shows text from outside the repository");
                assertFalse(text.contains("secret-heading"), report + " shows a heading from outside the repository");
                assertFalse(text.contains("passwd"), report + " names a file that exists outside the repository");
            }
        }
    }

    @Test
    void aMarkdownFileLinkedToAFileOutsideIsNotRead() throws Exception {
        symlink(bank.resolve("notes.md"), outside.resolve("secret.md"));
        symlink(bank.resolve("gone.md"), outside.resolve("no-such.md"));
        symlink(bank.resolve("folder.md"), outside.resolve("dir"));
        CheckResult result = check();
        assertEquals(List.of(
                "folder.md:1 unreadable-file folder.md is a symbolic link that points outside the repository;"
                        + " nothing in it was checked",
                "gone.md:1 unreadable-file gone.md is a symbolic link that points outside the repository;"
                        + " nothing in it was checked",
                "notes.md:1 unreadable-file notes.md is a symbolic link that points outside the repository;"
                        + " nothing in it was checked"), lines(result));
        assertNothingFromOutsideInTheReports();
    }

    @Test
    void aChainOfLinksThatEndsOutsideIsCaughtAtTheLinkThatLeaves() throws Exception {
        Files.createDirectories(bank.resolve("inner"));
        symlink(bank.resolve("inner/hop.md"), Path.of("../../outside/secret.md"));
        symlink(bank.resolve("first.md"), Path.of("inner/hop.md"));
        CheckResult result = check();
        assertEquals(List.of(
                "first.md:1 unreadable-file first.md is a symbolic link that points outside the repository;"
                        + " nothing in it was checked",
                "inner/hop.md:1 unreadable-file inner/hop.md is a symbolic link that points outside the repository;"
                        + " nothing in it was checked"), lines(result));
        assertNothingFromOutsideInTheReports();
    }

    @Test
    void linksThroughAFolderLinkedOutsideGiveOneFindingWhetherTheTargetExistsOrNot() throws Exception {
        symlink(bank.resolve("etc"), outside);
        Files.writeString(bank.resolve("README.md"), String.join("\n",
                "# Links",
                "",
                "[exists, other case](etc/PASSWD)",
                "[exists](etc/passwd)",
                "[does not exist](etc/nothing)",
                "![image](etc/passwd)",
                "[absolute path](/etc/passwd)",
                "[absolute, missing](/etc/nothing)",
                "[with anchor](etc/secret.md#secret-headin)",
                "[folder](etc/dir/)",
                "[folder in other case](ETC/passwd)",
                ""));
        CheckResult result = check();
        String tail = " points outside the repository, where readers of the bank cannot follow it";
        assertEquals(List.of(
                "README.md:3 missing-local-file link target etc/PASSWD" + tail,
                "README.md:4 missing-local-file link target etc/passwd" + tail,
                "README.md:5 missing-local-file link target etc/nothing" + tail,
                "README.md:6 missing-image image etc/passwd" + tail,
                "README.md:7 missing-local-file link target /etc/passwd" + tail,
                "README.md:8 missing-local-file link target /etc/nothing" + tail,
                "README.md:9 missing-local-file link target etc/secret.md" + tail,
                "README.md:10 missing-local-file link target etc/dir/" + tail,
                "README.md:11 missing-local-file link target ETC/passwd" + tail), lines(result));
    }

    @Test
    void anAnchorIntoAFileLinkedOutsideRevealsNoHeading() throws Exception {
        symlink(bank.resolve("notes.md"), outside.resolve("secret.md"));
        Files.writeString(bank.resolve("README.md"), "# Index\n\n[near miss](notes.md#secret-headin)\n");
        CheckResult result = check();
        assertEquals(List.of(
                "README.md:3 missing-local-file link target notes.md points outside the repository, where readers of"
                        + " the bank cannot follow it",
                "notes.md:1 unreadable-file notes.md is a symbolic link that points outside the repository;"
                        + " nothing in it was checked"), lines(result));
        assertNothingFromOutsideInTheReports();
    }

    @Test
    void linksThatStayInsideTheRepositoryStillWork() throws Exception {
        Path repo = tmp.resolve("repo");
        Files.createDirectories(repo.resolve(".git/objects"));
        Files.createDirectories(repo.resolve(".git/refs"));
        Files.writeString(repo.resolve(".git/HEAD"), "ref: refs/heads/main\n");
        Files.createDirectories(repo.resolve("shared"));
        Files.writeString(repo.resolve("shared/common.md"), "# Common\n\n## Part\n");
        bank = Files.createDirectories(repo.resolve("docs"));
        Files.writeString(bank.resolve("real.md"), "# Real\n\n## Heading\n");
        symlink(bank.resolve("alias.md"), Path.of("real.md"));
        symlink(bank.resolve("common.md"), Path.of("../shared/common.md"));
        symlink(bank.resolve("sub"), Path.of("../shared"));
        Files.writeString(bank.resolve("README.md"), String.join("\n",
                "# Index",
                "",
                "[alias](alias.md#heading)",
                "[alias, bad anchor](alias.md#headin)",
                "[through a folder link](sub/common.md)",
                "[linked file](common.md#part)",
                ""));
        CheckResult result = check();
        assertEquals(List.of("README.md:4 broken-anchor anchor #headin in alias.md matches no heading;"
                + " did you mean #heading?"), lines(result));
    }

    @Test
    void reportsAreNotWrittenThroughACommittedLinkThatLeavesTheRepository() throws Exception {
        Path elsewhere = Files.createDirectories(outside.resolve("elsewhere"));
        symlink(bank.resolve("target"), elsewhere);
        Files.writeString(bank.resolve("README.md"), "# Bank\n\n![x](gone.png)\n");
        QbankConfig config = Configs.offline(bank).outputDirectory(bank.resolve("target/qbank")).build();
        CheckResult result = new Qbank().check(config, CheckListener.silent());
        QbankException e = org.junit.jupiter.api.Assertions.assertThrows(QbankException.class,
                () -> Reports.write(result, config));
        assertEquals("outputDirectory", e.setting());
        assertEquals("the report directory target/qbank is in the repository, but a symbolic link on its way leads"
                + " out of it; qbank does not write there (an outputDirectory outside the repository is used as"
                + " given)", e.getMessage());
        try (Stream<Path> s = Files.list(elsewhere)) {
            assertEquals(List.of(), s.toList(), "nothing written outside the repository");
        }
    }

    @Test
    void theLinkCacheIsNotWrittenThroughACommittedLinkThatLeavesTheRepository() throws Exception {
        symlink(bank.resolve("target"), outside.resolve("dir"));
        Files.writeString(bank.resolve("README.md"), "# Bank\n\n[web](https://example.invalid/)\n");
        QbankConfig config = QbankConfig.builder(bank)
                .links(io.github.qbank.core.links.LinkSettings.builder(bank.resolve("target/qbank/link-cache.json"))
                        .build())
                .build();
        Qbank qbank = new Qbank(io.github.qbank.core.rules.RuleRegistry.standard(),
                (c, l) -> io.github.qbank.core.links.LinkChecker.skipping("no network in tests"));
        QbankException e = org.junit.jupiter.api.Assertions.assertThrows(QbankException.class,
                () -> qbank.check(config, CheckListener.silent()));
        assertEquals("links.cache", e.setting());
        assertTrue(e.getMessage().startsWith("the link cache target/qbank/link-cache.json is in the repository, but a"
                + " symbolic link on its way leads out of it"), e.getMessage());
    }

    @Test
    void theModelCacheIsNotWrittenThroughACommittedLinkThatLeavesTheRepository() throws Exception {
        Path elsewhere = Files.createDirectories(outside.resolve("elsewhere"));
        symlink(bank.resolve("target"), elsewhere);
        Files.writeString(bank.resolve("README.md"), "# Bank\n\n- 1 q\n");
        QbankConfig config = Configs.offline(bank).outputDirectory(tmp.resolve("reports"))
                .cacheDirectory(bank.resolve("target/qbank/cache")).build();
        QbankException e = org.junit.jupiter.api.Assertions.assertThrows(QbankException.class,
                () -> new Qbank().check(config, CheckListener.silent()));
        assertEquals("cacheDirectory", e.setting());
        assertEquals("the model cache target/qbank/cache is in the repository, but a symbolic link on its way leads"
                + " out of it; qbank does not write there (a cache directory outside the repository is used as"
                + " given)", e.getMessage());
        try (Stream<Path> s = Files.list(elsewhere)) {
            assertEquals(List.of(), s.toList(), "nothing written outside the repository");
        }
    }
}
