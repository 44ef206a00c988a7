package io.github.qbank.core.links.http;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;
import javax.net.ssl.SSLException;

import okhttp3.Call;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;

import io.github.qbank.core.Message;
import io.github.qbank.core.Version;
import io.github.qbank.core.links.LinkResult;
import io.github.qbank.core.links.LinkSettings;
import io.github.qbank.core.links.guard.BlockedAddressException;
import io.github.qbank.core.links.guard.HostPatterns;
import io.github.qbank.core.links.guard.IpLiterals;
import io.github.qbank.core.links.guard.PrivateTargets;
import io.github.qbank.core.links.http.Outcome.Failure;

/**
 * Checks one http(s) URL: HEAD first, GET when HEAD is refused, redirects followed by hand (at
 * most {@value #MAX_REDIRECTS}, a loop is dead, each hop judged like the first), attempts repeated
 * as the {@link RetryPolicy} says, every request sent when the {@link HostPacer} gives its host a
 * turn, and the last outcome classified. A GET body is never read,
 * except the first {@value #BODY_PEEK} bytes of a 403 to recognise a bot challenge.
 */
final class WebsiteChecker {

    private static final int MAX_REDIRECTS = 10;
    private static final int BODY_PEEK = 16 * 1024;
    private static final String USER_AGENT = "qbank/" + Version.get() + " (Markdown question bank link checker)";

    /**
     * What checking one URL found.
     *
     * @param result         the verdict
     * @param responded      whether any attempt got an HTTP response: the network works
     * @param networkFailure whether the last attempt failed for want of a network (unknown host,
     *                       refused or unreachable), so the verdict may say more about the machine than the link
     */
    record Checked(LinkResult result, boolean responded, boolean networkFailure) {}

    private final LinkSettings settings;
    private final OkHttpClient client;
    private final RetryPolicy retry;
    private final ResponseClassifier classifier;
    private final Deadline deadline;
    private final LongSupplier clock;
    private final PrivateTargets targets;
    private final HostPacer pacer;
    private final HostPacer.Sleeper sleeper;
    private final Set<Call> active = ConcurrentHashMap.newKeySet();

    /**
     * @param pacer   gives each request its host's turn
     * @param sleeper how an attempt waits before it is repeated
     */
    WebsiteChecker(LinkSettings settings, OkHttpClient client, PrivateTargets targets, Deadline deadline,
            LongSupplier clock, HostPacer pacer, HostPacer.Sleeper sleeper) {
        this.settings = settings;
        this.pacer = pacer;
        this.sleeper = sleeper;
        this.targets = targets;
        this.client = client;
        this.retry = RetryPolicy.of(settings);
        this.classifier = new ResponseClassifier(settings.acceptedStatus(), deadline.text());
        this.deadline = deadline;
        this.clock = clock;
        deadline.onStop(() -> active.forEach(Call::cancel));
    }

    /**
     * @param url    the URL as written
     * @param parsed the same, parsed
     */
    Checked check(String url, HttpUrl parsed) {
        long began = clock.getAsLong();
        boolean responded = false;
        Outcome o;
        int attempt = 0;
        while (true) {
            o = fetch(parsed);
            responded |= o.responded();
            long wait = retry.delayMillis(o, attempt);
            if (wait == RetryPolicy.GIVE_UP || deadline.stopped() || !deadline.allows(wait)) {
                break;
            }
            sleeper.sleep(wait);
            if (deadline.stopped() || Thread.currentThread().isInterrupted()) {
                break;
            }
            attempt++;
        }
        boolean networkFailure = o.networkLevel() && o.failure() != Failure.TIMEOUT;
        return new Checked(classifier.classify(url, o, attempt, clock.getAsLong() - began), responded, networkFailure);
    }

    /** One attempt: HEAD, GET when HEAD is refused, redirects followed by hand. */
    private Outcome fetch(HttpUrl start) {
        HttpUrl current = start;
        Set<String> visited = new HashSet<>();
        visited.add(current.toString());
        String method = "HEAD";
        String permanent = null;
        for (int hop = 0; ; hop++) {
            boolean redirected = hop > 0;
            if (redirected && IpLiterals.invalid(current.host())) {
                return Outcome.failed(Failure.INVALID, Message.of("link.redirected-to-invalid", current.host()));
            }
            Message refusal = targets.refuse(current.scheme(), current.host());
            if (refusal != null) {
                return Outcome.failed(Failure.BLOCKED, redirected ? blockedRedirect(current) : refusal);
            }
            Outcome o = execute(current, method, redirected);
            if (o.responded() && method.equals("HEAD") && refusedHead(o.status())) {
                method = "GET";
                o = execute(current, method, redirected);
            }
            if (!o.responded() || o.status() < 300 || o.status() >= 400 || o.status() == 304) {
                return o.responded() && permanent != null ? o.redirectedTo(permanent) : o;
            }
            String location = o.headers().get("Location");
            HttpUrl next = location == null ? null : current.resolve(location);
            if (next == null) {
                return Outcome.failed(Failure.NO_LOCATION, Message.of("link.redirect-without-location", o.status()));
            }
            if (!visited.add(next.toString())) {
                return Outcome.failed(Failure.LOOP, Message.of("link.redirect-loop", next.toString()));
            }
            if (hop + 1 >= MAX_REDIRECTS) {
                return Outcome.failed(Failure.TOO_MANY_REDIRECTS, Message.of("link.too-many-redirects", MAX_REDIRECTS));
            }
            if (o.status() == 301 || o.status() == 308) {
                permanent = next.toString();
            }
            if (o.status() == 303) {
                method = "GET";
            }
            current = next;
        }
    }

    private static Message blockedRedirect(HttpUrl url) {
        return Message.of("link.redirected-to-private", url.host());
    }

    /** HEAD answers that mean "ask with GET": anything but success, redirect or rate limiting. */
    private static boolean refusedHead(int status) {
        return status >= 400 && status != 429;
    }

    private Outcome execute(HttpUrl url, String method, boolean redirected) {
        long sentAt = deadline.stopped() ? -1 : pacer.turn(url.host());
        if (sentAt < 0) {
            return Outcome.failed(Failure.CANCELLED, Message.of("link.cancelled"));
        }
        Call call;
        try {
            call = client.newCall(request(url, method));
        } catch (RuntimeException e) {
            return Outcome.failed(Failure.INVALID, Message.of("link.request-failed", e.getClass().getSimpleName()));
        }
        active.add(call);
        if (deadline.stopped()) {
            call.cancel();
        }
        try (Response response = call.execute()) {
            int status = response.code();
            String body = method.equals("GET") && status == 403 ? response.peekBody(BODY_PEEK).string() : null;
            long retryAfter = RetryPolicy.retryAfterMillis(response.header("Retry-After"), clock.getAsLong());
            pacer.answered(url.host(), sentAt, status, retryAfter);
            return Outcome.response(status, response.headers(), body, retryAfter);
        } catch (IOException e) {
            return failure(e, url, redirected);
        } catch (RuntimeException e) {
            return Outcome.failed(Failure.INVALID, Message.of("link.request-failed", e.getClass().getSimpleName()));
        } finally {
            active.remove(call);
        }
    }

    private Request request(HttpUrl url, String method) {
        Request.Builder request = new Request.Builder().url(url).method(method, null)
                .header("User-Agent", USER_AGENT)
                .header("Accept", "*/*");
        for (LinkSettings.HostHeaders h : settings.headers()) {
            if (HostPatterns.matches(h.hostGlob(), url.host())) {
                h.headers().forEach(request::header);
            }
        }
        return request.build();
    }

    /**
     * What an exception from OkHttp means; a refusal by the
     * {@link io.github.qbank.core.links.guard.AddressGuard} may come wrapped.
     */
    private Outcome failure(IOException thrown, HttpUrl url, boolean redirected) {
        if (blocked(thrown, 0)) {
            return Outcome.failed(Failure.BLOCKED, redirected ? blockedRedirect(url)
                    : Message.of("link.resolves-to-private", url.host()));
        }
        if (thrown instanceof UnknownHostException) {
            return Outcome.failed(Failure.DNS, Message.of("link.dns-failure", url.host()));
        }
        if (thrown instanceof ConnectException || thrown instanceof NoRouteToHostException) {
            return Outcome.failed(Failure.REFUSED, Message.of("link.connection-refused", url.host(), url.port()));
        }
        if (thrown instanceof SSLException) {
            return Outcome.failed(Failure.TLS, Message.of("link.tls-failure", String.valueOf(thrown.getMessage())));
        }
        if (deadline.stopped() && !(thrown instanceof SocketTimeoutException)) {
            return Outcome.failed(Failure.CANCELLED, Message.of("link.cancelled"));
        }
        if (thrown instanceof InterruptedIOException) { // SocketTimeoutException too
            return Outcome.failed(Failure.TIMEOUT, Message.of("link.timed-out"));
        }
        return Outcome.failed(Failure.RESET, Message.of("link.connection-failed", thrown.getClass().getSimpleName()));
    }

    private static boolean blocked(Throwable t, int depth) {
        if (t == null || depth > 8) {
            return false;
        }
        if (t instanceof BlockedAddressException) {
            return true;
        }
        for (Throwable s : t.getSuppressed()) {
            if (blocked(s, depth + 1)) {
                return true;
            }
        }
        return blocked(t.getCause(), depth + 1);
    }
}
