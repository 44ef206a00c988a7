package io.github.qbank.core.scan;

import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.PatternSyntaxException;

/**
 * Ant-style globs over relative paths, on top of the JDK's glob matcher. As in Maven and Ant,
 * {@code **}{@code /} also matches no folder at all, so {@code **}{@code /*.md} matches
 * {@code README.md} and {@code docs/**}{@code /*.md} matches {@code docs/a.md}; a trailing
 * {@code /**} also matches the folder itself, so a folder can be skipped without walking it.
 */
final class GlobSet {

    private final List<PathMatcher> fileMatchers = new ArrayList<>();
    private final List<PathMatcher> folderMatchers = new ArrayList<>();

    /**
     * @throws IllegalArgumentException naming the pattern, when one is not a valid glob
     */
    GlobSet(List<String> patterns) {
        FileSystem fs = FileSystems.getDefault();
        for (String raw : patterns) {
            String pattern = raw.replace('\\', '/');
            try {
                for (String variant : variants(pattern)) {
                    fileMatchers.add(fs.getPathMatcher("glob:" + variant));
                    if (variant.endsWith("/**")) {
                        folderMatchers.add(fs.getPathMatcher("glob:" + variant.substring(0, variant.length() - 3)));
                    }
                }
            } catch (PatternSyntaxException e) {
                throw new IllegalArgumentException("'" + raw + "' is not a valid glob: " + e.getDescription()
                        + (e.getIndex() >= 0 ? " at character " + (e.getIndex() + 1) : ""), e);
            }
        }
    }

    /** The pattern, and the same pattern with any of its {@code **}{@code /} standing for no folder. */
    static Set<String> variants(String pattern) {
        Set<String> out = new LinkedHashSet<>();
        out.add(pattern);
        if (pattern.startsWith("**/")) {
            out.addAll(variants(pattern.substring(3)));
        }
        for (int i = pattern.indexOf("/**/"); i >= 0; i = pattern.indexOf("/**/", i + 1)) {
            out.addAll(variants(pattern.substring(0, i) + pattern.substring(i + 3)));
        }
        return out;
    }

    boolean matchesFile(Path relative) {
        for (PathMatcher m : fileMatchers) {
            if (m.matches(relative)) {
                return true;
            }
        }
        return false;
    }

    /** Whether every file below this folder would match, so the folder need not be walked. */
    boolean matchesWholeFolder(Path relative) {
        for (PathMatcher m : folderMatchers) {
            if (m.matches(relative)) {
                return true;
            }
        }
        return false;
    }
}
