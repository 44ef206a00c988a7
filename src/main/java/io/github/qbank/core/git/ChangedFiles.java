package io.github.qbank.core.git;

import java.nio.file.Path;
import java.util.Set;

import io.github.qbank.core.QbankException;

/** Which files of a repository differ from a git ref: what {@code qbank.ratchetFrom} compares with. */
@FunctionalInterface
public interface ChangedFiles {

    /**
     * The files that differ between {@code ref} and the working tree of the repository that holds
     * {@code dir}: changed in commits since {@code ref}, staged, modified, deleted, and untracked
     * files that git does not ignore.
     *
     * @return absolute, real paths (a deleted file's path as it would be)
     * @throws QbankException naming {@code ratchetFrom} when there is no repository or no such ref
     * @param dir a folder inside the git work tree
     * @param ref the commit, branch or tag to compare with ({@code origin/main})
     */
    Set<Path> since(Path dir, String ref) throws QbankException;
}
