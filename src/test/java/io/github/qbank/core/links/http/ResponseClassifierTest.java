package io.github.qbank.core.links.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;

import okhttp3.Headers;
import org.junit.jupiter.api.Test;

import io.github.qbank.core.Message;
import io.github.qbank.core.links.LinkResult;
import io.github.qbank.core.links.Verdict;
import io.github.qbank.core.links.http.Outcome.Failure;

/** The classifier as a plain function: how an outcome becomes a verdict and its words. */
class ResponseClassifierTest {

    private static final String URL = "https://example.com/page";
    private final ResponseClassifier classifier = new ResponseClassifier(Set.of(401),
            Message.of("link.deadline", 5));

    private LinkResult classify(Outcome o, int retried) {
        return classifier.classify(URL, o, retried, 12);
    }

    private static Outcome status(int code, String... headers) {
        return Outcome.response(code, Headers.of(headers), null, -1);
    }

    @Test
    void successAndAcceptedCodesAreAlive() {
        LinkResult ok = classify(status(204), 0);
        assertEquals(Verdict.ALIVE, ok.verdict());
        assertEquals(204, ok.status());
        assertNull(ok.detail());
        assertEquals(12L, ok.timeMs());
        assertEquals(Verdict.ALIVE, classify(status(401), 0).verdict());
    }

    @Test
    void aPermanentRedirectIsNotedWithItsTarget() {
        LinkResult r = classify(status(200).redirectedTo("https://example.com/new"), 0);
        assertEquals(Verdict.ALIVE, r.verdict());
        assertEquals("https://example.com/new", r.redirect());
        assertEquals("moved permanently to https://example.com/new", r.detail().text());
    }

    @Test
    void otherStatusesAreDeadAndServerErrorsSayHowOftenTheyWereTried() {
        assertEquals("HTTP 404", classify(status(404), 0).detail().text());
        assertEquals(Verdict.DEAD, classify(status(404), 0).verdict());
        assertEquals("HTTP 503 after 1 retry", classify(status(503), 1).detail().text());
        assertEquals("HTTP 500 after 2 retries", classify(status(500), 2).detail().text());
        assertEquals("HTTP 403", classify(status(403), 0).detail().text());
    }

    @Test
    void botWallsAndRateLimitsAreUnverifiable() {
        assertEquals(Verdict.UNVERIFIABLE, classify(status(999), 0).verdict());
        assertEquals(Verdict.UNVERIFIABLE, classify(status(403, "cf-mitigated", "challenge"), 0).verdict());
        assertEquals(Verdict.UNVERIFIABLE, classify(status(403, "Server", "CloudFlare"), 0).verdict());
        assertEquals(Verdict.UNVERIFIABLE, classify(Outcome.response(403, Headers.of(),
                "<title>Just a moment...</title>", -1), 0).verdict());
        LinkResult busy = classify(status(429), 2);
        assertEquals(Verdict.UNVERIFIABLE, busy.verdict());
        assertEquals("rate limited (HTTP 429) after 2 retries", busy.detail().text());
    }

    @Test
    void challengesAreRecognisedByHeadersOrBody() {
        assertTrue(ResponseClassifier.challenged(Headers.of("x-datadome", "1"), null));
        assertTrue(ResponseClassifier.challenged(Headers.of("x-amzn-waf-action", "captcha"), null));
        assertTrue(ResponseClassifier.challenged(Headers.of(), "Please solve this CAPTCHA"));
        assertFalse(ResponseClassifier.challenged(Headers.of("Server", "nginx"), "Forbidden"));
        assertFalse(ResponseClassifier.challenged(null, null));
    }

    @Test
    void failuresWithoutAResponse() {
        Outcome timeout = Outcome.failed(Failure.TIMEOUT, Message.of("link.timed-out"));
        assertEquals(Verdict.UNVERIFIABLE, classify(timeout, 1).verdict());
        assertEquals("timed out after 1 retry", classify(timeout, 1).detail().text());
        assertEquals("not checked before the deadline of 5 s (qbank.links.deadline)",
                classify(Outcome.failed(Failure.CANCELLED, Message.of("link.cancelled")), 0).detail().text());
        assertEquals(Verdict.SKIPPED,
                classify(Outcome.failed(Failure.BLOCKED, Message.of("link.private-address")), 0).verdict());
        assertEquals("connection failed (EOFException) after 2 retries", classify(Outcome.failed(Failure.RESET,
                Message.of("link.connection-failed", "EOFException")), 2).detail().text());
        assertEquals(Verdict.DEAD,
                classify(Outcome.failed(Failure.LOOP, Message.of("link.redirect-loop", "x")), 0).verdict());
        assertEquals(Verdict.DEAD, classify(Outcome.failed(Failure.TLS, Message.of("link.tls-failure", "x")), 0).verdict());
    }
}
