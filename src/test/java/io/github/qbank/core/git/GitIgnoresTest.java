package io.github.qbank.core.git;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.jgit.api.Git;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.github.qbank.core.CheckListener;
import io.github.qbank.core.RecordingListener;
import io.github.qbank.core.local.FileGate;
import io.github.qbank.core.local.RepositoryBoundary;
import io.github.qbank.core.model.Bank;
import io.github.qbank.core.scan.FileScanner;
import io.github.qbank.core.TestFiles;
import io.github.qbank.core.scan.IgnoredFiles;

/** Which Markdown files the scanner selects when git's ignore rules are respected. */
class GitIgnoresTest {

    @TempDir
    Path dir;

    @TempDir
    Path home;

    /** A user with no git configuration of their own, whatever the machine's user has. */
    private GitEnvironment env() {
        return new GitEnvironment(home, null, null, null);
    }

    private GitIgnores ignores(Path base) {
        return GitIgnores.forProject(base, env(), gate(base));
    }

    /** The gate of a check of the project in {@code base}, as {@code Qbank} makes it. */
    private static FileGate gate(Path base) {
        return gate(base, CheckListener.silent());
    }

    private static FileGate gate(Path base, CheckListener listener) {
        return new FileGate(new RepositoryBoundary(GitDirectory.workTreeRoot(base)), listener);
    }

    private void write(String file, String... lines) throws Exception {
        TestFiles.write(dir, file, lines);
    }

    private List<String> scan(Path base, IgnoredFiles ignored) throws Exception {
        return new FileScanner(base, List.of("**/*.md"), List.of(), new io.github.qbank.core.local.RepositoryBoundary(
                base), ignored).scan().files().stream().map(p -> Bank.relativePath(base, p)).toList();
    }

    private void bank() throws Exception {
        write("README.md", "# Bank");
        write("drafts/wip.md", "# WIP");
        write("notes.draft.md", "# Draft");
        write("chapters/one.md", "# One");
        write("chapters/secret.md", "# Secret");
        write("chapters/keep.draft.md", "# Kept");
        write("chapters/deep/two.md", "# Two");
        write("chapters/deep/build/out.md", "# Generated");
        write("build/out.md", "# Generated");
        write(".gitignore", "drafts/", "*.draft.md", "# a comment", "/build/");
        write("chapters/.gitignore", "secret.md", "!keep.draft.md", "build");
    }

    @Test
    void withoutARepositoryTheProjectsGitignoreFilesCount() throws Exception {
        bank();
        assertEquals(List.of("README.md", "chapters/deep/two.md", "chapters/keep.draft.md", "chapters/one.md"),
                scan(dir, ignores(dir)));
        assertEquals(List.of("README.md", "build/out.md", "chapters/deep/build/out.md", "chapters/deep/two.md",
                "chapters/keep.draft.md", "chapters/one.md", "chapters/secret.md", "drafts/wip.md", "notes.draft.md"),
                scan(dir, IgnoredFiles.NONE));
    }

    @Test
    void inARepositoryInfoExcludeAndTheFoldersAboveTheProjectCount() throws Exception {
        try (Git git = Git.init().setDirectory(dir.toFile()).setInitialBranch("main").call()) {
            Path info = git.getRepository().getDirectory().toPath().resolve("info");
            Files.createDirectories(info);
            Files.writeString(info.resolve("exclude"), "local-only.md\n");
        }
        write(".gitignore", "*.draft.md", "docs/private/");
        write("docs/README.md", "# Docs");
        write("docs/local-only.md", "# Mine");
        write("docs/a.draft.md", "# Draft");
        write("docs/private/x.md", "# Private");
        write("docs/guide/intro.md", "# Intro");
        write("docs/guide/.gitignore", "!*.draft.md");
        write("docs/guide/b.draft.md", "# Re-included");
        Path docs = dir.resolve("docs");
        assertEquals(List.of("README.md", "guide/b.draft.md", "guide/intro.md"), scan(docs, ignores(docs)));
    }

    @Test
    void aFolderThatIsIgnoredCannotBeReincludedFrom() throws Exception {
        write(".gitignore", "drafts/", "!drafts/keep.md");
        write("drafts/keep.md", "# Keep?");
        write("README.md", "# Bank");
        assertEquals(List.of("README.md"), scan(dir, ignores(dir)));
    }

    @Test
    void aProjectThatItsRepositoryIgnoresIsItsOwnRoot() throws Exception {
        Git.init().setDirectory(dir.toFile()).setInitialBranch("main").call().close();
        write(".gitignore", "target/");
        Path project = dir.resolve("target/it/bank");
        write("target/it/bank/README.md", "# Bank");
        write("target/it/bank/ignored.md", "# Ignored");
        write("target/it/bank/.gitignore", "ignored.md");
        assertEquals(List.of("README.md"), scan(project, ignores(project)));
    }

    @Test
    void theGlobalExcludesFileIsTheLastConfigurationsOrGitsDefault() throws Exception {
        Git.init().setDirectory(dir.toFile()).setInitialBranch("main").call().close();
        write("README.md", "# Bank");
        write("a.md", "# A");
        write("b.md", "# B");
        write("c.md", "# C");
        // unset: $XDG_CONFIG_HOME/git/ignore, else ~/.config/git/ignore
        TestFiles.write(home, ".config/git/ignore", "a.md");
        assertEquals(List.of("README.md", "b.md", "c.md"), scan(dir, ignores(dir)));
        Path xdg = home.resolve("xdg");
        TestFiles.write(xdg, "git/ignore", "b.md");
        assertEquals(List.of("README.md", "a.md", "c.md"),
                scan(dir, GitIgnores.forProject(dir, new GitEnvironment(home, xdg.toString(), null, null), gate(dir))));
        // set: the system's, then ~/.gitconfig, then the repository's; ~/ is the home folder
        Path system = TestFiles.write(home, "etc/gitconfig", "[core]", "\texcludesFile = ~/system-ignore");
        TestFiles.write(home, "system-ignore", "c.md");
        GitEnvironment withSystem = new GitEnvironment(home, null, null, system);
        assertEquals(List.of("README.md", "a.md", "b.md"), scan(dir, GitIgnores.forProject(dir, withSystem, gate(dir))));
        TestFiles.write(home, ".gitconfig", "[include]", "\tpath = more.gitconfig");
        TestFiles.write(home, "more.gitconfig", "[core]", "\texcludesfile = ~/user-ignore");
        TestFiles.write(home, "user-ignore", "a.md", "b.md");
        assertEquals(List.of("README.md", "c.md"), scan(dir, GitIgnores.forProject(dir, withSystem, gate(dir))));
        Files.writeString(dir.resolve(".git/config"), "\n[core]\n\texcludesFile = ignored-here\n",
                java.nio.file.StandardOpenOption.APPEND);
        write("ignored-here", "README.md");
        assertEquals(List.of("a.md", "b.md", "c.md"), scan(dir, GitIgnores.forProject(dir, withSystem, gate(dir))));
        // GIT_CONFIG_GLOBAL stands for both global files
        Path global = TestFiles.write(home, "only.gitconfig", "[core]", "\texcludesFile = ~/user-ignore");
        Files.writeString(dir.resolve(".git/config"), Files.readString(dir.resolve(".git/config"))
                .replace("excludesFile = ignored-here", "bare = false"));
        assertEquals(List.of("README.md", "c.md"),
                scan(dir, GitIgnores.forProject(dir, new GitEnvironment(home, null, global.toString(), null), gate(dir))));
    }

    @Test
    void aLinkedWorkTreeReadsTheSharedInfoExclude() throws Exception {
        Path main = dir.resolve("main");
        try (Git git = Git.init().setDirectory(main.toFile()).setInitialBranch("main").call()) {
            TestFiles.write(git.getRepository().getDirectory().toPath(), "info/exclude", "local-only.md");
        }
        // what `git worktree add ../linked` leaves: a .git file naming the work tree's own folder
        Path own = main.resolve(".git/worktrees/linked");
        TestFiles.write(own, "HEAD", "ref: refs/heads/linked");
        TestFiles.write(own, "commondir", "../..");
        write("linked/.git", "gitdir: " + own);
        write("linked/README.md", "# Bank");
        write("linked/local-only.md", "# Mine");
        Path linked = dir.resolve("linked");
        assertEquals(List.of("README.md"), scan(linked, ignores(linked)));
    }

    @Test
    void aDotGitThatIsNoRepositoryIsPassedOver() throws Exception {
        Git.init().setDirectory(dir.toFile()).setInitialBranch("main").call().close();
        write(".gitignore", "drafts/");
        Files.createDirectories(dir.resolve("bank/.git"));
        write("bank/README.md", "# Bank");
        write("bank/drafts/wip.md", "# WIP");
        write("bank/sub/.git", "not a pointer");
        write("bank/sub/drafts/x.md", "# WIP");
        Path bank = dir.resolve("bank");
        assertEquals(List.of("README.md"), scan(bank, ignores(bank)));
    }

    @Test
    void gitsOwnFilesMayLiveOutsideTheRepositoryButMustBeRegularFilesOfBoundedSize() throws Exception {
        Git.init().setDirectory(dir.toFile()).setInitialBranch("main").call().close();
        write("README.md", "# Bank");
        write("a.md", "# A");
        // the global excludes file is a link to the user's dotfiles, outside the repository: it counts
        Path dotfiles = TestFiles.write(home, "dotfiles/ignore", "a.md");
        Files.createDirectories(home.resolve(".config/git"));
        try {
            Files.createSymbolicLink(home.resolve(".config/git/ignore"), dotfiles);
        } catch (java.io.IOException | UnsupportedOperationException e) {
            org.junit.jupiter.api.Assumptions.assumeTrue(false, "no symbolic links here");
        }
        RecordingListener listener = new RecordingListener();
        assertEquals(List.of("README.md"), scan(dir, GitIgnores.forProject(dir, env(), gate(dir, listener))));
        assertEquals(List.of(), listener.lines());
        // a ~/.gitconfig above the size limit is not read
        try (java.io.RandomAccessFile f = new java.io.RandomAccessFile(home.resolve(".gitconfig").toFile(), "rw")) {
            f.setLength(64L * 1024 * 1024 + 1); // sparse: takes no room on disk
        }
        assertEquals(List.of("README.md"), scan(dir, GitIgnores.forProject(dir, env(), gate(dir, listener))));
        assertEquals(List.of("WARN qbank: ignoring " + home.resolve(".gitconfig") + " (qbank.respectGitignore): it is"
                + " larger than 64 MiB; it sets nothing"), listener.lines());
    }

    @Test
    void aRepositoryThatDoesNotIgnoreTargetWouldCommitIt() throws Exception {
        Git.init().setDirectory(dir.toFile()).setInitialBranch("main").call().close();
        write("README.md", "# Bank");
        assertEquals(true, GitIgnores.committed(dir, "target", env(), gate(dir)));
        write(".gitignore", "*.log");
        assertEquals(true, GitIgnores.committed(dir, "target", env(), gate(dir)));
    }

    @Test
    void targetIgnoredInAnySpellingOrFromAFolderAboveIsNotCommitted() throws Exception {
        Git.init().setDirectory(dir.toFile()).setInitialBranch("main").call().close();
        for (String rule : List.of("target/", "/target", "target", "**/target/")) {
            write(".gitignore", rule);
            assertEquals(false, GitIgnores.committed(dir, "target", env(), gate(dir)), rule);
        }
        write(".gitignore", "target/");
        write("banks/one/README.md", "# One");
        assertEquals(false, GitIgnores.committed(dir.resolve("banks/one"), "target", env(), gate(dir)));
    }

    @Test
    void withoutARepositoryNothingIsCommitted() throws Exception {
        write("README.md", "# Bank");
        assertEquals(false, GitIgnores.committed(dir, "target", env(), gate(dir)));
    }
}
