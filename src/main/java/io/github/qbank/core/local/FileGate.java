package io.github.qbank.core.local;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;

import io.github.qbank.core.CheckListener;

/**
 * The one way qbank reads a file that the project holds or a setting names, besides the bank's
 * Markdown files (which the scanner and {@code BankFileReader} read inside the same
 * {@link RepositoryBoundary}): the baseline, the {@code .gitignore} files and
 * {@code .git/info/exclude}, git's configuration and global excludes, the link cache, the model
 * cache. A committed file can be a symbolic link to anywhere on the machine that runs the check
 * ({@code qbank-baseline.json -> /home/ci/.config/gh/hosts.yml}), to a device that never ends
 * ({@code /dev/zero}) or a FIFO that never answers; the build log must not show what it holds, nor
 * whether it exists, and the build must not hang or run out of memory.
 *
 * <p>So a file is read only when it is
 * <ul>
 *   <li>for the project's files: inside the repository once every symbolic link on its way is
 *       resolved ({@link RepositoryBoundary#resolve}, which never looks outside, so the answer is
 *       the same whether a target outside exists or not);</li>
 *   <li>a regular file: not a FIFO, a device, a socket or a folder;</li>
 *   <li>at most its size limit, checked before it is opened; and no more than the limit is ever read,
 *       should the file grow in between.</li>
 * </ul>
 * Otherwise it is not opened, and the listener gets one warning that names the setting and the
 * path as configured (never where a link leads) and says why: it leads out of the repository, it
 * is not a regular file, or it is larger than the limit. Nothing of its content is ever said.
 *
 * <p>Whose a file is decides the first check ({@link Owner}): git's system and global configuration
 * and excludes are the machine's and may live anywhere; a file a setting places outside the
 * repository is used as given, as the caches are. A folder a setting names in the project
 * ({@code qbank.siteRoot}) is judged the same way by {@link #whyNotAFolder}.
 *
 * <p>Thread-safe: it keeps nothing between reads.
 */
public final class FileGate {

    /** The size limit of the files qbank reads besides the bank, in MiB, unless a reader says otherwise. */
    public static final int MAX_MIB = 64;

    /** The largest size limit a reader may give: one more byte still fits an array. */
    private static final int LARGEST_MIB = 2047;
    private static final long MIB = 1024L * 1024L;

    /** Whose a file is: what is asked of it before it is read. */
    public enum Owner {
        /** The project's: read only where it leads inside the repository. */
        PROJECT,
        /** The machine's (git's system and global configuration, its global excludes): may be anywhere. */
        MACHINE,
        /**
         * As the setting places it: the project's when its path as configured lies in the repository
         * (where a committed link can stand in its place), else the machine's, used as given.
         */
        AS_CONFIGURED
    }

    /** Why a file is not read. */
    public enum Refusal {
        /** A symbolic link on its way leads out of the repository (whatever is, or is not, there). */
        LEADS_OUT,
        /** Its symbolic links go round in a loop. */
        LOOP,
        /** It is not a regular file: a FIFO, a device, a socket or a folder. */
        NOT_REGULAR,
        /** It is larger than its size limit, or grew beyond it while it was read. */
        TOO_LARGE
    }

    /** What became of a file. */
    public enum Status {
        /** Read: {@link Result#bytes()} holds its content. */
        READ,
        /** Nothing is there (a broken link inside the repository counts as nothing). */
        MISSING,
        /** Not opened, for the reason {@link Result#why()} gives. */
        REFUSED,
        /** It may be read, but reading failed ({@link Result#error()}): a permission, say. */
        FAILED
    }

    /**
     * What became of a file.
     *
     * @param status  what became of it
     * @param bytes   for {@link Status#READ} its content, else {@code null}
     * @param refusal for {@link Status#REFUSED} why, else {@code null}
     * @param why     for {@link Status#REFUSED} why, in words, without anything of its content, else {@code null}
     * @param error   for {@link Status#FAILED} the exception, else {@code null}
     */
    public record Result(Status status, byte[] bytes, Refusal refusal, String why, IOException error) {

        /** {@return whether the file was read} */
        public boolean read() {
            return status == Status.READ;
        }
    }

    /** Opens a file for reading; tests count the openings. */
    interface Opener {
        /**
         * @param file the file
         * @param options how links are followed
         * @return a stream of its bytes
         * @throws IOException when it cannot be opened
         */
        InputStream open(Path file, LinkOption... options) throws IOException;
    }

    private static final Result NOTHING = new Result(Status.MISSING, null, null, null, null);
    private static final String LEADS_OUT = "a symbolic link on its way leads out of the repository";
    private static final String LOOP = "its symbolic links go round in a loop";
    private static final String NOT_REGULAR = "it is not a regular file";
    private static final String NOT_A_FOLDER = "it is not a folder";

    private final RepositoryBoundary repository;
    private final CheckListener listener;
    private final Opener opener;

    /**
     * The gate of a check.
     * @param repository the repository the project's files may not lead out of
     * @param listener   gets one warning for each file that is not read
     */
    public FileGate(RepositoryBoundary repository, CheckListener listener) {
        this(repository, listener, Files::newInputStream);
    }

    FileGate(RepositoryBoundary repository, CheckListener listener, Opener opener) {
        this.repository = repository;
        this.listener = listener;
        this.opener = opener;
    }

    /**
     * A gate that knows no repository: every file is judged as the machine's (regular, bounded),
     * for parts used on their own, such as a link checker made without a project.
     * @param listener gets one warning for each file that is not read
     * @return the gate
     */
    public static FileGate withoutRepository(CheckListener listener) {
        return new FileGate(null, listener);
    }

    /**
     * Reads a file, or says why not: one warning for a file that is not read, none for a missing one.
     *
     * @param setting   what names the file, as the user knows it ({@code qbank.baseline})
     * @param file      the file, absolute
     * @param owner     whose it is
     * @param maxMib    its size limit in MiB, at most 2047
     * @param otherwise what qbank does without it, for the warning ({@code "it is treated as absent"})
     * @return its content, or what kept it from being read
     */
    public Result read(String setting, Path file, Owner owner, int maxMib, String otherwise) {
        Result r = readQuietly(file, owner, maxMib);
        if (r.status() == Status.REFUSED) {
            listener.warn("qbank: ignoring " + written(file) + " (" + setting + "): " + r.why() + "; " + otherwise);
        }
        return r;
    }

    /**
     * Reads a file, or says why not, without a warning: for a reader that tells of many files at
     * once (the model cache's entries).
     *
     * @param file   the file, absolute
     * @param owner  whose it is
     * @param maxMib its size limit in MiB, at most 2047
     * @return its content, or what kept it from being read
     */
    public Result readQuietly(Path file, Owner owner, int maxMib) {
        if (maxMib < 1 || maxMib > LARGEST_MIB) {
            throw new IllegalArgumentException("a size limit of " + maxMib + " MiB");
        }
        long limit = maxMib * MIB;
        Path readFrom = file;
        LinkOption[] options = {};
        if (isProjects(file, owner)) {
            RepositoryBoundary.Resolved resolved = repository.resolve(file);
            switch (resolved.status()) {
                case OUTSIDE:
                    return refused(Refusal.LEADS_OUT, LEADS_OUT);
                case LOOP:
                    return refused(Refusal.LOOP, LOOP);
                case MISSING:
                    return NOTHING;
                default:
                    readFrom = resolved.path();
                    options = new LinkOption[] {LinkOption.NOFOLLOW_LINKS};
            }
        }
        BasicFileAttributes attributes;
        try {
            attributes = Files.readAttributes(readFrom, BasicFileAttributes.class, options);
        } catch (NoSuchFileException e) {
            return NOTHING;
        } catch (IOException e) {
            return new Result(Status.FAILED, null, null, null, e);
        }
        if (!attributes.isRegularFile()) {
            return refused(Refusal.NOT_REGULAR, NOT_REGULAR);
        }
        if (attributes.size() > limit) {
            return refused(Refusal.TOO_LARGE, tooLarge(maxMib));
        }
        try (InputStream in = opener.open(readFrom, options)) {
            byte[] bytes = in.readNBytes((int) limit + 1);
            if (bytes.length > limit) {
                return refused(Refusal.TOO_LARGE, tooLarge(maxMib)); // it grew since it was measured
            }
            return new Result(Status.READ, bytes, null, null, null);
        } catch (NoSuchFileException e) {
            return NOTHING;
        } catch (IOException e) {
            return new Result(Status.FAILED, null, null, null, e);
        }
    }

    /**
     * Why a folder that a setting names in the project ({@code qbank.siteRoot}) may not be looked
     * into, or {@code null} when it may: it must be a folder inside the repository once every
     * symbolic link on its way is resolved. The answer for a link that leads out is the same
     * whether anything is there or not.
     * @param repository the repository
     * @param folder     the folder, absolute
     * @return why not, in words, or {@code null}
     */
    public static String whyNotAFolder(RepositoryBoundary repository, Path folder) {
        RepositoryBoundary.Resolved resolved = repository.resolve(folder);
        switch (resolved.status()) {
            case OUTSIDE:
                return LEADS_OUT;
            case LOOP:
                return LOOP;
            case MISSING:
                return NOT_A_FOLDER;
            default:
                return Files.isDirectory(resolved.path(), LinkOption.NOFOLLOW_LINKS) ? null : NOT_A_FOLDER;
        }
    }

    /** Whether the file is to be judged as the project's. */
    private boolean isProjects(Path file, Owner owner) {
        if (repository == null || owner == Owner.MACHINE) {
            return false;
        }
        return owner == Owner.PROJECT || repository.containsLexically(file);
    }

    private static Result refused(Refusal refusal, String why) {
        return new Result(Status.REFUSED, null, refusal, why, null);
    }

    private static String tooLarge(int maxMib) {
        return "it is larger than " + maxMib + " MiB";
    }

    /** The path as configured: below the repository relative to it, else as given; never where a link leads. */
    private String written(Path file) {
        return repository != null && repository.containsLexically(file) ? repository.relative(file) : file.toString();
    }
}
