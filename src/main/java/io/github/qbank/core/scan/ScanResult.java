package io.github.qbank.core.scan;

import java.nio.file.Path;
import java.util.List;

import io.github.qbank.core.Message;

/**
 * The files selected for checking, in a stable order, and the places that could not be read.
 *
 * @param files    absolute paths of the selected files, sorted by relative path
 * @param problems folders or files that could not be visited, each with its reason
 */
public record ScanResult(List<Path> files, List<Problem> problems) {

    /** A path that could not be visited. */
    public record Problem(Path path, Message reason) {}
}
