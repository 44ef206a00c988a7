package io.github.qbank.core.fix;

import java.nio.file.Path;

/**
 * One file that the fixes change.
 *
 * @param file       path relative to the project base directory, with {@code /} separators
 * @param path       absolute path
 * @param before     the bytes read
 * @param after      the bytes to write: the same encoding and byte-order mark, changed only in the fixed spans
 * @param beforeText the text read, without a byte-order mark
 * @param afterText  the text to write, without a byte-order mark
 * @param bom        whether the file starts with a UTF-8 byte-order mark
 */
public record FileChange(String file, Path path, byte[] before, byte[] after, String beforeText, String afterText,
        boolean bom) {}
