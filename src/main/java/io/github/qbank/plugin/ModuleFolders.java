package io.github.qbank.plugin;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The folders of a project's modules, which the project's own check leaves to them: a plugin
 * declared in a parent's {@code <build><plugins>} runs in the parent and in every module, and each
 * file must be checked, and reported, once, by the module that owns it.
 */
final class ModuleFolders {

    private ModuleFolders() {}

    /**
     * @param baseDir the project directory
     * @param modules the {@code <module>} entries: folders, or paths to a module's POM file
     * @return each module folder inside {@code baseDir}, relative to it with {@code /} separators
     */
    static List<String> of(Path baseDir, List<String> modules) {
        Path base = baseDir.toAbsolutePath().normalize();
        Set<String> out = new LinkedHashSet<>();
        for (String module : modules == null ? List.<String>of() : modules) {
            if (module == null || module.isBlank()) {
                continue;
            }
            Path dir = base.resolve(module.strip()).normalize();
            if (Files.isRegularFile(dir) || dir.getFileName() != null && dir.getFileName().toString().endsWith(".xml")) {
                dir = dir.getParent();
            }
            if (dir != null && dir.startsWith(base) && !dir.equals(base)) {
                out.add(base.relativize(dir).toString().replace('\\', '/'));
            }
        }
        return new ArrayList<>(out);
    }

    /** An exclude glob for exactly this folder and everything in it: glob characters are matched literally. */
    static String exclude(String folder) {
        StringBuilder glob = new StringBuilder();
        for (char c : folder.toCharArray()) {
            switch (c) {
                case '*', '?', '[', '{' -> glob.append('[').append(c).append(']');
                default -> glob.append(c);
            }
        }
        return glob.append("/**").toString();
    }
}
