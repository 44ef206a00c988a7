package io.github.qbank.core.local;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Resolves link and image destinations the way GitHub does for a file in a repository: relative
 * to the Markdown file's folder, {@code /} meaning the project root, percent-decoded, query and
 * fragment set aside. Names the cause when a target cannot work: missing, other letter case,
 * backslash separators, an absolute path of the author's machine, or outside the repository.
 *
 * <p>Letter case is compared against the real folder listing, so a wrong case is found on
 * case-insensitive file systems (Windows, macOS) too. Listings and resolutions are cached for
 * the life of the instance: one instance per check.
 *
 * <p>A symbolic link on the way is followed only while it stays inside the repository
 * ({@link RepositoryBoundary}): a target reached through a link that leads out is
 * {@link Problem#OUTSIDE_PROJECT}, without a look at what is there, so the finding is the same
 * whether it exists or not, in any letter case.
 */
public final class LocalTargets {

    private static final Pattern SCHEME = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*:");
    private static final Pattern WINDOWS_DRIVE = Pattern.compile("^[A-Za-z]:[\\\\/].*");
    /** Top folders of the author's own machine: a link under one of them was written on that machine. */
    private static final Pattern OS_ROOT = Pattern.compile(
            "^/(home|Users|tmp|var|mnt|opt|root|usr|etc|private|Volumes|media|srv)/");

    private final Path baseDir;
    private final Path boundary;
    private final RepositoryBoundary repository;
    private final SiteRoutes routes;
    private final Map<Path, Set<String>> listings = new ConcurrentHashMap<>();
    /** For each name met on the way that is a symbolic link, where it leads. */
    private final Map<Path, RepositoryBoundary.Resolved> links = new ConcurrentHashMap<>();
    private final Map<Resolution, Target> resolved = new ConcurrentHashMap<>();

    private record Resolution(Path fromFile, String url) {}

    private static final RepositoryBoundary.Resolved NOT_A_LINK = new RepositoryBoundary.Resolved(
            RepositoryBoundary.Status.INSIDE, null);

    /**
     * @param baseDir  the project base directory, which {@code /} refers to
     * @param boundary the folder links may not leave: the git work tree that holds the project, or
     *                 the project itself
     */
    public LocalTargets(Path baseDir, Path boundary) {
        this(baseDir, boundary, SiteRoutes.NONE);
    }

    /**
     * Targets that also read the links that miss as written as a documentation site's routes.
     * @param baseDir  the project base directory, which {@code /} refers to
     * @param boundary the folder links may not leave: the git work tree that holds the project, or
     *                 the project itself
     * @param routes how a documentation site maps the links that miss as written to pages
     *               ({@code qbank.siteRoot}, {@code qbank.linkRemaps})
     */
    public LocalTargets(Path baseDir, Path boundary, SiteRoutes routes) {
        this.baseDir = baseDir.toAbsolutePath().normalize();
        this.boundary = boundary.toAbsolutePath().normalize();
        this.repository = new RepositoryBoundary(this.boundary);
        this.routes = routes;
    }

    /** What a destination is. */
    public enum Kind {
        /** http or https: left to the link checker. */
        WEB,
        /** mailto:, data:, tel: and other schemes: not checked. */
        OTHER_SCHEME,
        /** Only a fragment: a heading of the same file. */
        SAME_FILE,
        /** A file or folder of the project. */
        LOCAL
    }

    /** Why a local target does not work. */
    public enum Problem {
        /** The target works. */
        NONE,
        /** The destination is empty. */
        EMPTY,
        /** Nothing is at the path. */
        MISSING,
        /** The path differs from the file on disk in case only: it works on macOS and Windows, not on GitHub. */
        CASE_MISMATCH,
        /** The path is written with {@code \}, which works on Windows only. */
        BACKSLASH,
        /** A path of the writer's machine ({@code C:\...}, {@code file:}, {@code ~/}), not of the repository. */
        ABSOLUTE_OS_PATH,
        /** The path leads out of the repository. */
        OUTSIDE_PROJECT
    }

    /**
     * A resolved destination.
     *
     * @param kind      what it is
     * @param problem   why it does not work, {@link Problem#NONE} when it does
     * @param path      the decoded path as written, without query and fragment
     * @param file      the file it resolves to, when local
     * @param directory whether that file is a folder
     * @param fragment  the decoded fragment, or {@code null}
     * @param corrected for {@link Problem#CASE_MISMATCH} and {@link Problem#BACKSLASH}, the path that works
     */
    public record Target(Kind kind, Problem problem, String path, Path file, boolean directory, String fragment,
            String corrected) {

        static Target of(Kind kind) {
            return new Target(kind, Problem.NONE, "", null, false, null, null);
        }

        static Target problem(Problem problem, String path, String corrected) {
            return new Target(Kind.LOCAL, problem, path, null, false, null, corrected);
        }
    }

    /**
     * What a destination written in a file is; computed once, since several rules ask.
     * @param fromFile the file the destination is written in
     * @param url the destination as written
     * @return what the destination names and whether it works
     */
    public Target resolve(Path fromFile, String url) {
        return resolved.computeIfAbsent(new Resolution(fromFile, url), r -> compute(r.fromFile(), r.url()));
    }

    private Target compute(Path fromFile, String url) {
        String u = url.strip();
        if (u.isEmpty()) {
            return Target.problem(Problem.EMPTY, "", null);
        }
        if (u.startsWith("#/") && routes.siteRoot() != null) {
            u = u.substring(1); // docsify's hash route: #/guide is the page /guide
        } else if (u.startsWith("#")) {
            return new Target(Kind.SAME_FILE, Problem.NONE, "", fromFile, false, decode(u.substring(1)), null);
        }
        if (WINDOWS_DRIVE.matcher(u).matches() || u.startsWith("\\\\") || u.regionMatches(true, 0, "file:", 0, 5)
                || u.startsWith("~/")) {
            return Target.problem(Problem.ABSOLUTE_OS_PATH, decode(u), null);
        }
        if (u.startsWith("//")) {
            return Target.of(Kind.WEB);
        }
        var scheme = SCHEME.matcher(u);
        if (scheme.find()) {
            String s = scheme.group().toLowerCase(Locale.ROOT);
            return Target.of(s.equals("http:") || s.equals("https:") ? Kind.WEB : Kind.OTHER_SCHEME);
        }
        String fragment = null;
        int hash = u.indexOf('#');
        if (hash >= 0) {
            fragment = decode(u.substring(hash + 1));
            u = u.substring(0, hash);
        }
        int query = u.indexOf('?');
        if (query >= 0) {
            u = u.substring(0, query);
        }
        String path = decode(u);
        if (path.isEmpty()) {
            return new Target(Kind.SAME_FILE, Problem.NONE, "", fromFile, false, fragment, null);
        }
        if (path.indexOf('\\') >= 0) {
            return Target.problem(Problem.BACKSLASH, path, path.replace('\\', '/'));
        }
        Path resolved;
        try {
            resolved = (path.startsWith("/") ? baseDir.resolve(path.substring(1)) : fromFile.getParent().resolve(path))
                    .normalize();
        } catch (InvalidPathException e) {
            return Target.problem(Problem.MISSING, path, null);
        }
        if (!resolved.startsWith(boundary)) {
            return new Target(Kind.LOCAL, Problem.OUTSIDE_PROJECT, path, resolved, false, fragment, null);
        }
        Target t = walk(path, resolved, fragment);
        if (t.problem() == Problem.MISSING && routes.active()) {
            Target page = page(fromFile, path, fragment);
            if (page != null) {
                return page;
            }
        }
        // /home/…, /Users/…: a path of the author's machine, unless the project has it
        if (OS_ROOT.matcher(path).find()
                && (t.problem() == Problem.MISSING || t.problem() == Problem.CASE_MISMATCH)) {
            return Target.problem(Problem.ABSOLUTE_OS_PATH, path, null);
        }
        return t;
    }

    /**
     * The page a site serves for a path that misses as written ({@link SiteRoutes}), or
     * {@code null}: {@code /} means the site root, then the project base directory; other paths are
     * relative to the linking file's folder, then to the site root.
     */
    private Target page(Path fromFile, String path, String fragment) {
        for (String alternative : routes.alternatives(path)) {
            boolean rooted = alternative.startsWith("/");
            String relative = rooted ? alternative.substring(1) : alternative;
            Set<Path> bases = new LinkedHashSet<>();
            if (rooted) {
                bases.add(routes.siteRoot() == null ? baseDir : routes.siteRoot());
                bases.add(baseDir);
            } else {
                bases.add(fromFile.getParent());
                if (routes.siteRoot() != null) {
                    bases.add(routes.siteRoot());
                }
            }
            for (Path base : bases) {
                Path resolved;
                try {
                    resolved = base.resolve(relative).normalize();
                } catch (InvalidPathException e) {
                    continue;
                }
                if (!resolved.startsWith(boundary)) {
                    continue;
                }
                Target t = walk(path, resolved, fragment);
                if (t.problem() == Problem.NONE) {
                    return t;
                }
            }
        }
        return null;
    }

    /**
     * Walks the path below the boundary one name at a time against the real folder listings,
     * following a symbolic link only while it stays inside the repository.
     */
    private Target walk(String path, Path resolved, String fragment) {
        Path written = boundary;
        Path real = repository.realRoot();
        List<String> actualNames = new ArrayList<>();
        boolean caseDiffers = false;
        for (Path name : boundary.relativize(resolved)) {
            String wanted = name.toString();
            if (wanted.isEmpty()) {
                continue;
            }
            Set<String> names = listing(real);
            String actual = names.contains(wanted) ? wanted
                    : names.stream().filter(n -> n.equalsIgnoreCase(wanted)).findFirst().orElse(null);
            if (actual == null) {
                return new Target(Kind.LOCAL, Problem.MISSING, path, resolved, false, fragment, null);
            }
            caseDiffers |= !actual.equals(wanted);
            actualNames.add(actual);
            written = written.resolve(actual);
            real = real.resolve(actual);
            RepositoryBoundary.Resolved link = link(real);
            if (link != null) {
                switch (link.status()) {
                    case OUTSIDE -> {
                        return new Target(Kind.LOCAL, Problem.OUTSIDE_PROJECT, path, resolved, false, fragment, null);
                    }
                    case MISSING, LOOP -> {
                        return new Target(Kind.LOCAL, Problem.MISSING, path, resolved, false, fragment, null);
                    }
                    case INSIDE -> real = link.path();
                }
            }
        }
        boolean directory = Files.isDirectory(real);
        if (caseDiffers) {
            return new Target(Kind.LOCAL, Problem.CASE_MISMATCH, path, written, directory, fragment,
                    correctedCase(path, resolved, actualNames));
        }
        return new Target(Kind.LOCAL, Problem.NONE, path, written, directory, fragment, null);
    }

    /** Where a name inside the repository leads when it is a symbolic link, else {@code null}. */
    private RepositoryBoundary.Resolved link(Path real) {
        RepositoryBoundary.Resolved r = links.computeIfAbsent(real,
                p -> Files.isSymbolicLink(p) ? repository.resolve(p) : NOT_A_LINK);
        return r == NOT_A_LINK ? null : r;
    }

    /** The written path with each name that exists in other letter case spelled as on disk. */
    private String correctedCase(String path, Path resolved, List<String> actualNames) {
        List<String> wanted = new ArrayList<>();
        boundary.relativize(resolved).forEach(p -> wanted.add(p.toString()));
        String out = path;
        for (int i = 0; i < wanted.size(); i++) {
            if (!wanted.get(i).equals(actualNames.get(i))) {
                out = out.replace(wanted.get(i), actualNames.get(i));
            }
        }
        return out;
    }

    private Set<String> listing(Path dir) {
        return listings.computeIfAbsent(dir, d -> {
            try (Stream<Path> s = Files.list(d)) {
                return s.map(p -> p.getFileName().toString()).collect(Collectors.toUnmodifiableSet());
            } catch (IOException | SecurityException e) {
                return Set.of();
            }
        });
    }

    /** Percent-decodes as UTF-8; a malformed escape is kept as written, as browsers do. */
    static String decode(String s) {
        if (s.indexOf('%') < 0) {
            return s;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c == '%' && i + 2 < s.length() && isHex(s.charAt(i + 1)) && isHex(s.charAt(i + 2))) {
                bytes.write(Integer.parseInt(s.substring(i + 1, i + 3), 16));
                i += 3;
                continue;
            }
            flush(bytes, out);
            out.append(c);
            i++;
        }
        flush(bytes, out);
        return out.toString();
    }

    private static void flush(ByteArrayOutputStream bytes, StringBuilder out) {
        if (bytes.size() > 0) {
            out.append(new String(bytes.toByteArray(), StandardCharsets.UTF_8));
            bytes.reset();
        }
    }

    private static boolean isHex(char c) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    }
}
