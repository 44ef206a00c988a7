package io.github.qbank.core.git;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.jgit.ignore.IgnoreNode;
import org.eclipse.jgit.lib.CoreConfig;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.util.FS;

import io.github.qbank.core.scan.IgnoredFiles;

/**
 * The files git ignores, judged with JGit's own rule parser ({@link IgnoreNode}) as git judges
 * them: the {@code .gitignore} of a path's folder first, then those of the folders above it up to
 * the work tree's root, then {@code .git/info/exclude}, then the global excludes file
 * ({@code core.excludesFile}); within one file the last matching line wins, and {@code !} lines
 * re-include. A folder that is ignored is never entered, so nothing below it can be re-included,
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
        Path base = baseDir.toAbsolutePath().normalize();
        FileRepositoryBuilder builder = new FileRepositoryBuilder().findGitDir(base.toFile());
        if (builder.getGitDir() != null) {
            try (Repository repo = builder.setMustExist(true).build()) {
                if (!repo.isBare()) {
                    GitIgnores inRepository = new GitIgnores(repo.getWorkTree().toPath().toAbsolutePath().normalize(),
                            extras(repo));
                    if (base.startsWith(inRepository.root) && !inRepository.ignoredOnTheWayTo(base)) {
                        return inRepository;
                    }
                }
            } catch (IOException | IllegalArgumentException e) {
                // not a readable repository: the project's own .gitignore files still count
            }
        }
        return new GitIgnores(base, List.of());
    }

    /** The global excludes file and {@code info/exclude}, in that order: the later one wins over the earlier. */
    private static List<Path> extras(Repository repo) {
        List<Path> out = new ArrayList<>();
        String global = repo.getConfig().get(CoreConfig.KEY).getExcludesFile();
        if (global != null && !global.isBlank()) {
            FS fs = repo.getFS();
            File file = global.startsWith("~/") ? fs.resolve(fs.userHome(), global.substring(2)) : fs.resolve(null, global);
            out.add(file.toPath());
        }
        out.add(repo.getDirectory().toPath().resolve("info").resolve("exclude"));
        return out;
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
