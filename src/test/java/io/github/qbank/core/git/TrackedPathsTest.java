package io.github.qbank.core.git;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.eclipse.jgit.api.Git;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.github.qbank.core.TestFiles;

/** Which paths git tracks, read from the index of real repositories made with JGit. */
class TrackedPathsTest {

    @TempDir
    Path dir;

    @TempDir
    Path elsewhere;

    private Git git;

    @BeforeEach
    void repository() throws Exception {
        git = Git.init().setDirectory(dir.toFile()).setInitialBranch("main").call();
    }

    @AfterEach
    void close() {
        git.close();
    }

    private void commit(String... paths) throws Exception {
        for (String p : paths) {
            git.add().addFilepattern(p).call();
        }
        git.commit().setMessage("commit").setAuthor("t", "t@example.com").setCommitter("t", "t@example.com")
                .setSign(false).call();
    }

    private static boolean symbolicLink(Path link, Path target) {
        try {
            Files.createSymbolicLink(link, target);
            return true;
        } catch (IOException | UnsupportedOperationException e) {
            return false;
        }
    }

    @Test
    void aTrackedFileAndAFolderWithATrackedFileAreTrackedOthersAreNot() throws Exception {
        TestFiles.write(dir, "target/qbank/link-cache.json", "{}");
        TestFiles.write(dir, "target/qbank/cache/0123.qbf", "entry");
        TestFiles.write(dir, "target/qbank-cache-old/x.qbf", "entry");
        TestFiles.write(dir, "untracked/cache.json", "{}");
        commit("target/qbank/link-cache.json", "target/qbank/cache/0123.qbf", "target/qbank-cache-old");
        Path file = dir.resolve("target/qbank/link-cache.json");
        Path folder = dir.resolve("target/qbank/cache");
        Path prefixOnly = dir.resolve("target/qbank-cache");
        Files.createDirectories(prefixOnly);

        Map<Path, TrackedPaths.Tracked> tracked = TrackedPaths.find(dir,
                List.of(file, folder, prefixOnly, dir.resolve("untracked/cache.json")));

        assertEquals(Map.of(
                file, new TrackedPaths.Tracked("target/qbank/link-cache.json", "target/qbank/link-cache.json", null),
                folder, new TrackedPaths.Tracked("target/qbank/cache", "target/qbank/cache/0123.qbf", null)), tracked);
    }

    @Test
    void withoutARepositoryNothingIsTracked() throws Exception {
        Path cache = TestFiles.write(elsewhere, "cache.json", "{}");
        assertEquals(Map.of(), TrackedPaths.find(elsewhere, List.of(cache)));
    }

    /** A damaged index shows when it is read: it is not read for a cache that is missing or outside the work tree. */
    @Test
    void theIndexIsReadOnlyForACacheThatExistsInsideTheWorkTree() throws Exception {
        TestFiles.write(dir, "README.md", "# Bank");
        commit("README.md");
        Files.writeString(dir.resolve(".git/index"), "not an index");
        Path outside = TestFiles.write(elsewhere, "cache.json", "{}");

        assertEquals(Map.of(), TrackedPaths.find(dir, List.of(dir.resolve("target/qbank/link-cache.json"), outside)));

        Path inside = TestFiles.write(dir, "target/qbank/link-cache.json", "{}");
        TrackedPaths.Tracked unknown = TrackedPaths.find(dir, List.of(inside)).get(inside);
        assertEquals("target/qbank/link-cache.json", unknown.name());
        assertNull(unknown.entry());
        assertTrue(unknown.unreadable() != null && !unknown.unreadable().isEmpty(), String.valueOf(unknown));
    }

    @Test
    void aCommittedLinkOnTheWayAndAnUntrackedLinkToATrackedFolderCount() throws Exception {
        TestFiles.write(dir, "out/link-cache.json", "{}");
        TestFiles.write(dir, "evil/link-cache.json", "{}");
        assumeTrue(symbolicLink(dir.resolve("target"), Path.of("out")), "no symbolic links here");
        Files.createDirectories(dir.resolve("build"));
        assumeTrue(symbolicLink(dir.resolve("build/qbank"), Path.of("../evil")), "no symbolic links here");
        commit("target", "evil");
        Path viaCommittedLink = dir.resolve("target/link-cache.json");
        Path viaUntrackedLink = dir.resolve("build/qbank/link-cache.json");

        Map<Path, TrackedPaths.Tracked> tracked = TrackedPaths.find(dir, List.of(viaCommittedLink, viaUntrackedLink,
                dir.resolve("out/link-cache.json")));

        assertEquals(Map.of(
                viaCommittedLink, new TrackedPaths.Tracked("target/link-cache.json", "target", null),
                viaUntrackedLink, new TrackedPaths.Tracked("build/qbank/link-cache.json", "evil/link-cache.json", null)),
                tracked);
    }

    @Test
    void anEntryCoversItselfWhatIsBelowItAndWhatItLeadsTo() {
        assertTrue(TrackedPaths.covers("target/qbank/cache", "target/qbank/cache"));
        assertTrue(TrackedPaths.covers("target/qbank/cache/a.qbf", "target/qbank/cache"));
        assertTrue(TrackedPaths.covers("target", "target/qbank/cache"), "a committed link or submodule on the way");
        assertTrue(TrackedPaths.covers("Target/QBank/link-cache.json", "target/qbank/link-cache.json"));
        assertTrue(TrackedPaths.covers("README.md", ""), "the work tree's root holds every entry");
        assertFalse(TrackedPaths.covers("target/qbank/cache-old/a.qbf", "target/qbank/cache"));
        assertFalse(TrackedPaths.covers("target/qbank/cach", "target/qbank/cache"));
        assertFalse(TrackedPaths.covers("target/qbank", "target/qbankx/cache"));
    }
}
