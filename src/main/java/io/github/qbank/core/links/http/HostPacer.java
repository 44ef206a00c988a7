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
 * TCP's congestion control does (multiplicative decrease, additive increase, CUBIC's quick return):
 *
 * <ul>
 *   <li>a 429 or 503 cuts the host's rate to {@value #DECREASE} of the rate it was refused at: the
 *       rate it was paced at, or, the first time, the requests it served in the last second (the
 *       requests sent to it, when it served none), counting those that were in flight and are
 *       served after the refusal.
 *       Answers to requests sent before the last cut do not cut it again, so a burst of refusals
 *       counts once;
 *   <li>its {@code Retry-After} (capped like a retry's wait) holds for every request to the host,
 *       not only the refused one;
 *   <li>other answers bring the rate back quickly to {@value #RETURN} of the rate it was refused
 *       at, then add half a request per second with every second of answers, until the host
 *       refuses again.
 * </ul>
 *
 * <p>Every refusal costs the host's whole {@code Retry-After}, so the pace stays just below the
 * rate that was refused and creeps up slowly. On a host that allows 20 requests a second, halving
 * and adding one request per second each second took 1.42 times as long as the limit allows;
 * this takes 1.17 times ({@code HostPaceTest}).
 *
 * <p>For example a host that allows 20 requests per second and refuses the 21st of a burst is
 * paced at 14 per second after its {@code Retry-After}, at about 17 a second later, then
 * creeps towards 18 and past it until it is refused again.
 */
final class HostPacer {

    /** The slowest pace: one request every ten seconds. */
    static final double MIN_RATE = 0.1;
    /** What a refusal leaves of the rate it was refused at. */
    static final double DECREASE = 0.7;
    /** Up to which share of the rate refused last the pace comes back quickly. */
    static final double RETURN = 0.9;
    /** Requests per second added with every second of answers above that. */
    private static final double PROBE = 0.5;
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
        /** The rate of the last refusal. */
        double refusedAt;
        /** Whether {@link #refusedAt} is the first guess, from what the host served, which late answers still raise. */
        boolean firstGuess;
        long next = Long.MIN_VALUE;
        long blockedUntil = Long.MIN_VALUE;
        long lastDecrease = Long.MIN_VALUE;
        int refusals;
        /** While the rate is still infinite: when the requests of the last second were sent. */
        final ArrayDeque<Long> sent = new ArrayDeque<>();
        /** While the rate is still infinite: when the requests answered without a refusal were sent. */
        final ArrayDeque<Long> served = new ArrayDeque<>();

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
                        h.sent.add(at);
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
                    h.firstGuess = !h.paced();
                    h.refusedAt = h.paced() ? h.rate : firstRefusedRate(h, now);
                    h.rate = Math.max(MIN_RATE, h.refusedAt * DECREASE);
                    h.lowest = Math.min(h.lowest, h.rate);
                    h.lastDecrease = now;
                    h.sent.clear();
                    h.served.clear();
                    h.next = Math.max(h.next, now + h.spacing());
                }
            } else if (h.paced() && h.firstGuess && sentAt <= h.lastDecrease) {
                // served, though sent before the first refusal: the host allowed one more than was counted
                h.refusedAt++;
                h.rate = Math.max(h.rate, h.refusedAt * DECREASE);
            } else if (h.paced()) {
                double near = h.refusedAt * RETURN;
                h.rate = h.rate < near ? Math.min(near, h.rate + Math.max(PROBE, 2 * (near - h.rate)) / h.rate)
                        : h.rate + PROBE / h.rate;
            } else {
                h.served.add(sentAt);
                lastSecond(h.served, now);
                lastSecond(h.sent, now);
            }
        }
    }

    /**
     * The rate an unpaced host first refused at: what it served in the last second, the best
     * guess of its limit; when it served nothing, what was sent to it.
     */
    private static double firstRefusedRate(Host h, long now) {
        int served = lastSecond(h.served, now);
        return served > 0 ? served : Math.max(1, lastSecond(h.sent, now));
    }

    /** How many of {@code times} are within the last second; older ones are dropped. */
    private static int lastSecond(ArrayDeque<Long> times, long now) {
        while (!times.isEmpty() && times.peekFirst() <= now - WINDOW_MILLIS) {
            times.pollFirst();
        }
        return times.size();
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
