package io.github.qbank.core.git;

import java.io.ByteArrayInputStream;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
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

import io.github.qbank.core.local.FileGate;
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
 * <p>Every file is read through the {@link FileGate}: a {@code .gitignore} is the project's and is
 * read only where it leads inside the repository, {@code info/exclude} too when the repository's
 * folder is inside the work tree; git's configuration files and its global excludes file are the
 * machine's and may be anywhere. Each must be a regular file of at most {@value FileGate#MAX_MIB}
 * MiB. A file the gate refuses (with one warning) or that cannot be read ignores or sets nothing.
 */
public final class GitIgnores implements IgnoredFiles {

    /** The parameter for whose sake git's ignore files are read, as warnings name it. */
    private static final String SETTING = "qbank.respectGitignore";

    /** An extra ignore file of the root's node, and whose it is. */
    private record Extra(Path file, FileGate.Owner owner) {}

    private final Path root;
    private final List<Extra> rootExtras;
    private final FileGate files;
    private final Map<Path, Optional<IgnoreNode>> nodes = new ConcurrentHashMap<>();

    private GitIgnores(Path root, List<Extra> rootExtras, FileGate files) {
        this.root = root;
        this.rootExtras = List.copyOf(rootExtras);
        this.files = files;
    }

    /**
     * The ignore rules that apply to the files of the project in {@code baseDir}.
     * @param baseDir the project directory
     * @param files the gate every file is read through
     * @return the rules of its git work tree, or of the project alone when there is none
     */
    public static GitIgnores forProject(Path baseDir, FileGate files) {
        return forProject(baseDir, GitEnvironment.ofThisProcess(), files);
    }

    /**
     * Whether a commit would take a folder of the project: a git work tree holds the project and
     * its ignore rules do not leave the folder out.
     * @param baseDir the project directory
     * @param folder a folder of the project, relative to it ({@code target})
     * @param files the gate every file is read through
     * @return {@code true} when a repository holds the project and does not ignore {@code folder}
     */
    public static boolean committed(Path baseDir, String folder, FileGate files) {
        return committed(baseDir, folder, GitEnvironment.ofThisProcess(), files);
    }

    static boolean committed(Path baseDir, String folder, GitEnvironment env, FileGate files) {
        Path base = baseDir.toAbsolutePath().normalize();
        return GitDirectory.enclosing(base).isPresent() && !forProject(base, env, files).ignored(base.resolve(folder), true);
    }

    static GitIgnores forProject(Path baseDir, GitEnvironment env, FileGate files) {
        Path base = baseDir.toAbsolutePath().normalize();
        Optional<GitDirectory> repository = GitDirectory.enclosing(base);
        if (repository.isPresent()) {
            GitIgnores inRepository = new GitIgnores(repository.get().workTree(), extras(repository.get(), env, files),
                    files);
            if (!inRepository.ignoredOnTheWayTo(base)) {
                return inRepository;
            }
        }
        return new GitIgnores(base, List.of(), files);
    }

    /**
     * The global excludes file and {@code info/exclude}, in that order: the later one wins over the
     * earlier. {@code info/exclude} is the project's where the repository's folder lies in the work
     * tree, else (a linked work tree, a submodule) the machine's.
     */
    private static List<Extra> extras(GitDirectory repository, GitEnvironment env, FileGate files) {
        List<Extra> out = new ArrayList<>();
        excludesFile(repository, env, files).ifPresent(f -> out.add(new Extra(f, FileGate.Owner.MACHINE)));
        out.add(new Extra(repository.commonDir().resolve("info").resolve("exclude"), FileGate.Owner.AS_CONFIGURED));
        return out;
    }

    /** {@code core.excludesFile} as git reads it: the system's file, then the global ones, then the repository's. */
    static Optional<Path> excludesFile(GitDirectory repository, GitEnvironment env, FileGate files) {
        try {
            List<Path> configs = new ArrayList<>();
            if (env.systemConfig() != null) {
                configs.add(env.systemConfig());
            }
            if (env.globalConfig() != null) {
                configs.add(Path.of(env.globalConfig()));
            } else {
                configs.add(env.xdgGitFolder().resolve("config"));
                configs.add(env.home().resolve(".gitconfig"));
            }
            configs.add(repository.commonDir().resolve("config"));
            Config config = new Config();
            for (Path file : configs) {
                config = read(file, config, env, files);
            }
            String value = config.getString("core", null, "excludesFile");
            return value == null ? Optional.of(env.xdgGitFolder().resolve("ignore"))
                    : value.isBlank() ? Optional.empty() : Optional.of(env.path(value, repository.workTree()));
        } catch (InvalidPathException e) {
            // a variable or setting no path can be made of (possible on Windows): no global excludes
            return Optional.empty();
        }
    }

    /**
     * The configuration file over {@code base}; a file that is missing, refused by the gate, or
     * cannot be read or parsed sets nothing.
     */
    private static Config read(Path file, Config base, GitEnvironment env, FileGate files) {
        byte[] bytes = machineFile(file, files);
        if (bytes == null) {
            return base;
        }
        Config config = new IncludingConfig(base, file.getParent(), env, files);
        try {
            config.fromText(new String(bytes, StandardCharsets.UTF_8));
            return config;
        } catch (ConfigInvalidException e) {
            return base;
        }
    }

    /** A file of git's configuration, through the gate; {@code null} when it is not read. */
    private static byte[] machineFile(Path file, FileGate files) {
        FileGate.Result r = files.read(SETTING, file, FileGate.Owner.MACHINE, FileGate.MAX_MIB, "it sets nothing");
        return r.read() ? r.bytes() : null;
    }

    /** A configuration file whose {@code include.path} files are read as git reads them; a missing one is passed over. */
    private static final class IncludingConfig extends Config {
        private final Path folder;
        private final GitEnvironment env;
        private final FileGate files;

        IncludingConfig(Config base, Path folder, GitEnvironment env, FileGate files) {
            super(base);
            this.folder = folder;
            this.env = env;
            this.files = files;
        }

        @Override
        protected byte[] readIncludedConfig(String relPath) {
            try {
                return machineFile(env.path(relPath, folder), files);
            } catch (InvalidPathException e) {
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
                rootExtras.forEach(e -> parse(node, e.file(), e.owner()));
            }
            parse(node, d.resolve(".gitignore"), FileGate.Owner.PROJECT);
            return node.getRules().isEmpty() ? Optional.empty() : Optional.of(node);
        });
    }

    private void parse(IgnoreNode node, Path file, FileGate.Owner owner) {
        FileGate.Result r = files.read(SETTING, file, owner, FileGate.MAX_MIB, "it ignores nothing");
        if (!r.read()) {
            return;
        }
        try {
            node.parse(file.toString(), new ByteArrayInputStream(r.bytes()));
        } catch (IOException e) {
            // unreadable: it ignores nothing
        }
    }
}
