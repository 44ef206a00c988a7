package io.github.qbank.core.parse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import io.github.qbank.core.model.BankFile;
import io.github.qbank.core.model.InputProblem;
import io.github.qbank.core.source.DecodedFile;
import io.github.qbank.core.source.SourceDecoder;

/** Reads one file from disk into a {@link BankFile}; every failure becomes an {@link InputProblem}. */
public final class BankFileReader {

    private final MarkdownParser parser = new MarkdownParser();
    private final Pattern answerLink;

    public BankFileReader(Pattern answerLink) {
        this.answerLink = answerLink;
    }

    public BankFile read(String relativePath, Path path) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(path);
        } catch (IOException | SecurityException e) {
            return BankFile.unreadable(relativePath, path,
                    new InputProblem(true, "cannot be read: " + describe(e), 1, 1));
        } catch (OutOfMemoryError e) {
            return BankFile.unreadable(relativePath, path,
                    new InputProblem(true, "is too large to read into memory", 1, 1));
        }
        DecodedFile decoded = SourceDecoder.decode(bytes);
        if (decoded.fatal()) {
            return BankFile.unreadable(relativePath, path, new InputProblem(true, decoded.problem(), 1, 1));
        }
        List<InputProblem> problems = new ArrayList<>();
        if (decoded.problem() != null) {
            problems.add(new InputProblem(false, decoded.problem(), decoded.line(), decoded.column()));
        }
        try {
            MarkdownParser.Parsed parsed = parser.parse(decoded.text());
            Roles.assign(parsed.outline(), answerLink, BankFile.isNavigation(relativePath), parsed.tableOfContents());
            return new BankFile(relativePath, path, decoded.text(), parsed.outline(), parsed.headings(),
                    parsed.references(), parsed.anchors(), parsed.suppressions(), parsed.foldedLists(),
                    List.copyOf(problems));
        } catch (StackOverflowError e) {
            return BankFile.unreadable(relativePath, path,
                    new InputProblem(true, "is nested too deeply to parse (lists or block quotes thousands of levels deep)", 1, 1));
        }
    }

    private static String describe(Exception e) {
        String name = e.getClass().getSimpleName().replace("Exception", "");
        return e.getMessage() == null ? name : name + " (" + e.getMessage() + ")";
    }
}
