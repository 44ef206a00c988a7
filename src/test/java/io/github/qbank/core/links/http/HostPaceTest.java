package io.github.qbank.core.links.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;

import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import okhttp3.Dns;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.github.qbank.core.RecordingListener;
import io.github.qbank.core.links.LinkChecker;
import io.github.qbank.core.links.LinkResult;
import io.github.qbank.core.links.LinkSettings;
import io.github.qbank.core.links.Verdict;

/**
 * A host that allows so many requests per second and answers 429 beyond them, on loopback. Time
 * is the test's own: every wait moves the clock on, and the server counts on the same clock, so
 * one request at a time gives the same requests and answers on every run, without waiting.
 */
class HostPaceTest {

    @TempDir
    Path dir;

    private final MockWebServer server = new MockWebServer();
    private final AtomicLong now = new AtomicLong(1_700_000_000_000L);
    private final RecordingListener listener = new RecordingListener();

    private static final Dns LOOPBACK_ONLY = host -> {
        if (host.equalsIgnoreCase("localhost")) {
            return Dns.SYSTEM.lookup(host);
        }
        throw new UnknownHostException(host);
    };

    @BeforeEach
    void start() throws IOException {
        server.start();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    /** At most {@code perSecond} requests answered within any second; 429 with Retry-After beyond. */
    private static final class RateLimited extends Dispatcher {
        final int perSecond;
        final String retryAfter;
        final AtomicLong clock;
        final ArrayDeque<Long> accepted = new ArrayDeque<>();
        /** The clock at each request, and whether it was refused. */
        final List<long[]> log = new ArrayList<>();

        RateLimited(int perSecond, String retryAfter, AtomicLong clock) {
            this.perSecond = perSecond;
            this.retryAfter = retryAfter;
            this.clock = clock;
        }

        @Override
        public synchronized MockResponse dispatch(RecordedRequest request) {
            long t = clock.get();
            while (!accepted.isEmpty() && accepted.peekFirst() <= t - 1000) {
                accepted.pollFirst();
            }
            boolean refused = accepted.size() >= perSecond;
            log.add(new long[] {t, refused ? 1 : 0});
            if (refused) {
                return new MockResponse.Builder().code(429).setHeader("Retry-After", retryAfter).build();
            }
            accepted.addLast(t);
            return new MockResponse.Builder().code(200).build();
        }

        synchronized long refusals() {
            return log.stream().filter(e -> e[1] == 1).count();
        }
    }

    /** Every request is counted here: the soft-404 probe a host gets is {@link SoftNotFoundTest}'s. */
    private LinkSettings.Builder settings() {
        return LinkSettings.builder(dir.resolve("cache.json"))
                .softNotFound(false)
                .allowPrivate(true)
                .timeoutSeconds(5)
                .concurrency(1)
                .perHost(1);
    }

    private LinkChecker.LinkCheck check(LinkSettings.Builder settings, List<String> urls) {
        return new HttpLinkChecker(settings.build(), listener, now::get, now::addAndGet, LOOPBACK_ONLY).check(urls);
    }

    private List<String> urls(int n) {
        List<String> urls = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            urls.add(server.url("/answer/" + i).toString());
        }
        return urls;
    }

    @Test
    void aHostThatAllowsTwentyPerSecondHasNoLinkMisjudgedAndItsRefusalsAreCounted() {
        RateLimited host = new RateLimited(20, "1", now);
        server.setDispatcher(host);
        long start = now.get();

        LinkChecker.LinkCheck check = check(settings(), urls(224));

        Map<Verdict, Long> verdicts = check.results().values().stream()
                .collect(Collectors.groupingBy(LinkResult::verdict, Collectors.counting()));
        assertEquals(Map.of(Verdict.ALIVE, 224L), verdicts);
        assertEquals(2, host.refusals());
        assertEquals(224 + 2, server.getRequestCount());
        assertTrue(listener.lines().contains("INFO qbank: " + server.getHostName()
                + " answered 429 or 503 2 time(s); its requests were slowed down to 14.0 per second at the slowest"),
                listener.lines().toString());
        // 224 requests at 20 per second take 11.2 s; paced, they take 13.1 s of the test's clock (1.17 times)
        assertEquals(13_088, now.get() - start);
    }

    @Test
    void noRequestReachesTheHostBeforeItsRetryAfterHasPassed() {
        RateLimited host = new RateLimited(5, "3", now);
        server.setDispatcher(host);

        LinkChecker.LinkCheck check = check(settings(), urls(40));

        assertTrue(check.results().values().stream().allMatch(r -> r.verdict() == Verdict.ALIVE));
        List<long[]> log = host.log;
        for (int i = 0; i + 1 < log.size(); i++) {
            if (log.get(i)[1] == 1) {
                assertTrue(log.get(i + 1)[0] >= log.get(i)[0] + 3000,
                        "request " + (i + 1) + " came " + (log.get(i + 1)[0] - log.get(i)[0]) + " ms after a 429");
            }
        }
        assertEquals(4, host.refusals());
    }

    @Test
    void aHostThatRefusesEverythingIsLeftAtTheDeadline() {
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                return new MockResponse.Builder().code(429).setHeader("Retry-After", "2").build();
            }
        });

        LinkChecker.LinkCheck check = check(settings().deadlineSeconds(10), urls(8));

        List<String> details = check.results().values().stream()
                .map(r -> r.verdict() + " " + r.detail().text()).toList();
        assertEquals(List.of(
                "UNVERIFIABLE rate limited (HTTP 429) after 2 retries",
                "UNVERIFIABLE not checked before the deadline of 10 s (qbank.links.deadline)",
                "UNVERIFIABLE not checked before the deadline of 10 s (qbank.links.deadline)",
                "UNVERIFIABLE not checked before the deadline of 10 s (qbank.links.deadline)",
                "UNVERIFIABLE not checked before the deadline of 10 s (qbank.links.deadline)",
                "UNVERIFIABLE not checked before the deadline of 10 s (qbank.links.deadline)",
                "UNVERIFIABLE not checked before the deadline of 10 s (qbank.links.deadline)",
                "UNVERIFIABLE not checked before the deadline of 10 s (qbank.links.deadline)"), details);
        // the pace falls from 0.7 to 0.24 requests a second: the second link's retry would come after the deadline
        assertEquals(4, server.getRequestCount());
    }
}
