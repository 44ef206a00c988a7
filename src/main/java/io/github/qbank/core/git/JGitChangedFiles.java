package io.github.qbank.core.git;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Set;

import org.eclipse.jgit.dircache.DirCacheIterator;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.treewalk.CanonicalTreeParser;
import org.eclipse.jgit.treewalk.FileTreeIterator;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.eclipse.jgit.treewalk.WorkingTreeIterator;
import org.eclipse.jgit.treewalk.filter.TreeFilter;

import io.github.qbank.core.QbankException;

/**
 * {@link ChangedFiles} with JGit, as Spotless's ratchet does: the tree of the ref against the index
 * and the working tree at once, so committed, staged, modified and untracked files all count.
 * Ignored folders are not entered.
 */
public final class JGitChangedFiles implements ChangedFiles {

    private static final String SETTING = "ratchetFrom";
    private static final int REF = 0;
    private static final int INDEX = 1;
    private static final int WORK = 2;

    @Override
    public Set<Path> since(Path dir, String ref) throws QbankException {
        FileRepositoryBuilder builder = new FileRepositoryBuilder().findGitDir(dir.toFile());
        if (builder.getGitDir() == null) {
            throw new QbankException(SETTING, "'" + ref + "' cannot be compared with: " + dir
                    + " is not in a git repository");
        }
        try (Repository repo = builder.setMustExist(true).build()) {
            if (repo.isBare()) {
                throw new QbankException(SETTING, "'" + ref + "' cannot be compared with: the git repository "
                        + repo.getDirectory() + " has no working tree");
            }
            ObjectId tree = resolveTree(repo, ref);
            Path workTree = repo.getWorkTree().toPath().toRealPath();
            Set<Path> changed = new LinkedHashSet<>();
            try (ObjectReader reader = repo.newObjectReader(); TreeWalk walk = new TreeWalk(repo, reader)) {
                CanonicalTreeParser refTree = new CanonicalTreeParser();
                refTree.reset(reader, tree);
                walk.addTree(refTree);
                walk.addTree(new DirCacheIterator(repo.readDirCache()));
                walk.addTree(new FileTreeIterator(repo));
                walk.setFilter(TreeFilter.ANY_DIFF);
                walk.setRecursive(false);
                while (walk.next()) {
                    boolean untracked = walk.getRawMode(REF) == 0 && walk.getRawMode(INDEX) == 0;
                    WorkingTreeIterator work = walk.getTree(WORK, WorkingTreeIterator.class);
                    if (untracked && work != null && work.isEntryIgnored()) {
                        continue;
                    }
                    if (walk.isSubtree()) {
                        walk.enterSubtree();
                    } else if (differs(walk)) {
                        changed.add(workTree.resolve(walk.getPathString()));
                    }
                }
            }
            return changed;
        } catch (IOException e) {
            throw new QbankException(SETTING, "cannot compare the working tree with '" + ref + "': " + e.getMessage(), e);
        }
    }

    /** A file differs when its content or kind differs; the executable bit alone does not count. */
    private static boolean differs(TreeWalk walk) {
        int refMode = walk.getRawMode(REF);
        int workMode = walk.getRawMode(WORK);
        if (refMode == 0 || workMode == 0) {
            return refMode != workMode;
        }
        if (FileMode.SYMLINK.equals(refMode) != FileMode.SYMLINK.equals(workMode)
                || FileMode.fromBits(refMode).getObjectType() != FileMode.fromBits(workMode).getObjectType()) {
            return true;
        }
        return !walk.idEqual(REF, WORK);
    }

    private static ObjectId resolveTree(Repository repo, String ref) throws QbankException, IOException {
        ObjectId tree;
        try {
            tree = repo.resolve(ref + "^{tree}");
        } catch (IllegalArgumentException e) {
            // RevisionSyntaxException: not a revision expression
            tree = null;
        } catch (IOException e) {
            // e.g. an ambiguous abbreviation, or a ref that names no commit
            throw new QbankException(SETTING, "'" + ref + "' is not a commit of the git repository "
                    + repo.getWorkTree() + ": " + e.getMessage(), e);
        }
        if (tree == null) {
            throw new QbankException(SETTING, "'" + ref + "' is not a commit of the git repository "
                    + repo.getWorkTree() + " (for a branch of a clone, fetch it first, e.g. origin/main)");
        }
        return tree;
    }
}
