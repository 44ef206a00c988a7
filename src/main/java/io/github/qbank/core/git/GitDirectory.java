package io.github.qbank.core.git;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Optional;

import io.github.qbank.core.local.RepositoryBoundary;

/**
 * The git repository whose work tree holds a folder, found as git finds it: the nearest folder at
 * or above it with a {@code .git} that is a repository, either a folder or a file naming one
 * ({@code gitdir: …}, as in linked work trees and submodules). A {@code .git} that is neither is
 * passed over, as git passes it over.
 *
 * <p>Found without JGit's repository builder: that one asks the file system and the installed git
 * how they behave (it runs {@code git} twice), which cost a check 0.25–0.7 s before it could list
 * a file, while the ignore rules need only two folders.
 *
 * @param workTree the work tree's root
 * @param gitDir the repository folder of this work tree
 * @param commonDir the folder that holds what all work trees share ({@code config}, {@code info/exclude}):
 *     {@code gitDir} itself unless it names another in {@code commondir}
 */
public record GitDirectory(Path workTree, Path gitDir, Path commonDir) {

    /**
     * The root of the work tree that holds a folder: the boundary local links may not leave.
     * @param dir a folder
     * @return the root of the work tree of the repository that holds {@code dir}, or {@code dir}
     *     itself when no repository does
     */
    public static Path workTreeRoot(Path dir) {
        return enclosing(dir.toAbsolutePath().normalize()).map(GitDirectory::workTree).orElse(dir);
    }

    /**
     * The repository a project's files are read within: the git work tree that holds it, or the project.
     * @param baseDir the project directory
     * @return the boundary at the root of {@link #workTreeRoot}
     */
    public static RepositoryBoundary boundary(Path baseDir) {
        return new RepositoryBoundary(workTreeRoot(baseDir));
    }

    /**
     * The repository whose work tree holds {@code dir}.
     * @param dir an absolute, normalized folder
     * @return the repository, or empty when there is none
     */
    static Optional<GitDirectory> enclosing(Path dir) {
        for (Path p = dir; p != null; p = p.getParent()) {
            Path dotGit = p.resolve(".git");
            Optional<Path> gitDir = Files.isDirectory(dotGit) ? Optional.of(dotGit)
                    : Files.isRegularFile(dotGit) ? pointedTo(dotGit, "gitdir:") : Optional.empty();
            if (gitDir.isPresent()) {
                Path commonDir = pointedTo(gitDir.get().resolve("commondir"), "").orElse(gitDir.get());
                if (isRepository(gitDir.get(), commonDir)) {
                    return Optional.of(new GitDirectory(p, gitDir.get(), commonDir));
                }
            }
        }
        return Optional.empty();
    }

    /** The folder a one-line pointer file names after {@code prefix}, relative to the file's folder. */
    private static Optional<Path> pointedTo(Path file, String prefix) {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            String line = Files.readString(file, StandardCharsets.UTF_8).lines().findFirst().orElse("").strip();
            if (!line.startsWith(prefix) || line.length() == prefix.length()) {
                return Optional.empty();
            }
            Path target = file.getParent().resolve(line.substring(prefix.length()).strip()).normalize();
            return Files.isDirectory(target) ? Optional.of(target) : Optional.empty();
        } catch (IOException | InvalidPathException | UncheckedIOException e) {
            return Optional.empty();
        }
    }

    /** Git's own test: a {@code HEAD}, and {@code objects} and {@code refs} folders. */
    private static boolean isRepository(Path gitDir, Path commonDir) {
        return Files.exists(gitDir.resolve("HEAD")) && Files.isDirectory(commonDir.resolve("objects"))
                && Files.isDirectory(commonDir.resolve("refs"));
    }
}
