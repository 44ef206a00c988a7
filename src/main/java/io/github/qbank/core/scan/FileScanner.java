package io.github.qbank.core.scan;

import java.io.IOException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;

import io.github.qbank.core.model.Bank;

/** Finds the files of a bank below a base folder by include and exclude globs. */
public final class FileScanner {

    private final Path baseDir;
    private final GlobSet includes;
    private final GlobSet excludes;

    public FileScanner(Path baseDir, List<String> includes, List<String> excludes) {
        this.baseDir = baseDir;
        this.includes = new GlobSet(includes);
        this.excludes = new GlobSet(excludes);
    }

    public ScanResult scan() throws IOException {
        List<Path> files = new ArrayList<>();
        List<ScanResult.Problem> problems = new ArrayList<>();
        // Symbolic links to folders are not followed (GitHub does not follow them either, and a
        // link to an ancestor would loop); links to files are read like files.
        Files.walkFileTree(baseDir, EnumSet.noneOf(FileVisitOption.class), Integer.MAX_VALUE,
                new SimpleFileVisitor<>() {
                    @Override
                    public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                        Path rel = baseDir.relativize(dir);
                        if (!rel.toString().isEmpty() && excludes.matchesWholeFolder(rel)) {
                            return FileVisitResult.SKIP_SUBTREE;
                        }
                        return FileVisitResult.CONTINUE;
                    }

                    @Override
                    public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                        Path rel = baseDir.relativize(file);
                        if (!includes.matchesFile(rel) || excludes.matchesFile(rel)) {
                            return FileVisitResult.CONTINUE;
                        }
                        if (attrs.isRegularFile()) {
                            files.add(file);
                        } else if (attrs.isSymbolicLink()) {
                            if (Files.isRegularFile(file)) {
                                files.add(file);
                            } else if (!Files.exists(file)) {
                                problems.add(new ScanResult.Problem(file, "is a broken symbolic link"));
                            }
                        }
                        return FileVisitResult.CONTINUE;
                    }

                    @Override
                    public FileVisitResult visitFileFailed(Path file, IOException e) {
                        Path rel = baseDir.relativize(file);
                        if (excludes.matchesFile(rel) || excludes.matchesWholeFolder(rel)) {
                            return FileVisitResult.CONTINUE;
                        }
                        if (includes.matchesFile(rel) || Files.isDirectory(file)) {
                            problems.add(new ScanResult.Problem(file, "cannot be read: " + describe(e)));
                        }
                        return FileVisitResult.CONTINUE;
                    }
                });
        files.sort(Comparator.comparing(p -> Bank.relativePath(baseDir, p)));
        return new ScanResult(List.copyOf(files), List.copyOf(problems));
    }

    static String describe(IOException e) {
        String name = e.getClass().getSimpleName().replace("Exception", "");
        return e.getMessage() == null ? name : name + " (" + e.getMessage() + ")";
    }
}
