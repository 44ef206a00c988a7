package io.github.qbank.core.links.http;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.LongSupplier;

import io.github.qbank.core.CheckListener;
import io.github.qbank.core.Message;
import io.github.qbank.core.links.LinkResult;
import io.github.qbank.core.links.Verdict;

/**
 * Who is asked when: at most {@code concurrency} URLs in flight, at most {@code perHost} per
 * host, hosts interleaved (a bank with 300 links to one site and 3 to others does not make the
 * others wait for the 300), and the {@link Deadline} of the whole check, after which nothing new
 * starts and what is left is unverifiable. A progress line every few seconds for long checks.
 *
 * <p>For example hosts {@code a: [a1, a2, a3]} and {@code b: [b1]} are started in the order
 * a1, b1, a2, a3, and with {@code perHost} 1 a2 waits for a1 while b1 runs.
 */
final class HostScheduler {

    private static final long PROGRESS_EVERY_SECONDS = 5;
    /** How long past the deadline cancelled calls may take to give their threads back. */
    private static final long GRACE_MILLIS = 5_000;

    private final int concurrency;
    private final int perHost;
    private final Deadline deadline;
    private final LongSupplier clock;
    private final CheckListener listener;

    HostScheduler(int concurrency, int perHost, Deadline deadline, LongSupplier clock, CheckListener listener) {
        this.concurrency = concurrency;
        this.perHost = perHost;
        this.deadline = deadline;
        this.clock = clock;
        this.listener = listener;
    }

    /** One queue per host, taken in turns: the order in which the URLs are started. */
    static List<String> interleave(Map<String, List<String>> byHost) {
        List<ArrayDeque<String>> queues = new ArrayList<>();
        byHost.values().forEach(l -> queues.add(new ArrayDeque<>(l)));
        List<String> out = new ArrayList<>();
        boolean any = true;
        while (any) {
            any = false;
            for (ArrayDeque<String> q : queues) {
                if (!q.isEmpty()) {
                    out.add(q.poll());
                    any = true;
                }
            }
        }
        return out;
    }

    /**
     * Checks every URL with {@code check}, within the limits; a URL not checked by the deadline
     * gets the deadline's verdict.
     *
     * @param byHost the URLs, grouped by host
     */
    Map<String, LinkResult> run(Map<String, List<String>> byHost, Function<String, LinkResult> check) {
        Map<String, LinkResult> results = new ConcurrentHashMap<>();
        List<String> queue = interleave(byHost);
        if (queue.isEmpty()) {
            return results;
        }
        Map<String, Semaphore> hostSlots = new ConcurrentHashMap<>();
        byHost.keySet().forEach(h -> hostSlots.put(h, new Semaphore(perHost)));
        Map<String, String> hostOf = new ConcurrentHashMap<>();
        byHost.forEach((h, urls) -> urls.forEach(u -> hostOf.put(u, h)));
        AtomicInteger done = new AtomicInteger();
        long start = clock.getAsLong();
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, Math.min(concurrency, queue.size())),
                daemons("qbank-links-"));
        ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(daemons("qbank-links-timer-"));
        try {
            timer.schedule(deadline::stop, deadline.remainingMillis(), TimeUnit.MILLISECONDS);
            timer.scheduleAtFixedRate(() -> progress(results, done.get(), queue.size(), start), PROGRESS_EVERY_SECONDS,
                    PROGRESS_EVERY_SECONDS, TimeUnit.SECONDS);
            for (String url : queue) {
                pool.execute(() -> {
                    results.put(url, withinLimits(url, hostSlots.get(hostOf.get(url)), check));
                    done.incrementAndGet();
                });
            }
            pool.shutdown();
            if (!pool.awaitTermination(deadline.remainingMillis() + GRACE_MILLIS, TimeUnit.MILLISECONDS)) {
                deadline.stop();
                pool.shutdownNow();
                pool.awaitTermination(GRACE_MILLIS, TimeUnit.MILLISECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            deadline.stop();
            pool.shutdownNow();
        } finally {
            timer.shutdownNow();
        }
        for (String url : queue) {
            results.putIfAbsent(url, unchecked(url));
        }
        return results;
    }

    private LinkResult withinLimits(String url, Semaphore slots, Function<String, LinkResult> check) {
        if (deadline.stopped()) {
            return unchecked(url);
        }
        try {
            if (!slots.tryAcquire(deadline.remainingMillis(), TimeUnit.MILLISECONDS)) {
                return unchecked(url);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return unchecked(url);
        }
        try {
            return check.apply(url);
        } finally {
            slots.release();
        }
    }

    private LinkResult unchecked(String url) {
        return new LinkResult(url, Verdict.UNVERIFIABLE, null, null, null, deadline.text(), List.of());
    }

    private void progress(Map<String, LinkResult> results, int done, int total, long start) {
        long dead = results.values().stream().filter(r -> r.verdict() == Verdict.DEAD).count();
        long unverifiable = results.values().stream().filter(r -> r.verdict() == Verdict.UNVERIFIABLE).count();
        double seconds = Math.max(1, clock.getAsLong() - start) / 1000.0;
        listener.info(Message.of("progress.links", done, total, String.format(Locale.ROOT, "%.0f", done / seconds),
                dead, unverifiable));
    }

    private static ThreadFactory daemons(String prefix) {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, prefix + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }
}
