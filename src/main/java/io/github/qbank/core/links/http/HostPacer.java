package io.github.qbank.core.links.http;

import java.util.ArrayDeque;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * How fast each host is asked. A host is asked as fast as the limits on requests in flight allow
 * until it answers 429 or 503; from then on its requests are spaced out, and the pace adapts as
 * TCP's does (additive increase, multiplicative decrease):
 *
 * <ul>
 *   <li>a 429 or 503 cuts the host's rate to {@value #DECREASE} of what it was: the rate it was
 *       paced at, or, the first time, the requests sent to it in the last second. Answers to
 *       requests sent before the last cut do not cut it again, so a burst of refusals counts once.
 *       CUBIC's factor, not TCP Reno's half: on a host that allows 20 requests a second, halving
 *       took 1.42 times as long as the limit allows, and 0.7 1.22 times ({@code HostPaceTest});
 *   <li>its {@code Retry-After} (capped like a retry's wait) holds for every request to the host,
 *       not only the refused one;
 *   <li>every other answer adds {@code 1 / rate} requests per second: about one request per second
 *       more with every second of answers, until the host refuses again.
 * </ul>
 *
 * <p>For example a host that allows 20 requests per second and refuses the 21st of a burst is
 * paced at 14.7 per second after its {@code Retry-After}, then about 15.7 a second later, 16.7 a
 * second after that, … until it refuses again.
 */
final class HostPacer {

    /** The slowest pace: one request every ten seconds. */
    static final double MIN_RATE = 0.1;
    /** What a refusal leaves of the rate. */
    static final double DECREASE = 0.7;
    private static final long WINDOW_MILLIS = 1000;

    /** What one host did to the pace, for the check's summary. */
    record Slowed(String host, int refusals, double lowestRate) {}

    private final LongSupplier clock;
    private final Sleeper sleeper;
    private final Deadline deadline;
    private final long maxWaitMillis;
    private final Map<String, Host> hosts = new ConcurrentHashMap<>();

    /**
     * @param clock         the time in milliseconds
     * @param sleeper       how a request waits for its turn
     * @param deadline      no turn is given past it
     * @param maxWaitMillis the cap on a {@code Retry-After}
     */
    HostPacer(LongSupplier clock, Sleeper sleeper, Deadline deadline, long maxWaitMillis) {
        this.clock = clock;
        this.sleeper = sleeper;
        this.deadline = deadline;
        this.maxWaitMillis = maxWaitMillis;
    }

    /** Waits for {@code host}'s turn: {@code millis} to wait, or less when the check stops. */
    @FunctionalInterface
    interface Sleeper {
        void sleep(long millis);
    }

    /** One host's pace. */
    private static final class Host {
        /** Requests per second; infinite until the host first refuses. */
        double rate = Double.POSITIVE_INFINITY;
        double lowest = Double.POSITIVE_INFINITY;
        long next = Long.MIN_VALUE;
        long blockedUntil = Long.MIN_VALUE;
        long lastDecrease = Long.MIN_VALUE;
        int refusals;
        /** When the requests of the last second were sent, while the rate is still infinite. */
        final ArrayDeque<Long> recent = new ArrayDeque<>();

        boolean paced() {
            return rate != Double.POSITIVE_INFINITY;
        }

        long spacing() {
            return paced() ? (long) Math.ceil(1000 / rate) : 0;
        }
    }

    /**
     * Waits until a request may be sent to {@code host}.
     * @return when it is sent, for {@link #answered}; or -1 when the deadline comes first
     */
    long turn(String host) {
        Host h = hosts.computeIfAbsent(host, k -> new Host());
        long at;
        synchronized (h) {
            at = reserve(h);
        }
        while (true) {
            long wait = at - clock.getAsLong();
            if (wait > 0) {
                if (deadline.stopped() || !deadline.allows(wait)) {
                    return -1;
                }
                sleeper.sleep(wait);
                if (deadline.stopped() || Thread.currentThread().isInterrupted()) {
                    return -1;
                }
            }
            synchronized (h) {
                if (h.blockedUntil <= at) { // no Retry-After came while this request waited
                    if (!h.paced()) {
                        h.recent.add(at);
                    }
                    return at;
                }
                at = reserve(h);
            }
        }
    }

    private long reserve(Host h) {
        long at = Math.max(clock.getAsLong(), Math.max(h.next, h.blockedUntil));
        h.next = at + h.spacing();
        return at;
    }

    /**
     * What {@code host} answered to the request sent at {@code sentAt}.
     * @param retryAfterMillis its {@code Retry-After}, or -1
     */
    void answered(String host, long sentAt, int status, long retryAfterMillis) {
        Host h = hosts.computeIfAbsent(host, k -> new Host());
        synchronized (h) {
            long now = clock.getAsLong();
            if (status == 429 || status == 503) {
                h.refusals++;
                if (retryAfterMillis >= 0) {
                    h.blockedUntil = Math.max(h.blockedUntil, now + Math.min(retryAfterMillis, maxWaitMillis));
                }
                if (sentAt > h.lastDecrease) {
                    double sending = h.paced() ? h.rate : sentInLastSecond(h, now);
                    h.rate = Math.max(MIN_RATE, sending * DECREASE);
                    h.lowest = Math.min(h.lowest, h.rate);
                    h.lastDecrease = now;
                    h.recent.clear();
                    h.next = Math.max(h.next, now + h.spacing());
                }
            } else if (h.paced()) {
                h.rate += 1 / h.rate;
            } else {
                sentInLastSecond(h, now);
            }
        }
    }

    private static int sentInLastSecond(Host h, long now) {
        while (!h.recent.isEmpty() && h.recent.peekFirst() <= now - WINDOW_MILLIS) {
            h.recent.pollFirst();
        }
        return Math.max(1, h.recent.size());
    }

    /** {@return the hosts that refused at least once, by name} */
    List<Slowed> slowed() {
        return hosts.entrySet().stream()
                .filter(e -> e.getValue().refusals > 0)
                .map(e -> {
                    synchronized (e.getValue()) {
                        return new Slowed(e.getKey(), e.getValue().refusals, e.getValue().lowest);
                    }
                })
                .sorted(Comparator.comparing(Slowed::host))
                .toList();
    }
}
