package io.github.qbank.core.scan;

import java.io.IOException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;

import io.github.qbank.core.Message;
import io.github.qbank.core.local.RepositoryBoundary;
import io.github.qbank.core.model.Bank;

/**
 * Finds the files of a bank below a base folder by include and exclude globs. A selected symbolic
 * link is followed only while it stays inside the repository ({@link RepositoryBoundary}); one
 * that leads out is a problem, whether its target exists or not, and is never read.
 */
public final class FileScanner {

    private final Path baseDir;
    private final GlobSet includes;
    private final GlobSet excludes;
    private final RepositoryBoundary boundary;
    private final IgnoredFiles ignored;

    /**
     * Checks comma-separated globs as the scanner will read them.
     *
     * @throws IllegalArgumentException naming the first pattern that is not a valid glob
     * @param patterns the globs
     */
    public static void checkGlobs(List<String> patterns) {
        new GlobSet(patterns);
    }

    /**
     * A scanner whose links may not leave {@code boundary}.
     * @param baseDir the project directory: globs are relative to it
     * @param includes globs of the files to check
     * @param excludes globs of the files not to check
     * @param boundary the folder no file may lead out of
     */
    public FileScanner(Path baseDir, List<String> includes, List<String> excludes, RepositoryBoundary boundary) {
        this(baseDir, includes, excludes, boundary, IgnoredFiles.NONE);
    }

    /**
     * A scanner whose links may not leave {@code boundary} and that also leaves out {@code ignored}.
     * @param baseDir the project directory: globs are relative to it
     * @param includes globs of the files to check
     * @param excludes globs of the files not to check
     * @param boundary the folder no file may lead out of
     * @param ignored the files and folders left out besides the excludes: those git ignores, say
     */
    public FileScanner(Path baseDir, List<String> includes, List<String> excludes, RepositoryBoundary boundary,
            IgnoredFiles ignored) {
        this.baseDir = baseDir;
        this.includes = new GlobSet(includes);
        this.excludes = new GlobSet(excludes);
        this.boundary = boundary;
        this.ignored = ignored;
    }

    /**
     * Walks the project directory for the files the globs select.
     * @return the selected files, and the files that could not be read
     * @throws IOException if the project directory cannot be read
     */
    public ScanResult scan() throws IOException {
        List<Path> files = new ArrayList<>();
        List<ScanResult.Problem> problems = new ArrayList<>();
        // Symbolic links to folders are not followed (GitHub does not follow them either, and a
        // link to an ancestor would loop); links to files inside the repository are read like files.
        Files.walkFileTree(baseDir, EnumSet.noneOf(FileVisitOption.class), Integer.MAX_VALUE,
                new SimpleFileVisitor<>() {
                    @Override
                    public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                        Path rel = baseDir.relativize(dir);
                        if (!rel.toString().isEmpty()
                                && (excludes.matchesWholeFolder(rel) || ignored.ignored(dir, true))) {
                            return FileVisitResult.SKIP_SUBTREE;
                        }
                        return FileVisitResult.CONTINUE;
                    }

                    @Override
                    public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                        Path rel = baseDir.relativize(file);
                        if (!includes.matchesFile(rel) || excludes.matchesFile(rel)
                                || ignored.ignored(file, attrs.isDirectory())) {
                            return FileVisitResult.CONTINUE;
                        }
                        if (attrs.isRegularFile()) {
                            files.add(file);
                        } else if (attrs.isSymbolicLink()) {
                            symbolicLink(file, files, problems);
                        }
                        return FileVisitResult.CONTINUE;
                    }

                    @Override
                    public FileVisitResult visitFileFailed(Path file, IOException e) {
                        Path rel = baseDir.relativize(file);
                        if (excludes.matchesFile(rel) || excludes.matchesWholeFolder(rel)
                                || ignored.ignored(file, Files.isDirectory(file, LinkOption.NOFOLLOW_LINKS))) {
                            return FileVisitResult.CONTINUE;
                        }
                        if (includes.matchesFile(rel) || Files.isDirectory(file, LinkOption.NOFOLLOW_LINKS)) {
                            problems.add(new ScanResult.Problem(file, Message.of("input.cannot-be-read", describe(e))));
                        }
                        return FileVisitResult.CONTINUE;
                    }
                });
        files.sort(Comparator.comparing(p -> Bank.relativePath(baseDir, p)));
        problems.sort(Comparator.comparing(p -> Bank.relativePath(baseDir, p.path())));
        return new ScanResult(List.copyOf(files), List.copyOf(problems));
    }

    /** A selected link: a file inside is read, a folder is skipped, anything outside is named and left alone. */
    private void symbolicLink(Path file, List<Path> files, List<ScanResult.Problem> problems) {
        RepositoryBoundary.Resolved target = boundary.resolve(file);
        switch (target.status()) {
            case OUTSIDE -> problems.add(new ScanResult.Problem(file, RepositoryBoundary.LINK_POINTS_OUTSIDE));
            case MISSING, LOOP -> problems.add(new ScanResult.Problem(file, Message.of("input.broken-symbolic-link")));
            case INSIDE -> {
                if (Files.isRegularFile(target.path(), LinkOption.NOFOLLOW_LINKS)) {
                    files.add(file);
                }
            }
        }
    }

    static String describe(IOException e) {
        String name = e.getClass().getSimpleName().replace("Exception", "");
        return e.getMessage() == null ? name : name + " (" + e.getMessage() + ")";
    }
}
