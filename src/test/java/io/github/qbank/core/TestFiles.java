package io.github.qbank.core;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writing the small banks tests build in a temporary folder. */
public final class TestFiles {

    private TestFiles() {}

    /** Writes the lines, each ending in a newline, to {@code file} below {@code dir}, creating its folders. */
    public static Path write(Path dir, String file, String... lines) throws IOException {
        Path p = dir.resolve(file);
        Files.createDirectories(p.getParent());
        return Files.writeString(p, String.join("\n", lines) + "\n");
    }
}
