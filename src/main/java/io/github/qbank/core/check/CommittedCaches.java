package io.github.qbank.core.check;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.github.qbank.core.CheckListener;
import io.github.qbank.core.Message;
import io.github.qbank.core.git.TrackedPaths;

/**
 * The caches of one check that a commit can have brought, which the check neither reads nor
 * writes. A cache is what an earlier check on this machine wrote; one that git tracks came with a
 * commit, and a pull request can commit a link cache that calls a dead link alive, or a model cache
 * entry that calls a broken file clean: their fingerprints and keys are no secret. So a tracked
 * link cache file, or a model cache folder with a tracked entry, is set aside with one warning
 * each: the check starts without it and writes nothing there, since a tracked file is the user's.
 * The same holds when git's index cannot be read to tell. The index is read once per check, and
 * only when a cache exists inside the work tree ({@link TrackedPaths}).
 */
final class CommittedCaches {

    private final boolean models;
    private final boolean links;

    private CommittedCaches(boolean models, boolean links) {
        this.models = models;
        this.links = links;
    }

    /**
     * Asks git about the caches this check would use, and warns of each that it does not trust.
     * @param config the check's configuration
     * @param withModels whether the check uses the model cache
     * @param listener told of each cache set aside
     * @return which caches the check may use
     */
    static CommittedCaches of(QbankConfig config, boolean withModels, CheckListener listener) {
        Path modelDir = withModels ? config.cacheDirectory() : null;
        Path linkFile = config.links().check() ? config.links().cacheFile() : null;
        List<Path> caches = new ArrayList<>();
        if (modelDir != null) {
            caches.add(modelDir);
        }
        if (linkFile != null) {
            caches.add(linkFile);
        }
        if (caches.isEmpty()) {
            return new CommittedCaches(true, true);
        }
        Map<Path, TrackedPaths.Tracked> tracked = TrackedPaths.find(config.baseDir(), caches);
        boolean models = modelDir == null || trusted(tracked.get(modelDir.toAbsolutePath().normalize()),
                Message.of("committed-cache.model"), Message.of("committed-cache.models-instead"), listener);
        boolean links = linkFile == null || trusted(tracked.get(linkFile.toAbsolutePath().normalize()),
                Message.of("committed-cache.link"), Message.of("committed-cache.links-instead"), listener);
        return new CommittedCaches(models, links);
    }

    /** Whether nothing says the cache came with a commit; else one warning. */
    private static boolean trusted(TrackedPaths.Tracked t, Message cache, Message instead, CheckListener listener) {
        if (t == null) {
            return true;
        }
        if (t.unreadable() != null) {
            listener.warn(Message.of("committed-cache.index-unreadable", cache, t.name(), String.valueOf(t.unreadable()),
                    instead));
        } else {
            listener.warn(Message.of("committed-cache.tracked", cache, t.name(), String.valueOf(t.entry()), instead));
        }
        return false;
    }

    /** {@return whether the check may read and write the model cache} */
    boolean modelsTrusted() {
        return models;
    }

    /**
     * The configuration the link checker gets: without the link cache when it is not trusted.
     * @param config the check's configuration
     * @return {@code config}, or a copy without the link cache file
     */
    QbankConfig forLinks(QbankConfig config) {
        return links ? config : config.withLinks(config.links().withoutCache());
    }
}
