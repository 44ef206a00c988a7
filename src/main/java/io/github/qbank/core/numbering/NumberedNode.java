package io.github.qbank.core.numbering;

import io.github.qbank.core.model.OutlineNode;

/**
 * A heading or item with a number, where the number stands in the source.
 *
 * @param node          the outline node
 * @param token         its number
 * @param line          1-based line of the number
 * @param column        1-based column of the number
 * @param elisionBefore whether an elision item ({@code ...}) stands between it and the previous
 *                      member of its sequence
 */
public record NumberedNode(OutlineNode node, NumberToken token, int line, int column, boolean elisionBefore) {}
