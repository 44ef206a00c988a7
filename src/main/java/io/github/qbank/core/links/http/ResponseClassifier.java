package io.github.qbank.core.links.http;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import okhttp3.Headers;

import io.github.qbank.core.Message;
import io.github.qbank.core.links.LinkResult;
import io.github.qbank.core.links.Verdict;

/**
 * Turns how a URL's last attempt ended into a verdict. 2xx and accepted codes are alive; a bot
 * wall (999, or 403 with a challenge: Cloudflare, AWS WAF, DataDome, Sucuri headers or a captcha
 * page) and a 429 after retries are unverifiable, because the site refuses robots rather than
 * the page being gone; any other status is dead. Without a response: a timeout or the deadline
 * is unverifiable, a private target is skipped, anything else (unknown host, refused, TLS, reset,
 * redirect loop) is dead.
 *
 * <p>For example a 403 whose {@code Server} header says {@code cloudflare} is "bot wall (HTTP
 * 403)", unverifiable; a bare 403 is "HTTP 403", dead; a 503 after two retries is "HTTP 503 after
 * 2 retries", dead.
 */
final class ResponseClassifier {

    private static final Pattern CHALLENGE_BODY = Pattern.compile(
            "captcha|challenge-platform|cf-browser-verification|Just a moment|Attention Required|are you a robot",
            Pattern.CASE_INSENSITIVE);

    private final Set<Integer> acceptedStatus;
    private final Message deadlineText;

    /**
     * @param acceptedStatus codes that count as alive besides 2xx
     * @param deadlineText   what a link cut off by the deadline is told
     */
    ResponseClassifier(Set<Integer> acceptedStatus, Message deadlineText) {
        this.acceptedStatus = Set.copyOf(acceptedStatus);
        this.deadlineText = deadlineText;
    }

    /**
     * @param retried how many retries were made before {@code o}
     * @param timeMs  how long the check of the URL took
     */
    LinkResult classify(String url, Outcome o, int retried, long timeMs) {
        return switch (o.failure()) {
            case NONE -> classifyResponse(url, o, retried, timeMs);
            case TIMEOUT -> result(url, Verdict.UNVERIFIABLE, null, null,
                    afterRetries(Message.of("link.timed-out"), retried), timeMs);
            case CANCELLED -> result(url, Verdict.UNVERIFIABLE, null, null, deadlineText, timeMs);
            case BLOCKED -> result(url, Verdict.SKIPPED, null, null, o.detail(), timeMs);
            case RESET -> result(url, Verdict.DEAD, null, null, afterRetries(o.detail(), retried), timeMs);
            default -> result(url, Verdict.DEAD, null, null, o.detail(), timeMs);
        };
    }

    private LinkResult classifyResponse(String url, Outcome o, int retried, long timeMs) {
        int s = o.status();
        if ((s >= 200 && s < 300) || acceptedStatus.contains(s)) {
            return result(url, Verdict.ALIVE, s, o.redirect(), o.redirect() == null ? null
                    : Message.of("link.moved-permanently", o.redirect()), timeMs);
        }
        if (s == 999 || (s == 403 && challenged(o.headers(), o.body()))) {
            return result(url, Verdict.UNVERIFIABLE, s, o.redirect(), Message.of("link.bot-wall", s), timeMs);
        }
        if (s == 429) {
            return result(url, Verdict.UNVERIFIABLE, s, o.redirect(),
                    afterRetries(Message.of("link.rate-limited"), retried), timeMs);
        }
        Message status = Message.of("link.http-status", s);
        return result(url, Verdict.DEAD, s, o.redirect(), s >= 500 ? afterRetries(status, retried) : status, timeMs);
    }

    /** {@code what}, with {@code after 2 retries} when there were retries. */
    private static Message afterRetries(Message what, int retried) {
        return retried == 0 ? what : retried == 1 ? Message.of("link.after-one-retry", what, retried)
                : Message.of("link.after-retries", what, retried);
    }

    /** Whether a 403 is a bot challenge rather than a refusal of the page itself. */
    static boolean challenged(Headers h, String body) {
        if (h != null) {
            String server = h.get("Server") == null ? "" : h.get("Server").toLowerCase(Locale.ROOT);
            if (h.get("cf-mitigated") != null || h.get("cf-chl-bypass") != null || server.contains("cloudflare")
                    || h.get("x-amzn-waf-action") != null || h.get("x-datadome") != null
                    || h.get("x-sucuri-id") != null) {
                return true;
            }
        }
        return body != null && CHALLENGE_BODY.matcher(body).find();
    }

    private static LinkResult result(String url, Verdict v, Integer status, String redirect, Message detail,
            long timeMs) {
        return new LinkResult(url, v, status, redirect, timeMs, detail, List.of());
    }
}
