package io.github.qbank.core.model;

/**
 * A heading as GitHub renders it.
 *
 * @param level  1–6
 * @param text   the visible text
 * @param anchor the id GitHub gives it (see {@link io.github.qbank.core.parse.GitHubSlugger})
 * @param line   1-based line
 * @param column 1-based column
 */
public record Heading(int level, String text, String anchor, int line, int column) {}
