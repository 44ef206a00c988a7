package io.github.qbank.core.local;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

import io.github.qbank.core.Message;

/**
 * The folder that a bank's files and local links may not leave: the git work tree that holds the
 * project, or the project itself. A committed symbolic link can point anywhere on the machine that
 * runs the check ({@code notes.md -> /home/ci/.ssh/id_rsa}, {@code etc -> /etc}); qbank must not
 * read such a target, nor tell whether it exists, since the findings end up in CI logs.
 *
 * <p>{@link #resolve} therefore resolves a path as the operating system would, one name at a time,
 * following symbolic links by itself: the moment a link leads out of the boundary, resolution stops
 * with {@link Status#OUTSIDE}. Nothing outside is ever read, listed or looked up, so the answer is
 * the same whether the target exists or not. Only names inside the boundary are looked up, and the
 * folders above the boundary, which are known to exist.
 */
public final class RepositoryBoundary {

    /** What qbank says of a bank file that is a link leading out, whatever is (or is not) there. */
    public static final Message LINK_POINTS_OUTSIDE = Message.of("input.link-points-outside");

    /** More links than this on one path is a loop (the limit Linux uses). */
    private static final int MAX_LINKS = 40;

    /** Where a path leads. */
    public enum Status {
        /** To a file or folder inside the boundary. */
        INSIDE,
        /** To a name inside the boundary that does not exist (a broken link, a missing file). */
        MISSING,
        /** Out of the boundary: not looked at any further. */
        OUTSIDE,
        /** Through more symbolic links than a system follows: a loop. */
        LOOP
    }

    /**
     * Where a path leads.
     *
     * @param status what was found
     * @param path   for {@link Status#INSIDE} the real path, free of symbolic links; for
     *               {@link Status#MISSING} the path as far as it could be resolved; else {@code null}
     */
    public record Resolved(Status status, Path path) {}

    private final Path lexical;
    private final Path real;

    /**
     * @param root the git work tree that holds the project, or the project itself
     */
    public RepositoryBoundary(Path root) {
        this.lexical = root.toAbsolutePath().normalize();
        Path r;
        try {
            r = lexical.toRealPath();
        } catch (IOException | SecurityException e) {
            r = lexical;
        }
        this.real = r;
    }

    /**
     * The boundary as given (absolute, normalised).
     * @return the boundary
     */
    public Path root() {
        return lexical;
    }

    /**
     * The boundary's own real path.
     * @return the real path
     */
    public Path realRoot() {
        return real;
    }

    /**
     * Whether a path, taken lexically (without following links), lies within the boundary.
     * @param path an absolute path
     * @return {@code true} if it lies within the boundary
     */
    public boolean containsLexically(Path path) {
        Path p = path.toAbsolutePath().normalize();
        return p.startsWith(lexical) || p.startsWith(real);
    }

    /**
     * Resolves a path below the boundary (absolute, or relative to it), following symbolic links
     * one at a time and stopping at the first that leaves the boundary.
     * @param path the path to resolve
     * @return where it leads, and whether that is inside
     */
    public Resolved resolve(Path path) {
        Path p = lexical.resolve(path).normalize();
        Path rel;
        if (p.startsWith(lexical)) {
            rel = lexical.relativize(p);
        } else if (p.startsWith(real)) {
            rel = real.relativize(p);
        } else {
            return new Resolved(Status.OUTSIDE, null);
        }
        Deque<String> todo = new ArrayDeque<>();
        names(rel, todo::addLast);
        Path current = real;
        int links = 0;
        boolean missing = false;
        while (!todo.isEmpty()) {
            String name = todo.removeFirst();
            if (name.isEmpty() || name.equals(".")) {
                continue;
            }
            if (name.equals("..")) {
                // current is a real folder (or, once something is missing, lexical anyway)
                Path parent = current.getParent();
                current = parent == null ? current : parent;
                continue;
            }
            Path next = current.resolve(name);
            if (missing) {
                current = next;
                continue;
            }
            if (!next.startsWith(real)) {
                if (real.startsWith(next)) {
                    current = next; // a folder above the boundary: known, real, and not worth a look
                    continue;
                }
                return new Resolved(Status.OUTSIDE, null);
            }
            BasicFileAttributes attributes;
            try {
                attributes = Files.readAttributes(next, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            } catch (IOException | SecurityException e) {
                missing = true;
                current = next;
                continue;
            }
            if (!attributes.isSymbolicLink()) {
                current = next;
                continue;
            }
            if (++links > MAX_LINKS) {
                return new Resolved(Status.LOOP, null);
            }
            Path target;
            try {
                target = Files.readSymbolicLink(next);
            } catch (IOException | SecurityException | UnsupportedOperationException e) {
                missing = true;
                current = next;
                continue;
            }
            List<String> targetNames = new ArrayList<>();
            names(target, targetNames::add);
            for (int i = targetNames.size() - 1; i >= 0; i--) {
                todo.addFirst(targetNames.get(i));
            }
            if (target.isAbsolute()) {
                Path fsRoot = target.getRoot();
                if (fsRoot == null || !real.startsWith(fsRoot)) {
                    return new Resolved(Status.OUTSIDE, null); // another drive
                }
                current = fsRoot;
            }
        }
        if (!current.startsWith(real)) {
            return new Resolved(Status.OUTSIDE, null);
        }
        return new Resolved(missing ? Status.MISSING : Status.INSIDE, current);
    }

    /**
     * Whether a path lies in the boundary as written but a symbolic link on its way leads out: a
     * committed {@code target -> /somewhere} under which qbank would write its reports.
     * @param path an absolute path
     * @return {@code true} if a link on its way leads out
     */
    public boolean leavesThroughLink(Path path) {
        return containsLexically(path) && resolve(path).status() == Status.OUTSIDE;
    }

    /**
     * A path below the boundary as given, with {@code /}, for messages.
     * @param path a path below the boundary
     * @return the relative path
     */
    public String relative(Path path) {
        Path p = path.toAbsolutePath().normalize();
        Path rel = p.startsWith(lexical) ? lexical.relativize(p) : p.startsWith(real) ? real.relativize(p) : p;
        return rel.toString().replace('\\', '/');
    }

    private static void names(Path path, java.util.function.Consumer<String> out) {
        for (Path name : path) {
            out.accept(name.toString());
        }
    }
}
