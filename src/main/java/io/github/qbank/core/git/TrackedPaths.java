package io.github.qbank.core.git;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.jgit.dircache.DirCache;
import org.eclipse.jgit.util.FS;

/**
 * Which paths of a work tree git tracks: those a commit can bring. A path is tracked when the
 * index of the repository that holds it has an entry at the path, below it (a file of a tracked
 * folder) or on its way (a committed symbolic link or submodule the path goes through); the path
 * is looked for as given and, where a link inside the work tree leads elsewhere, where it really
 * is. Letter case is ignored, as a case-insensitive file system ignores it: a committed
 * {@code Target/qbank/…} is the folder {@code target/qbank/} there.
 *
 * <p>The index is read once, with JGit's {@link DirCache}, and only when one of the paths exists
 * inside the work tree; without a repository nothing is read and nothing is tracked. An index that
 * cannot be read (a format JGit does not know, a damaged file) tracks nothing for certain: each of
 * those paths is reported with why, so that the caller can refuse to trust it.
 */
public final class TrackedPaths {

    /**
     * What the index says of one path.
     *
     * @param name the path as git names it: relative to the work tree, with {@code /}
     * @param entry the index entry at, below or on the way to the path, or {@code null} when the
     *     index could not be read
     * @param unreadable why the index could not be read, or {@code null} when it was
     */
    public record Tracked(String name, String entry, String unreadable) {}

    private TrackedPaths() {}

    /**
     * The paths that git tracks, or that may be tracked because the index cannot be read.
     *
     * @param dir a folder of the work tree (the project): its repository is asked
     * @param paths files or folders; those that do not exist or lie outside the work tree are not
     *     asked about
     * @return each path that is tracked, or may be, with what says so; untracked paths are not in it
     */
    public static Map<Path, Tracked> find(Path dir, Collection<Path> paths) {
        GitDirectory repository = GitDirectory.enclosing(dir.toAbsolutePath().normalize()).orElse(null);
        if (repository == null) {
            return Map.of();
        }
        Path root = repository.workTree();
        Map<Path, List<String>> asked = new LinkedHashMap<>();
        for (Path path : paths) {
            Path p = path.toAbsolutePath().normalize();
            if (p.startsWith(root) && Files.exists(p, LinkOption.NOFOLLOW_LINKS)) {
                asked.put(p, spellings(root, p));
            }
        }
        if (asked.isEmpty()) {
            return Map.of();
        }
        Map<Path, Tracked> tracked = new LinkedHashMap<>();
        DirCache index;
        try {
            index = DirCache.read(repository.gitDir().resolve("index").toFile(), FS.DETECTED);
        } catch (IOException | RuntimeException e) {
            String why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            asked.forEach((p, names) -> tracked.put(p, new Tracked(names.get(0), null, why)));
            return tracked;
        }
        for (int i = 0; i < index.getEntryCount() && tracked.size() < asked.size(); i++) {
            String entry = index.getEntry(i).getPathString();
            asked.forEach((p, names) -> {
                if (!tracked.containsKey(p) && names.stream().anyMatch(name -> covers(entry, name))) {
                    tracked.put(p, new Tracked(names.get(0), entry, null));
                }
            });
        }
        return tracked;
    }

    /** The path as git names it, and where it really is when a link inside the work tree leads elsewhere. */
    private static List<String> spellings(Path root, Path path) {
        List<String> names = new ArrayList<>();
        names.add(name(root.relativize(path)));
        try {
            Path realRoot = root.toRealPath();
            Path real = path.toRealPath();
            if (real.startsWith(realRoot) && !names.contains(name(realRoot.relativize(real)))) {
                names.add(name(realRoot.relativize(real)));
            }
        } catch (IOException e) {
            // a link that leads nowhere: the path as given is all there is to ask about
        }
        return names;
    }

    private static String name(Path relative) {
        return relative.toString().replace(File.separatorChar, '/');
    }

    /**
     * Whether an index entry makes the path tracked: it is the path, lies below it, or lies on its
     * way (the work tree's root, named {@code ""}, holds every entry). Letter case is ignored.
     */
    static boolean covers(String entry, String path) {
        return path.isEmpty() || entry.equalsIgnoreCase(path) || below(entry, path) || below(path, entry);
    }

    private static boolean below(String inner, String outer) {
        return inner.length() > outer.length() && inner.charAt(outer.length()) == '/'
                && inner.regionMatches(true, 0, outer, 0, outer.length());
    }
}
