package io.github.qbank.core.links.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import okhttp3.Headers;
import org.junit.jupiter.api.Test;

import io.github.qbank.core.Message;
import io.github.qbank.core.links.http.Outcome.Failure;

/** The retry policy as a plain function: which outcomes are repeated, and after how long. */
class RetryPolicyTest {

    private static final long NOW = 1_700_000_000_000L;
    private static final Message TIMED_OUT = Message.of("link.timed-out");
    private final RetryPolicy policy = new RetryPolicy(2, 1000, 30_000);

    private static Outcome status(int code, long retryAfter) {
        return Outcome.response(code, Headers.of(), null, retryAfter);
    }

    @Test
    void timeoutsAndDroppedConnectionsBackOffExponentially() {
        Outcome timeout = Outcome.failed(Failure.TIMEOUT, TIMED_OUT);
        assertEquals(1000, policy.delayMillis(timeout, 0));
        assertEquals(2000, policy.delayMillis(timeout, 1));
        assertEquals(RetryPolicy.GIVE_UP, policy.delayMillis(timeout, 2), "two retries, then no more");
        assertEquals(1000, policy.delayMillis(Outcome.failed(Failure.RESET, Message.of("link.connection-failed", "x")),
                0));
    }

    @Test
    void rateLimitsAndServerErrorsAreRetriedButNotOtherAnswers() {
        assertEquals(1000, policy.delayMillis(status(429, -1), 0));
        assertEquals(1000, policy.delayMillis(status(503, -1), 0));
        assertEquals(RetryPolicy.GIVE_UP, policy.delayMillis(status(404, -1), 0));
        assertEquals(RetryPolicy.GIVE_UP, policy.delayMillis(status(200, -1), 0));
        assertEquals(RetryPolicy.GIVE_UP,
                policy.delayMillis(Outcome.failed(Failure.DNS, Message.of("link.dns-failure", "x")), 0));
        assertEquals(RetryPolicy.GIVE_UP,
                policy.delayMillis(Outcome.failed(Failure.CANCELLED, Message.of("link.cancelled")), 0));
    }

    @Test
    void retryAfterIsHonouredUpToTheCap() {
        assertEquals(5000, policy.delayMillis(status(429, 5000), 0));
        assertEquals(0, policy.delayMillis(status(429, 0), 1));
        assertEquals(30_000, policy.delayMillis(status(503, 120_000), 0), "'come back in two minutes' waits 30 s");
        assertEquals(30_000, policy.delayMillis(status(503, Long.MAX_VALUE), 0));
    }

    @Test
    void theBackoffIsCappedToo() {
        RetryPolicy many = new RetryPolicy(100, 1000, 30_000);
        assertEquals(16_000, many.delayMillis(Outcome.failed(Failure.TIMEOUT, TIMED_OUT), 4));
        assertEquals(30_000, many.delayMillis(Outcome.failed(Failure.TIMEOUT, TIMED_OUT), 5));
        assertEquals(30_000, many.delayMillis(Outcome.failed(Failure.TIMEOUT, TIMED_OUT), 99), "no overflow");
    }

    @Test
    void retryAfterReadsSecondsAndHttpDates() {
        assertEquals(120_000, RetryPolicy.retryAfterMillis("120", NOW));
        assertEquals(3_000, RetryPolicy.retryAfterMillis(" 3 ", NOW));
        assertEquals(0, RetryPolicy.retryAfterMillis("-5", NOW));
        assertEquals(Long.MAX_VALUE, RetryPolicy.retryAfterMillis("99999999999999999", NOW));
        assertEquals(60_000, RetryPolicy.retryAfterMillis("Tue, 14 Nov 2023 22:14:20 GMT", NOW));
        assertEquals(0, RetryPolicy.retryAfterMillis("Wed, 21 Oct 2015 07:28:00 GMT", NOW), "a date in the past");
        assertEquals(-1, RetryPolicy.retryAfterMillis(null, NOW));
        assertEquals(-1, RetryPolicy.retryAfterMillis("", NOW));
        assertEquals(-1, RetryPolicy.retryAfterMillis("soon", NOW));
    }
}
