package io.github.qbank.core.source;

import io.github.qbank.core.Message;

/**
 * The outcome of reading one file: its text, or why there is none, plus any problem worth a
 * finding (invalid bytes, an unusual encoding).
 *
 * @param text    the decoded text, or {@code null} when the file cannot be treated as Markdown
 * @param problem a description of what is wrong with the bytes, or {@code null}
 * @param line    where the problem is (1-based), when there is one
 * @param column  where the problem is (1-based), when there is one
 * @param fatal   whether the problem means the file is not read at all
 */
public record DecodedFile(SourceText text, Message problem, int line, int column, boolean fatal) {

    static DecodedFile ok(String text) {
        return new DecodedFile(new SourceText(text), null, 0, 0, false);
    }

    static DecodedFile withWarning(String text, Message problem, int line, int column) {
        return new DecodedFile(new SourceText(text), problem, line, column, false);
    }

    static DecodedFile unreadable(Message problem) {
        return new DecodedFile(null, problem, 1, 1, true);
    }
}
