package io.github.qbank.core.model;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** All files of a question bank, parsed. */
public final class Bank {

    private final Path baseDir;
    private final List<BankFile> files;
    private final Map<String, BankFile> byPath = new LinkedHashMap<>();
    private final Map<BankFile, Integer> positions = new IdentityHashMap<>();
    private final Stats stats;

    public Bank(Path baseDir, List<BankFile> files) {
        this.baseDir = baseDir;
        this.files = List.copyOf(files);
        for (BankFile f : this.files) {
            byPath.put(f.relativePath(), f);
            positions.put(f, positions.size());
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

    /** Where a file of this bank stands in {@link #files()}. */
    public int position(BankFile file) {
        Integer at = positions.get(file);
        if (at == null) {
            throw new IllegalArgumentException(file.relativePath() + " is not in this bank");
        }
        return at;
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
            Deque<OutlineNode> todo = new ArrayDeque<>();
            todo.push(f.outline());
            while (!todo.isEmpty()) {
                OutlineNode n = todo.pop();
                switch (n.role()) {
                    case CHAPTER -> chapters++;
                    case SECTION -> sections++;
                    case QUESTION -> questions++;
                    default -> { }
                }
                n.children().forEach(todo::push);
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
