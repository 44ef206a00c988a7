package io.github.qbank.core.links.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import io.github.qbank.core.CheckListener;
import io.github.qbank.core.links.LinkResult;
import io.github.qbank.core.links.Verdict;

/** Host scheduling: the order hosts are taken in, the per-host limit and the deadline. */
class HostSchedulerTest {

    private static LinkResult alive(String url) {
        return new LinkResult(url, Verdict.ALIVE, 200, null, 0L, null, List.of());
    }

    @Test
    void hostsAreTakenInTurns() {
        Map<String, List<String>> byHost = new LinkedHashMap<>();
        byHost.put("a", List.of("a1", "a2", "a3"));
        byHost.put("b", List.of("b1"));
        byHost.put("c", List.of("c1", "c2"));
        assertEquals(List.of("a1", "b1", "c1", "a2", "c2", "a3"), HostScheduler.interleave(byHost));
    }

    @Test
    void noHostHasMoreThanItsShareInFlight() {
        Map<String, List<String>> byHost = new LinkedHashMap<>();
        byHost.put("a", List.of("a1", "a2", "a3", "a4", "a5", "a6"));
        byHost.put("b", List.of("b1", "b2", "b3", "b4", "b5", "b6"));
        Map<String, AtomicInteger> inFlight = new ConcurrentHashMap<>();
        AtomicInteger most = new AtomicInteger();
        Deadline deadline = new Deadline(System::currentTimeMillis, 60);
        Map<String, LinkResult> results = new HostScheduler(8, 2, deadline, System::currentTimeMillis,
                CheckListener.silent()).run(byHost, url -> {
                    AtomicInteger n = inFlight.computeIfAbsent(url.substring(0, 1), h -> new AtomicInteger());
                    most.accumulateAndGet(n.incrementAndGet(), Math::max);
                    Thread.yield();
                    n.decrementAndGet();
                    return alive(url);
                });
        assertEquals(12, results.size());
        assertTrue(most.get() <= 2, "at most 2 per host, saw " + most.get());
    }

    @Test
    void whatIsNotCheckedByTheDeadlineIsUnverifiable() throws Exception {
        AtomicInteger now = new AtomicInteger();
        Deadline deadline = new Deadline(now::get, 1);
        CountDownLatch stopped = new CountDownLatch(1);
        deadline.onStop(stopped::countDown);
        Map<String, List<String>> byHost = Map.of("a", List.of("a1", "a2"));
        Map<String, LinkResult> results = new HostScheduler(1, 1, deadline, now::get, CheckListener.silent())
                .run(byHost, url -> {
                    // The first URL "hangs" until the deadline fires; the second must not start.
                    try {
                        stopped.await();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    return alive(url);
                });
        assertEquals(Verdict.UNVERIFIABLE, results.get("a2").verdict());
        assertEquals("not checked before the deadline of 1 s (qbank.links.deadline)", results.get("a2").detail().text());
    }
}
