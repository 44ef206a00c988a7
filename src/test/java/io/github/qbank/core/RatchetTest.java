package io.github.qbank.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.eclipse.jgit.api.Git;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.github.qbank.core.check.CheckResult;
import io.github.qbank.core.check.Qbank;
import io.github.qbank.core.git.JGitChangedFiles;
import io.github.qbank.core.report.ConsoleReport;

/** {@code qbank.ratchetFrom} against real git repositories made with JGit. */
class RatchetTest {

    @TempDir
    Path dir;

    private Git git;

    @BeforeEach
    void repository() throws Exception {
        git = Git.init().setDirectory(dir.toFile()).setInitialBranch("main").call();
        write("a.md", "# A", "", "![missing](img/a.png)");
        write("b.md", "# B", "", "![missing](img/b.png)");
        write("c.md", "# C", "", "![missing](img/c.png)");
        write(".gitignore", "ignored/");
        commit("the bank");
        git.branchCreate().setName("base").call();
    }

    private void write(String file, String... lines) throws Exception {
        TestFiles.write(dir, file, lines);
    }

    private void commit(String message) throws Exception {
        git.add().addFilepattern(".").call();
        git.commit().setMessage(message).setAuthor("t", "t@example.com").setCommitter("t", "t@example.com")
                .setSign(false).call();
    }

    private CheckResult check(String ref) throws QbankException {
        return new Qbank().check(Configs.offline(dir).ratchetFrom(ref).build(), CheckListener.silent());
    }

    private static List<String> findings(CheckResult result) {
        return result.findings().stream().map(f -> f.file() + ":" + f.line() + " " + f.rule()).toList();
    }

    @Test
    void nothingChangedReportsNothing() throws Exception {
        CheckResult result = check("base");
        assertEquals(List.of(), findings(result));
        assertEquals(new CheckResult.Ratchet("base", 0, 3), result.ratchet());
        assertFalse(result.failed());
        assertEquals("qbank: ratchet: 0 files changed since base; 3 findings in other files not reported",
                ConsoleReport.ratchet(result, Locale.ENGLISH));
    }

    @Test
    void committedModifiedStagedAndUntrackedFilesAreReportedOthersAreNot() throws Exception {
        write("a.md", "# A", "", "Changed.", "", "![missing](img/a.png)");
        commit("a changed");
        write("b.md", "# B", "", "![missing](img/b.png)", "", "![missing](img/b2.png)");
        write("new/d.md", "# D", "", "![missing](img/d.png)");
        write("ignored/e.md", "# E", "", "![missing](img/e.png)");
        git.add().addFilepattern("ignored").call(); // ignored files are not added
        write("staged.md", "# S", "", "![missing](img/s.png)");
        git.add().addFilepattern("staged.md").call();

        CheckResult result = check("base");
        assertEquals(List.of(
                "a.md:5 missing-image",
                "b.md:3 missing-image",
                "b.md:5 missing-image",
                "new/d.md:3 missing-image",
                "staged.md:3 missing-image"), findings(result));
        // c.md; ignored/e.md is not even scanned (qbank.respectGitignore)
        assertEquals(new CheckResult.Ratchet("base", 4, 1), result.ratchet());
        assertEquals(result.findings().size(), result.tracked().size());
        assertTrue(result.failed());
    }

    @Test
    void withoutRatchetEveryFindingIsReported() throws Exception {
        write("a.md", "# A", "", "Changed.", "", "![missing](img/a.png)");
        CheckResult result = new Qbank().check(Configs.offline(dir).build(), CheckListener.silent());
        assertEquals(List.of("a.md:5 missing-image", "b.md:3 missing-image", "c.md:3 missing-image"), findings(result));
        assertNull(result.ratchet());
        assertNull(ConsoleReport.ratchet(result, Locale.ENGLISH));
    }

    @Test
    void aDuplicateIsReportedWhenEitherSideChanged() throws Exception {
        write("index.md", "# Index", "", "## 一、Basics", "", "### [Layer normalization 篇](https://example.com/ln)", "",
                "- 1 What is layer norm?", "", "- [点击查看答案](https://example.com/ln)");
        write("chapter.md", "# 二、Advanced", "", "## [Layer Normalization 篇](https://example.com/ln)", "",
                "- 1 A question pasted into the wrong chapter?", "", "- [点击查看答案](https://example.com/ln)");
        commit("two chapters");
        git.branchCreate().setName("chapters").call();

        // the finding sits in index.md, the later file; only chapter.md, which its message names, changed
        write("chapter.md", "# 二、Advanced", "", "## [Layer Normalization 篇](https://example.com/ln)", "",
                "- 1 A question pasted into the wrong chapter, again?", "", "- [点击查看答案](https://example.com/ln)");
        CheckResult result = check("chapters");
        assertEquals(List.of("index.md:5 duplicate-section", "index.md:5 duplicate-answer-url"), findings(result));
        assertTrue(result.findings().get(0).text().contains(" at chapter.md:3"), result.findings().get(0).text());
        assertEquals(new CheckResult.Ratchet("chapters", 1, 3), result.ratchet());
    }

    @Test
    void anUnrelatedChangeDoesNotReportADuplicate() throws Exception {
        write("index.md", "# Index", "", "## 一、Basics", "", "### [Layer normalization 篇](https://example.com/ln)", "",
                "- 1 What is layer norm?", "", "- [点击查看答案](https://example.com/ln)");
        write("chapter.md", "# 二、Advanced", "", "## [Layer Normalization 篇](https://example.com/ln)", "",
                "- 1 A question pasted into the wrong chapter?", "", "- [点击查看答案](https://example.com/ln)");
        commit("two chapters");
        git.branchCreate().setName("chapters").call();
        write("notes.txt", "not part of the bank");

        CheckResult result = check("chapters");
        assertEquals(List.of(), findings(result));
        assertEquals(new CheckResult.Ratchet("chapters", 1, 5), result.ratchet());
    }

    @Test
    void aProjectInASubfolderCountsOnlyItsOwnChangedFiles() throws Exception {
        write("docs/a.md", "# A", "", "![missing](img/a.png)");
        write("docs/b.md", "# B", "", "![missing](img/b.png)");
        commit("docs");
        write("docs/b.md", "# B", "", "Changed.", "", "![missing](img/b.png)");
        write("a.md", "# A", "", "Changed too, outside docs.", "", "![missing](img/a.png)");

        CheckResult result = new Qbank().check(Configs.offline(dir.resolve("docs")).ratchetFrom("HEAD").build(),
                CheckListener.silent());
        assertEquals(List.of("b.md:5 missing-image"), findings(result));
        assertEquals(new CheckResult.Ratchet("HEAD", 1, 1), result.ratchet());
    }

    @Test
    void anUnknownRefNamesTheSettingAndTheRef() {
        QbankException e = assertThrows(QbankException.class, () -> check("no-such-branch"));
        assertEquals("ratchetFrom", e.setting());
        assertTrue(e.getMessage().startsWith("'no-such-branch' is not a commit of the git repository "), e.getMessage());
    }

    @Test
    void noRepositoryNamesTheSettingAndTheRef(@TempDir Path elsewhere) throws Exception {
        QbankException e = assertThrows(QbankException.class,
                () -> new JGitChangedFiles().since(elsewhere.toRealPath(), "origin/main"));
        assertEquals("ratchetFrom", e.setting());
        assertEquals("'origin/main' cannot be compared with: " + elsewhere.toRealPath() + " is not in a git repository",
                e.getMessage());
    }

    @Test
    void changedFilesAreAbsoluteRealPaths() throws Exception {
        write("c.md", "# C changed");
        assertEquals(Set.of(dir.toRealPath().resolve("c.md")), new JGitChangedFiles().since(dir, "base"));
    }
}
