package io.github.qbank.core.links.http;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import io.github.qbank.core.Message;
import io.github.qbank.core.links.LinkResult;
import io.github.qbank.core.links.Verdict;
import io.github.qbank.core.links.cache.LinkCache;
import io.github.qbank.core.links.soft.HostAnswer;

/**
 * The soft-404 side of one link check ({@link io.github.qbank.core.links.soft.SoftNotFound}): each
 * host's "not found" answer, asked at most once per check and only when a link of the host answered
 * 2xx, or taken from the link cache; and what the check learnt per host.
 *
 * <p>The probe runs on the thread of the first link that needs it, within that link's per-host
 * slot, so the per-host limit, the deadline and the address guard hold for it as for any request;
 * the host's other links go on with their own requests meanwhile and wait for the answer only
 * when they need it. Links of other hosts never wait for it.
 *
 * <p>A host whose every judged link is its "not found" answer, at least two of them, and none
 * answered otherwise (in this check, or alive in the cache) answers every address alike: its
 * links are unverifiable, not dead.
 */
final class HostProbes {

    /** At least this many links alike, and none otherwise, make a host that answers everything alike. */
    static final int ALIKE = 2;
    static final Message SAME_EVERYWHERE = Message.of("link.soft-same-everywhere");

    private final LinkCache cache;
    private final long now;
    private final Map<String, FutureTask<HostAnswer>> answers = new ConcurrentHashMap<>();
    private final Map<String, HostAnswer> asked = new ConcurrentHashMap<>();
    private final Map<String, Set<String>> same = new ConcurrentHashMap<>();
    private final Set<String> distinct = ConcurrentHashMap.newKeySet();
    private final AtomicInteger unclear = new AtomicInteger();
    private final AtomicInteger probes = new AtomicInteger();

    /**
     * @param cache where answers of earlier checks are kept
     * @param now   the time of this check
     */
    HostProbes(LinkCache cache, long now) {
        this.cache = cache;
        this.now = now;
    }

    /**
     * The host's "not found" answer: from the cache, or asked with {@code probe} by the first caller
     * while the others wait for it, at most until the deadline.
     * @return the answer, or {@code null} when there is none (the probe failed, the deadline passed)
     */
    HostAnswer answer(String host, Supplier<HostAnswer> probe, Deadline deadline) {
        FutureTask<HostAnswer> mine = new FutureTask<>(() -> {
            HostAnswer kept = cache.probe(host, now);
            if (kept != null) {
                return kept;
            }
            probes.incrementAndGet();
            HostAnswer a = probe.get();
            if (a != null && a.status() != 429 && a.status() < 500) { // a busy host is asked again next time
                asked.put(host, a);
            }
            return a;
        });
        FutureTask<HostAnswer> task = answers.putIfAbsent(host, mine);
        if (task == null) {
            task = mine;
            mine.run();
        }
        try {
            return task.get(deadline.remainingMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException | ExecutionException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    /**
     * The host's "not found" answer if it is known already (asked in this check, or in the cache),
     * without waiting for it.
     * @return the answer, or {@code null} when it is not known yet
     */
    HostAnswer known(String host) {
        FutureTask<HostAnswer> task = answers.get(host);
        if (task != null) {
            if (!task.isDone()) {
                return null;
            }
            try {
                return task.get();
            } catch (ExecutionException e) {
                return null;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return null;
            }
        }
        return cache.probe(host, now);
    }

    /** A link of the host answered as the host answers an unknown address. */
    void same(String host, String url) {
        same.computeIfAbsent(host, h -> ConcurrentHashMap.newKeySet()).add(url);
    }

    /** A link of the host answered otherwise than an unknown address: the host does not answer all alike. */
    void distinct(String host) {
        distinct.add(host);
    }

    /** A link whose page was neither clearly the "not found" page nor clearly another. */
    void unclear() {
        unclear.incrementAndGet();
    }

    /** {@return how many links were not clear, left alive} */
    int unclearCount() {
        return unclear.get();
    }

    /** {@return how many probes were sent in this check} */
    int probesSent() {
        return probes.get();
    }

    /**
     * Makes the dead links of hosts that answer every address alike unverifiable.
     * @param results        the results of the check, changed in place
     * @param hostsWithAlive hosts that have a link alive in the cache: they do not answer all alike
     */
    void finish(Map<String, LinkResult> results, Set<String> hostsWithAlive) {
        same.forEach((host, urls) -> {
            if (urls.size() < ALIKE || distinct.contains(host) || hostsWithAlive.contains(host)) {
                return;
            }
            for (String url : urls) {
                LinkResult r = results.get(url);
                if (r != null && r.verdict() == Verdict.DEAD) {
                    results.put(url, new LinkResult(url, Verdict.UNVERIFIABLE, r.status(), r.redirect(), r.timeMs(),
                            SAME_EVERYWHERE, List.of()));
                }
            }
        });
    }

    /** Keeps the answers asked in this check in the cache. */
    void record() {
        asked.forEach((host, a) -> cache.recordProbe(host, a, now));
    }
}
