package io.github.qbank.core.scan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.github.qbank.core.local.RepositoryBoundary;

class FileScannerTest {

    @TempDir
    Path dir;


    /** Each problem's path with its reason in English. */
    private static List<Map.Entry<Path, String>> problems(ScanResult result) {
        return result.problems().stream().map(p -> Map.entry(p.path(), p.reason().text())).toList();
    }
    @Test
    void doubleStarMatchesNoFolderAsInAnt() {
        GlobSet globs = new GlobSet(List.of("**/*.md", "docs/**/*.md"));
        assertTrue(globs.matchesFile(Path.of("README.md")));
        assertTrue(globs.matchesFile(Path.of("a/b/c.md")));
        GlobSet docs = new GlobSet(List.of("docs/**/*.md"));
        assertTrue(docs.matchesFile(Path.of("docs/a.md")));
        assertTrue(docs.matchesFile(Path.of("docs/x/y/a.md")));
        assertFalse(docs.matchesFile(Path.of("other/a.md")));
        assertFalse(docs.matchesFile(Path.of("docs.md")));
    }

    @Test
    void bracesGiveAlternatives() {
        GlobSet globs = new GlobSet(List.of("**/*.{md,markdown}"));
        assertTrue(globs.matchesFile(Path.of("README.md")));
        assertTrue(globs.matchesFile(Path.of("docs/notes.markdown")));
        assertFalse(globs.matchesFile(Path.of("docs/notes.txt")));
        GlobSet folders = new GlobSet(List.of("{drafts,archive}/**"));
        assertTrue(folders.matchesWholeFolder(Path.of("archive")));
        assertTrue(folders.matchesFile(Path.of("drafts/a.md")));
        assertFalse(folders.matchesFile(Path.of("docs/a.md")));
    }

    @Test
    void trailingDoubleStarSkipsTheWholeFolder() {
        GlobSet excludes = new GlobSet(List.of("**/target/**"));
        assertTrue(excludes.matchesWholeFolder(Path.of("target")));
        assertTrue(excludes.matchesWholeFolder(Path.of("module/target")));
        assertFalse(excludes.matchesWholeFolder(Path.of("targets")));
        assertTrue(excludes.matchesFile(Path.of("target/report.md")));
    }

    @Test
    void scansIncludedFilesInPathOrderAndSkipsExcludedFolders() throws Exception {
        for (String f : List.of("README.md", "b/z.md", "a/y.md", "a/notes.txt", "target/gen.md",
                "node_modules/pkg/README.md", ".git/x.md", "中文 目录/题库.md")) {
            Path p = dir.resolve(f);
            Files.createDirectories(p.getParent());
            Files.writeString(p, "# x\n");
        }
        ScanResult result = new FileScanner(dir, List.of("**/*.md"),
                List.of("**/target/**", "**/node_modules/**", "**/.git/**"), new RepositoryBoundary(dir)).scan();
        assertEquals(List.of("README.md", "a/y.md", "b/z.md", "中文 目录/题库.md"),
                result.files().stream().map(p -> dir.relativize(p).toString().replace('\\', '/')).toList());
        assertEquals(List.of(), result.problems());
    }

    @Test
    void brokenSymbolicLinkIsAProblemNotASilentSkip() throws Exception {
        Files.createSymbolicLink(dir.resolve("gone.md"), dir.resolve("nowhere.md"));
        ScanResult result = new FileScanner(dir, List.of("**/*.md"), List.of(), new RepositoryBoundary(dir)).scan();
        assertEquals(List.of(), result.files());
        assertEquals(List.of(Map.entry(dir.resolve("gone.md"), "is a broken symbolic link")), problems(result));
    }

    @Test
    void symbolicLinkToAFolderIsNotFollowedSoLoopsCannotHappen() throws Exception {
        Files.createDirectories(dir.resolve("a"));
        Files.writeString(dir.resolve("a/x.md"), "# x\n");
        Files.createSymbolicLink(dir.resolve("a/loop"), dir);
        ScanResult result = new FileScanner(dir, List.of("**/*.md"), List.of(), new RepositoryBoundary(dir)).scan();
        assertEquals(List.of(dir.resolve("a/x.md")), result.files());
    }

    @Test
    void aLinkThatLeavesTheRepositoryIsAProblemWhetherItsTargetExistsOrNot() throws Exception {
        Path bank = Files.createDirectories(dir.resolve("bank"));
        Path outside = Files.createDirectories(dir.resolve("outside"));
        Files.writeString(outside.resolve("secret.md"), "# secret\n");
        Files.writeString(bank.resolve("real.md"), "# real\n");
        Files.createSymbolicLink(bank.resolve("a.md"), outside.resolve("secret.md"));
        Files.createSymbolicLink(bank.resolve("b.md"), outside.resolve("no-such.md"));
        Files.createSymbolicLink(bank.resolve("c.md"), Path.of("real.md"));
        ScanResult result = new FileScanner(bank, List.of("**/*.md"), List.of(), new RepositoryBoundary(bank)).scan();
        assertEquals(List.of(bank.resolve("c.md"), bank.resolve("real.md")), result.files());
        assertEquals(List.of(
                Map.entry(bank.resolve("a.md"), "is a symbolic link that points outside the repository"),
                Map.entry(bank.resolve("b.md"), "is a symbolic link that points outside the repository")),
                problems(result));
    }
}
