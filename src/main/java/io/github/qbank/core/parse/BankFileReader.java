package io.github.qbank.core.parse;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;
import java.util.regex.Pattern;

import io.github.qbank.core.Message;

import io.github.qbank.core.local.RepositoryBoundary;
import io.github.qbank.core.model.BankFile;
import io.github.qbank.core.model.InputProblem;
import io.github.qbank.core.source.DecodedFile;
import io.github.qbank.core.source.SourceDecoder;
import io.github.qbank.core.source.SourceText;

/**
 * Reads one file from disk into a {@link BankFile}; every failure becomes an {@link InputProblem}.
 * A file is read only where its real path lies inside the repository: a symbolic link that leads
 * out is not opened (the scanner reports it; this is the second line). A file that would keep
 * flexmark busy for long (nesting, open link brackets, long paragraphs past the
 * limits of {@code ParseGuard}) is not parsed: it carries the problem instead.
 */
public final class BankFileReader {

    private final MarkdownParser parser = new MarkdownParser();
    private final Pattern answerLink;
    private final RepositoryBoundary boundary;

    /**
     * A reader that recognises answer links and stays inside the repository.
     * @param answerLink the link texts of answer links
     * @param boundary the repository: a file whose link leads out of it is not read
     */
    public BankFileReader(Pattern answerLink, RepositoryBoundary boundary) {
        this.answerLink = answerLink;
        this.boundary = boundary;
    }

    /**
     * Reads, decodes and parses one file; a file that cannot be read carries its problem instead.
     * @param relativePath its path as reports write it
     * @param path its path on disk
     * @return the parsed file
     */
    public BankFile read(String relativePath, Path path) {
        return read(open(relativePath, path));
    }

    /** {@return the link texts of answer links, as this reader recognises them} */
    public Pattern answerLink() {
        return answerLink;
    }

    /**
     * A file's bytes as read from disk, or the file carrying the problem that kept them from being read.
     * @param relativePath its path as reports write it
     * @param path       its path on disk
     * @param bytes      its content, or {@code null} when it could not be read
     * @param reload     reads its text again, for the lines rules and reports show
     * @param unreadable the file with its problem, or {@code null} when it was read
     */
    public record Opened(String relativePath, Path path, byte[] bytes, Supplier<String> reload, BankFile unreadable) {

        /** {@return whether its bytes were read} */
        public boolean readable() {
            return unreadable == null;
        }

        /** {@return its text as a model read back from the model cache holds it: read again when asked for} */
        public SourceText reloadingSource() {
            return SourceText.reloading(null, reload);
        }
    }

    /**
     * Reads a file's bytes, where its real path lies inside the repository.
     * @param relativePath its path as reports write it
     * @param path its path on disk
     * @return its bytes, or the problem that kept them from being read
     */
    public Opened open(String relativePath, Path path) {
        RepositoryBoundary.Resolved real = boundary.resolve(path);
        if (real.status() == RepositoryBoundary.Status.OUTSIDE) {
            return unreadable(relativePath, path, RepositoryBoundary.LINK_POINTS_OUTSIDE);
        }
        Path readFrom = real.status() == RepositoryBoundary.Status.INSIDE ? real.path() : path;
        try {
            return new Opened(relativePath, path, readAllBytes(readFrom), () -> reload(readFrom), null);
        } catch (IOException | SecurityException e) {
            return unreadable(relativePath, path, Message.of("input.cannot-be-read", describe(e)));
        } catch (OutOfMemoryError e) {
            return unreadable(relativePath, path, Message.of("input.too-large"));
        }
    }

    private static Opened unreadable(String relativePath, Path path, Message problem) {
        return new Opened(relativePath, path, null, null,
                BankFile.unreadable(relativePath, path, new InputProblem(true, problem, 1, 1)));
    }

    /**
     * The model of a file whose bytes were read, parsed.
     * @param opened the file's bytes, or its problem
     * @return the parsed file, or one carrying the problem that kept it from being read
     */
    public BankFile read(Opened opened) {
        if (!opened.readable()) {
            return opened.unreadable();
        }
        return parse(opened.relativePath(), opened.path(), opened.bytes(), opened.reload());
    }

    /**
     * The file as {@link #read} makes it, from bytes read already (such as {@code qbank:fix}'s edits):
     * its text is held for good, never read again from disk, where the file may differ.
     * @param relativePath its path as reports write it
     * @param path its path on disk
     * @param bytes its content, not yet decoded
     * @return the parsed file, or one carrying the problem that kept it from being decoded or parsed
     */
    public BankFile parse(String relativePath, Path path, byte[] bytes) {
        return parse(relativePath, path, bytes, null);
    }

    private BankFile parse(String relativePath, Path path, byte[] bytes, Supplier<String> reload) {
        DecodedFile decoded = SourceDecoder.decode(bytes);
        bytes = null;
        if (decoded.fatal()) {
            return BankFile.unreadable(relativePath, path, new InputProblem(true, decoded.problem(), 1, 1));
        }
        List<InputProblem> problems = new ArrayList<>();
        if (decoded.problem() != null) {
            problems.add(new InputProblem(false, decoded.problem(), decoded.line(), decoded.column()));
        }
        // input on which flexmark's time grows faster than the text is measured first, and not parsed past a limit
        Message tooCostly = ParseGuard.problem(decoded.text().text());
        if (tooCostly != null) {
            return BankFile.unreadable(relativePath, path, new InputProblem(true, tooCostly, 1, 1));
        }
        try {
            MarkdownParser.Parsed parsed = parser.parse(decoded.text());
            Roles.assign(parsed.outline(), answerLink, BankFile.isNavigation(relativePath), parsed.tableOfContents());
            // the text is held weakly from here on: rules and reports that show lines read it again
            SourceText text = reload == null ? decoded.text() : SourceText.reloading(decoded.text(), reload);
            return new BankFile(relativePath, path, text,
                    parsed.outline(), parsed.headings(), parsed.references(), parsed.anchors(), parsed.suppressions(),
                    parsed.foldedLists(), List.copyOf(problems));
        } catch (StackOverflowError e) {
            return BankFile.unreadable(relativePath, path,
                    new InputProblem(true, Message.of("input.nested-too-deeply"), 1, 1));
        }
    }

    /** The text of a file read again, for the lines rules and reports show; {@code ""} when it is gone. */
    private static String reload(Path path) {
        try {
            DecodedFile decoded = SourceDecoder.decode(readAllBytes(path));
            return decoded.fatal() ? "" : decoded.text().text();
        } catch (IOException | SecurityException | OutOfMemoryError e) {
            return "";
        }
    }

    /** The bytes of a file that must not be a symbolic link (it has been resolved already). */
    private static byte[] readAllBytes(Path path) throws IOException {
        try (SeekableByteChannel in = Files.newByteChannel(path, StandardOpenOption.READ, LinkOption.NOFOLLOW_LINKS)) {
            long size = in.size();
            if (size > Integer.MAX_VALUE - 16) {
                throw new OutOfMemoryError("file too large");
            }
            ByteBuffer buffer = ByteBuffer.allocate((int) size);
            while (buffer.hasRemaining() && in.read(buffer) >= 0) {
                // keep reading
            }
            // a file that shrank while being read gives what was there; one that grew, its first size
            return buffer.hasRemaining() ? Arrays.copyOf(buffer.array(), buffer.position()) : buffer.array();
        }
    }

    private static String describe(Exception e) {
        String name = e.getClass().getSimpleName().replace("Exception", "");
        return e.getMessage() == null ? name : name + " (" + e.getMessage() + ")";
    }
}
