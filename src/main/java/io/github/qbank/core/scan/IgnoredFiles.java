package io.github.qbank.core.scan;

import java.nio.file.Path;

/**
 * Which files and folders the scanner leaves out because the repository ignores them
 * ({@code .gitignore}); asked top-down, so a folder that is ignored is never entered.
 */
@FunctionalInterface
public interface IgnoredFiles {

    /** Nothing is ignored. */
    IgnoredFiles NONE = (path, directory) -> false;

    /**
     * Whether the scanner leaves a file or folder out.
     * @param path      a file or folder below the project base directory, absolute
     * @param directory whether it is a folder ({@code docs/} patterns match folders only)
     * @return {@code true} when it is ignored
     */
    boolean ignored(Path path, boolean directory);
}
