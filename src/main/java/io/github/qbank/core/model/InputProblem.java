package io.github.qbank.core.model;

import io.github.qbank.core.Message;

/**
 * Something wrong with a file as input rather than as a bank: bytes that are not UTF-8 text, a
 * file that cannot be read or parsed.
 *
 * @param fatal   whether nothing of the file could be checked
 * @param message what is wrong
 * @param line    1-based line
 * @param column  1-based column
 */
public record InputProblem(boolean fatal, Message message, int line, int column) {}
