package io.github.qbank.core.model;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** All files of a question bank, parsed. */
public final class Bank {

    private final Path baseDir;
    private final List<BankFile> files;
    private final Map<String, BankFile> byPath = new LinkedHashMap<>();
    private final Stats stats;

    public Bank(Path baseDir, List<BankFile> files) {
        this.baseDir = baseDir;
        this.files = List.copyOf(files);
        for (BankFile f : this.files) {
            byPath.put(f.relativePath(), f);
        }
        this.stats = count();
    }

    public Path baseDir() {
        return baseDir;
    }

    public List<BankFile> files() {
        return files;
    }

    /** The file at a relative path ({@code /} separators), or {@code null} if it is not in the bank. */
    public BankFile file(String relativePath) {
        return byPath.get(relativePath);
    }

    /** What the bank holds, for the report summary. */
    public Stats stats() {
        return stats;
    }

    private Stats count() {
        int chapters = 0;
        int sections = 0;
        int questions = 0;
        int links = 0;
        int images = 0;
        Set<String> urls = new HashSet<>();
        for (BankFile f : files) {
            for (OutlineNode n : f.outline().inDocumentOrder()) {
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
                } else {
                    links++;
                }
                if (r.isWeb()) {
                    urls.add(r.url().trim());
                }
            }
        }
        return new Stats(files.size(), chapters, sections, questions, links, urls.size(), images);
    }

    /** What the bank holds. */
    public record Stats(int files, int chapters, int sections, int questions, int links, int uniqueUrls, int images) {}
}
