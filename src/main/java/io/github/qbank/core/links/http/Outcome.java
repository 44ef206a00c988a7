package io.github.qbank.core.links.http;

import okhttp3.Headers;

import io.github.qbank.core.Message;

/**
 * How one attempt at a URL ended: a response (status, headers, perhaps the start of its body) or a
 * failure before any response.
 *
 * @param failure          {@link Failure#NONE} when a response came
 * @param status           the final status, or 0 without a response
 * @param headers          the final response's headers, or {@code null}
 * @param body             the first bytes of the body of a GET answered with 403, or with 2xx when soft
 *                         404s are judged; or {@code null}
 * @param redirect         where a permanent redirect led, or {@code null}
 * @param detail           what went wrong, in words, for a failure
 * @param retryAfterMillis what the server asked for in {@code Retry-After}, or -1
 * @param finalUrl         the address that gave the response, after redirects; or {@code null}
 */
record Outcome(Failure failure, int status, Headers headers, String body, String redirect, Message detail,
        long retryAfterMillis, String finalUrl) {

    /** Why an attempt got no response. */
    enum Failure { NONE, INVALID, BLOCKED, DNS, REFUSED, TLS, TIMEOUT, RESET, LOOP, TOO_MANY_REDIRECTS, NO_LOCATION,
        CANCELLED }

    static Outcome response(int status, Headers headers, String body, long retryAfterMillis) {
        return response(status, headers, body, retryAfterMillis, null);
    }

    static Outcome response(int status, Headers headers, String body, long retryAfterMillis, String finalUrl) {
        return new Outcome(Failure.NONE, status, headers, body, null, null, retryAfterMillis, finalUrl);
    }

    static Outcome failed(Failure f, Message detail) {
        return new Outcome(f, 0, null, null, null, detail, -1, null);
    }

    /** The same response, reached through a permanent redirect to {@code target}. */
    Outcome redirectedTo(String target) {
        return new Outcome(failure, status, headers, body, target, detail, retryAfterMillis, finalUrl);
    }

    boolean responded() {
        return failure == Failure.NONE;
    }

    /** A failure that says the network, not the link, may be at fault. */
    boolean networkLevel() {
        return failure == Failure.DNS || failure == Failure.REFUSED || failure == Failure.TIMEOUT;
    }
}
