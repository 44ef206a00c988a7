package io.github.qbank.core.links.http;

import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

import io.github.qbank.core.links.LinkSettings;
import io.github.qbank.core.links.http.Outcome.Failure;

/**
 * When to try a URL again, and after how long. Timeouts, dropped connections, 429 and 5xx are
 * retried up to {@code retries} times; the wait doubles from {@code backoffMillis}, or is what
 * the server asked for in {@code Retry-After}; either is capped at {@code maxWaitMillis}, so a
 * server that says "come back tomorrow" costs at most the cap.
 *
 * <p>With retries 2, backoff 1 s and cap 30 s: a timeout waits 1 s, then 2 s, then gives up; a 429
 * with {@code Retry-After: 120} waits 30 s.
 */
final class RetryPolicy {

    /** {@link #delayMillis} when the attempt is not to be repeated. */
    static final long GIVE_UP = -1;

    private final int retries;
    private final long backoffMillis;
    private final long maxWaitMillis;

    RetryPolicy(int retries, long backoffMillis, long maxWaitMillis) {
        this.retries = retries;
        this.backoffMillis = backoffMillis;
        this.maxWaitMillis = maxWaitMillis;
    }

    static RetryPolicy of(LinkSettings settings) {
        return new RetryPolicy(settings.retries(), settings.backoffMillis(), settings.maxRetryAfterMillis());
    }

    /** Whether an outcome is worth another attempt at all. */
    static boolean retryable(Outcome o) {
        return o.failure() == Failure.TIMEOUT || o.failure() == Failure.RESET
                || (o.responded() && (o.status() == 429 || o.status() >= 500));
    }

    /**
     * How long to wait before the next attempt, after attempt number {@code attempt} (0 for the
     * first) ended with {@code o}; {@link #GIVE_UP} when there is to be none.
     */
    long delayMillis(Outcome o, int attempt) {
        if (!retryable(o) || attempt >= retries) {
            return GIVE_UP;
        }
        long backoff = backoffMillis << Math.min(attempt, 30);
        long wait = o.retryAfterMillis() >= 0 ? o.retryAfterMillis() : backoff < 0 ? Long.MAX_VALUE : backoff;
        return Math.min(wait, maxWaitMillis);
    }

    /**
     * A {@code Retry-After} value in milliseconds from {@code now}: delay-seconds or an HTTP date
     * (a date in the past, or a negative delay, means 0); -1 when absent or unreadable.
     */
    static long retryAfterMillis(String value, long now) {
        if (value == null || value.isBlank()) {
            return -1;
        }
        String v = value.trim();
        try {
            long seconds = Long.parseLong(v);
            return seconds <= 0 ? 0 : seconds > Long.MAX_VALUE / 1000 ? Long.MAX_VALUE : seconds * 1000;
        } catch (NumberFormatException e) {
            try {
                long at = ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant().toEpochMilli();
                return Math.max(0, at - now);
            } catch (DateTimeParseException e2) {
                return -1;
            }
        }
    }
}
