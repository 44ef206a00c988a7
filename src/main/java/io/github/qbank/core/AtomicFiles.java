package io.github.qbank.core;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Instant;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Writes a file so that readers see the old content or the new, never half of it: the content goes
 * to {@code NAME.UUID.tmp} beside the target, which is then moved into place. A run that is killed
 * in between leaves that file behind; {@link #removeStale} removes such files on the next run.
 */
public final class AtomicFiles {

    /** qbank's temporary files: the target's name, a random UUID, {@code .tmp}. */
    private static final Pattern TEMPORARY = Pattern.compile(
            ".+\\.[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\\.tmp");

    /** What goes into the file. */
    public interface Content {
        /**
         * Writes the content to {@code out}; the caller opens and closes the stream.
         * @param out the stream of the temporary file
         * @throws IOException if writing fails
         */
        void writeTo(OutputStream out) throws IOException;
    }

    private AtomicFiles() {}

    /**
     * Removes the temporary files that earlier runs left in a folder: those named as
     * {@link #write} names them and last modified before {@code runStarted}, so a file that a run
     * started since is still writing is left alone. Other files are never touched.
     *
     * @return how many were removed
     * @param dir the output directory to clean
     * @param runStarted when this run started: newer temporary files belong to a run still writing
     * @throws IOException if the directory cannot be listed or a file cannot be deleted
     */
    public static int removeStale(Path dir, Instant runStarted) throws IOException {
        if (!Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)) {
            return 0;
        }
        int removed = 0;
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir,
                p -> TEMPORARY.matcher(p.getFileName().toString()).matches())) {
            for (Path p : entries) {
                BasicFileAttributes a = Files.readAttributes(p, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
                if (a.isRegularFile() && a.lastModifiedTime().toInstant().isBefore(runStarted)
                        && Files.deleteIfExists(p)) {
                    removed++;
                }
            }
        }
        return removed;
    }

    /**
     * Writes to a temporary file beside the target, then moves it into place.
     * @param target the file to write
     * @param content what goes into the file
     * @throws IOException if writing or moving fails; the target is then left as it was
     */
    public static void write(Path target, Content content) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        // Not Files.createTempFile: its owner-only permissions would follow the file into place.
        Path tmp = dir.resolve(target.getFileName() + "." + UUID.randomUUID() + ".tmp");
        try {
            // buffered: some writers (the JDK's XML writer) hand over one character at a time
            try (OutputStream out = new BufferedOutputStream(
                    Files.newOutputStream(tmp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE), 1 << 16)) {
                content.writeTo(out);
            }
            try {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
