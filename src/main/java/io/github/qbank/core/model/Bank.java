package io.github.qbank.core.model;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.github.qbank.core.web.WebUrls;

/** All files of a question bank, parsed. */
public final class Bank {

    private final Path baseDir;
    private final Path repositoryRoot;
    private final List<BankFile> files;
    private final Map<String, BankFile> byPath = new LinkedHashMap<>();
    /** Counted on first use: a bank made for one file's rules never asks. */
    private volatile Stats stats;

    /**
     * A bank whose repository root is known.
     * @param baseDir the project directory
     * @param repositoryRoot the git work tree that holds the project, (or the project directory when none does)
     * @param files the bank's files
     */
    public Bank(Path baseDir, Path repositoryRoot, List<BankFile> files) {
        this.baseDir = baseDir;
        this.repositoryRoot = repositoryRoot;
        this.files = List.copyOf(files);
        for (BankFile f : this.files) {
            byPath.put(f.relativePath(), f);
        }
    }

    /** {@return the project directory} */
    public Path baseDir() {
        return baseDir;
    }

    /**
     * The git work tree that holds the project, or the project itself when it is not in one.
     * @return the repository root
     */
    public Path repositoryRoot() {
        return repositoryRoot;
    }

    /**
     * A path of the project as reports write it: relative to the base directory, with {@code /}.
     * @param file a file of the project
     * @return its relative path
     */
    public String relativePath(Path file) {
        return relativePath(baseDir, file);
    }

    /**
     * A path relative to a folder, with {@code /} separators on every system.
     * @param dir the folder
     * @param file a path below it
     * @return the relative path
     */
    public static String relativePath(Path dir, Path file) {
        return dir.relativize(file).toString().replace('\\', '/');
    }

    /** {@return the bank's files, in scan order} */
    public List<BankFile> files() {
        return files;
    }

    /**
     * The file at a relative path ({@code /} separators), or {@code null} if it is not in the bank.
     * @param relativePath the path
     * @return the file, or {@code null}
     */
    public BankFile file(String relativePath) {
        return byPath.get(relativePath);
    }

    /**
     * What the bank holds, for the report summary.
     * @return the counts of files, chapters, sections, questions, links and images
     */
    public Stats stats() {
        Stats counted = stats;
        if (counted == null) {
            counted = count();
            stats = counted;
        }
        return counted;
    }

    private Stats count() {
        int chapters = 0;
        int sections = 0;
        int questions = 0;
        int images = 0;
        Set<String> urls = new HashSet<>();
        for (BankFile f : files) {
            for (OutlineNode n : f.outline().inDocumentOrder()) {
                questions += n.prunedQuestions();
                switch (n.role()) {
                    case CHAPTER -> chapters++;
                    case SECTION -> sections++;
                    case QUESTION -> questions++;
                    default -> { }
                }
            }
            for (Reference r : f.references()) {
                if (r.isImage()) {
                    images++;
                }
                if (r.isWeb()) {
                    urls.add(r.url());
                }
            }
        }
        Set<String> pages = new HashSet<>();
        urls.forEach(url -> pages.add(WebUrls.normalize(url)));
        return new Stats(files.size(), chapters, sections, questions, pages.size(), images);
    }

    /**
     * What the bank holds.
     *
     * @param files     Markdown files checked
     * @param chapters  chapters
     * @param sections  sections
     * @param questions questions
     * @param links     the one count of links every report shows: the distinct web URLs of links and images, as
     *                  they are told apart and checked once each ({@link WebUrls#normalize}), however often and
     *                  in whatever spelling the bank uses them
     * @param images    images, local and remote, each place one is shown
     */
    public record Stats(int files, int chapters, int sections, int questions, int links, int images) {}
}
