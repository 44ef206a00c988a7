package io.github.qbank.core.git;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.jgit.errors.ConfigInvalidException;
import org.eclipse.jgit.ignore.IgnoreNode;
import org.eclipse.jgit.lib.Config;

import io.github.qbank.core.scan.IgnoredFiles;

/**
 * The files git ignores, judged with JGit's own rule parser ({@link IgnoreNode}) as git judges
 * them: the {@code .gitignore} of a path's folder first, then those of the folders above it up to
 * the work tree's root, then {@code .git/info/exclude}, then the global excludes file
 * ({@code core.excludesFile} of the system, global and repository configuration, else
 * {@code $XDG_CONFIG_HOME/git/ignore} or {@code ~/.config/git/ignore}); within one file the last
 * matching line wins, and {@code !} lines re-include. A folder that is ignored is never entered, so nothing below it can be re-included,
 * as in git.
 *
 * <p>Without a git repository, or when the project folder is itself ignored by the repository
 * around it (a test project under {@code target/}, say), the {@code .gitignore} files of the
 * project folder and below are read all the same: the project is its own root.
 *
 * <p>A {@code .gitignore} that cannot be read ignores nothing.
 */
public final class GitIgnores implements IgnoredFiles {

    private final Path root;
    private final List<Path> rootExtras;
    private final Map<Path, Optional<IgnoreNode>> nodes = new ConcurrentHashMap<>();

    private GitIgnores(Path root, List<Path> rootExtras) {
        this.root = root;
        this.rootExtras = List.copyOf(rootExtras);
    }

    /**
     * The ignore rules that apply to the files of the project in {@code baseDir}.
     * @param baseDir the project directory
     * @return the rules of its git work tree, or of the project alone when there is none
     */
    public static GitIgnores forProject(Path baseDir) {
        return forProject(baseDir, GitEnvironment.ofThisProcess());
    }

    static GitIgnores forProject(Path baseDir, GitEnvironment env) {
        Path base = baseDir.toAbsolutePath().normalize();
        Optional<GitDirectory> repository = GitDirectory.enclosing(base);
        if (repository.isPresent()) {
            GitIgnores inRepository = new GitIgnores(repository.get().workTree(), extras(repository.get(), env));
            if (!inRepository.ignoredOnTheWayTo(base)) {
                return inRepository;
            }
        }
        return new GitIgnores(base, List.of());
    }

    /** The global excludes file and {@code info/exclude}, in that order: the later one wins over the earlier. */
    private static List<Path> extras(GitDirectory repository, GitEnvironment env) {
        List<Path> out = new ArrayList<>();
        excludesFile(repository, env).ifPresent(out::add);
        out.add(repository.commonDir().resolve("info").resolve("exclude"));
        return out;
    }

    /** {@code core.excludesFile} as git reads it: the system's file, then the global ones, then the repository's. */
    static Optional<Path> excludesFile(GitDirectory repository, GitEnvironment env) {
        try {
            List<Path> files = new ArrayList<>();
            if (env.systemConfig() != null) {
                files.add(env.systemConfig());
            }
            if (env.globalConfig() != null) {
                files.add(Path.of(env.globalConfig()));
            } else {
                files.add(env.xdgGitFolder().resolve("config"));
                files.add(env.home().resolve(".gitconfig"));
            }
            files.add(repository.commonDir().resolve("config"));
            Config config = new Config();
            for (Path file : files) {
                config = read(file, config, env);
            }
            String value = config.getString("core", null, "excludesFile");
            return value == null ? Optional.of(env.xdgGitFolder().resolve("ignore"))
                    : value.isBlank() ? Optional.empty() : Optional.of(env.path(value, repository.workTree()));
        } catch (InvalidPathException e) {
            // a variable or setting no path can be made of (possible on Windows): no global excludes
            return Optional.empty();
        }
    }

    /** The configuration file over {@code base}; a file that is missing or cannot be read or parsed sets nothing. */
    private static Config read(Path file, Config base, GitEnvironment env) {
        if (!Files.isRegularFile(file)) {
            return base;
        }
        Config config = new IncludingConfig(base, file.getParent(), env);
        try {
            config.fromText(new String(Files.readAllBytes(file), StandardCharsets.UTF_8));
            return config;
        } catch (IOException | ConfigInvalidException e) {
            return base;
        }
    }

    /** A configuration file whose {@code include.path} files are read as git reads them; a missing one is passed over. */
    private static final class IncludingConfig extends Config {
        private final Path folder;
        private final GitEnvironment env;

        IncludingConfig(Config base, Path folder, GitEnvironment env) {
            super(base);
            this.folder = folder;
            this.env = env;
        }

        @Override
        protected byte[] readIncludedConfig(String relPath) {
            try {
                Path file = env.path(relPath, folder);
                return Files.isRegularFile(file) ? Files.readAllBytes(file) : null;
            } catch (IOException | InvalidPathException e) {
                return null;
            }
        }
    }

    @Override
    public boolean ignored(Path path, boolean directory) {
        Path p = path.toAbsolutePath().normalize();
        if (!p.startsWith(root) || p.equals(root)) {
            return false;
        }
        // the deepest .gitignore decides first; the root's node holds info/exclude and the global file too
        for (Path dir = p.getParent(); dir != null && dir.startsWith(root); dir = dir.getParent()) {
            Optional<IgnoreNode> node = node(dir);
            if (node.isPresent()) {
                String relative = dir.relativize(p).toString().replace(File.separatorChar, '/');
                Boolean result = node.get().checkIgnored(dir.equals(root) ? relative : "/" + relative, directory);
                if (result != null) {
                    return result;
                }
            }
        }
        return false;
    }

    /** Whether a folder between the work tree's root and {@code base}, or {@code base} itself, is ignored. */
    private boolean ignoredOnTheWayTo(Path base) {
        for (Path dir = root; !dir.equals(base); ) {
            dir = dir.resolve(base.getName(dir.getNameCount()));
            if (ignored(dir, true)) {
                return true;
            }
        }
        return false;
    }

    private Optional<IgnoreNode> node(Path dir) {
        return nodes.computeIfAbsent(dir, d -> {
            IgnoreNode node = new IgnoreNode();
            if (d.equals(root)) {
                rootExtras.forEach(f -> parse(node, f));
            }
            parse(node, d.resolve(".gitignore"));
            return node.getRules().isEmpty() ? Optional.empty() : Optional.of(node);
        });
    }

    private static void parse(IgnoreNode node, Path file) {
        if (!Files.isRegularFile(file)) {
            return;
        }
        try (InputStream in = Files.newInputStream(file)) {
            node.parse(file.toString(), in);
        } catch (IOException e) {
            // unreadable: it ignores nothing
        }
    }
}
