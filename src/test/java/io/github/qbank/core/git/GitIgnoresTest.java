package io.github.qbank.core.git;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.jgit.api.Git;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.github.qbank.core.model.Bank;
import io.github.qbank.core.scan.FileScanner;
import io.github.qbank.core.TestFiles;
import io.github.qbank.core.scan.IgnoredFiles;

/** Which Markdown files the scanner selects when git's ignore rules are respected. */
class GitIgnoresTest {

    @TempDir
    Path dir;

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
                scan(dir, GitIgnores.forProject(dir)));
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
        assertEquals(List.of("README.md", "guide/b.draft.md", "guide/intro.md"), scan(docs, GitIgnores.forProject(docs)));
    }

    @Test
    void aFolderThatIsIgnoredCannotBeReincludedFrom() throws Exception {
        write(".gitignore", "drafts/", "!drafts/keep.md");
        write("drafts/keep.md", "# Keep?");
        write("README.md", "# Bank");
        assertEquals(List.of("README.md"), scan(dir, GitIgnores.forProject(dir)));
    }

    @Test
    void aProjectThatItsRepositoryIgnoresIsItsOwnRoot() throws Exception {
        Git.init().setDirectory(dir.toFile()).setInitialBranch("main").call().close();
        write(".gitignore", "target/");
        Path project = dir.resolve("target/it/bank");
        write("target/it/bank/README.md", "# Bank");
        write("target/it/bank/ignored.md", "# Ignored");
        write("target/it/bank/.gitignore", "ignored.md");
        assertEquals(List.of("README.md"), scan(project, GitIgnores.forProject(project)));
    }
}
