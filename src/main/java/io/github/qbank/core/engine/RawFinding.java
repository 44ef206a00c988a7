package io.github.qbank.core.engine;

import io.github.qbank.core.Message;

/**
 * What a {@link io.github.qbank.core.rules.FileRule} reported on a file, as the rule made it:
 * the engine keeps it with the file in the model cache, and turns it into a
 * {@link io.github.qbank.core.Finding} when it reports it through the check's suppression
 * comments and severities.
 *
 * @param line     1-based line
 * @param column   1-based column
 * @param message  what is wrong and what would be right
 * @param expected the value that would be right, or {@code null}
 * @param actual   the value found, or {@code null}
 */
public record RawFinding(int line, int column, Message message, String expected, String actual) {}
