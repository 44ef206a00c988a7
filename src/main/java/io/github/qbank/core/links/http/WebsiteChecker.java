package io.github.qbank.core.links.http;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;
import javax.net.ssl.SSLException;

import okhttp3.Call;
import okhttp3.Headers;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;

import io.github.qbank.core.Message;
import io.github.qbank.core.Version;
import io.github.qbank.core.links.LinkResult;
import io.github.qbank.core.links.LinkSettings;
import io.github.qbank.core.links.Verdict;
import io.github.qbank.core.links.guard.BlockedAddressException;
import io.github.qbank.core.links.guard.HostPatterns;
import io.github.qbank.core.links.guard.IpLiterals;
import io.github.qbank.core.links.guard.PrivateTargets;
import io.github.qbank.core.links.http.Outcome.Failure;
import io.github.qbank.core.links.soft.HostAnswer;
import io.github.qbank.core.links.soft.PageSketch;
import io.github.qbank.core.links.soft.SiteAddresses;
import io.github.qbank.core.links.soft.SoftNotFound;

/**
 * Checks one http(s) URL: HEAD first, GET when HEAD is refused, redirects followed by hand (at
 * most {@value #MAX_REDIRECTS}, a loop is dead, each hop judged like the first), attempts repeated
 * as the {@link RetryPolicy} says, every request sent when the {@link HostPacer} gives its host a
 * turn, and the last outcome classified. A GET body is never read, except the first
 * {@value #BODY_PEEK} bytes of a 403 to recognise a bot challenge, and, when soft 404s are judged
 * ({@link HostProbes}), the first {@value #PAGE_PEEK} bytes of a 2xx text page.
 *
 * <p>Soft 404s: a 2xx answer is compared with its host's answer to a random address beside it
 * ({@link SoftNotFound}); when that takes the target's page, one GET of its final address reads it.
 * So a link costs at most two requests, HEAD and GET, besides redirects and retries; on a host known
 * by then to serve a page at an unknown address, one: a GET at once.
 */
final class WebsiteChecker {

    private static final int MAX_REDIRECTS = 10;
    private static final int BODY_PEEK = 16 * 1024;
    private static final int PAGE_PEEK = 128 * 1024;
    static final Message UNCLEAR = Message.of("link.soft-unclear");
    static final String USER_AGENT = "qbank/" + Version.get() + " (Markdown question bank link checker)";

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
    /** The hosts' "not found" answers, or {@code null} when soft 404s are not judged. */
    private final HostProbes probes;
    private final HostPacer pacer;
    private final HostPacer.Sleeper sleeper;
    private final Set<Call> active = ConcurrentHashMap.newKeySet();

    /**
     * @param probes  the hosts' "not found" answers, or {@code null} when soft 404s are not judged
     * @param pacer   gives each request its host's turn
     * @param sleeper how an attempt waits before it is repeated
     */
    WebsiteChecker(LinkSettings settings, OkHttpClient client, PrivateTargets targets, Deadline deadline,
            LongSupplier clock, HostProbes probes, HostPacer pacer, HostPacer.Sleeper sleeper) {
        this.settings = settings;
        this.probes = probes;
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
        String method = firstMethod(url);
        while (true) {
            o = fetch(parsed, method);
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
        LinkResult result = classifier.classify(url, o, attempt, clock.getAsLong() - began);
        if (probes != null && o.responded()) {
            result = soft(url, o, result, began);
        }
        return new Checked(result, responded, networkFailure);
    }

    /**
     * HEAD, or GET at once where the page will be read anyway: on a host known to serve a page at
     * an address that cannot exist, whose 2xx answers are compared page by page. So a link there
     * costs one request instead of two.
     */
    private String firstMethod(String url) {
        if (probes == null) {
            return "HEAD";
        }
        HttpUrl target = HttpUrl.parse(url);
        return SiteAddresses.isRoot(target) || !SoftNotFound.readsPages(probes.known(target.host())) ? "HEAD" : "GET";
    }

    /**
     * A 2xx answer judged against its host's "not found" answer; what any answer tells about the host.
     * @param o the last outcome, a response
     * @param r its verdict as the status gives it
     */
    private LinkResult soft(String url, Outcome o, LinkResult r, long began) {
        HttpUrl target = HttpUrl.parse(url);
        String host = target.host();
        int s = o.status();
        if (s >= 400 && s < 500 && s != 429) {
            probes.distinct(host); // a host that answers some addresses with an error does not answer all alike
            return r;
        }
        if (r.verdict() != Verdict.ALIVE || s < 200 || s >= 300 || SiteAddresses.isRoot(target)) {
            return r;
        }
        HostAnswer notFound = probes.answer(host, () -> probe(target), deadline);
        if (notFound == null) {
            return r;
        }
        String mediaType = mediaType(o.headers());
        PageSketch page = o.body() == null ? null : PageSketch.of(o.body(), url, o.finalUrl());
        SoftNotFound.Judgement j = SoftNotFound.judge(notFound, url, o.finalUrl(), mediaType, page);
        if (j.verdict() == SoftNotFound.Verdict.NEEDS_PAGE) {
            Outcome get = execute(HttpUrl.parse(o.finalUrl()), "GET", !url.equals(o.finalUrl()));
            if (!get.responded()) {
                return r;
            }
            int g = get.status();
            if (g >= 400 && g < 500 && g != 429) { // HEAD said 200, GET says the page is not there
                probes.distinct(host);
                Outcome withRedirect = o.redirect() == null ? get : get.redirectedTo(o.redirect());
                return classifier.classify(url, withRedirect, 0, clock.getAsLong() - began);
            }
            if (g < 200 || g >= 300 || get.body() == null) {
                return r;
            }
            j = SoftNotFound.judge(notFound, url, o.finalUrl(), mediaType(get.headers()),
                    PageSketch.of(get.body(), url, o.finalUrl()));
        }
        long time = clock.getAsLong() - began;
        switch (j.verdict()) {
            case DIFFERENT:
                probes.distinct(host);
                return r;
            case UNCLEAR:
                probes.distinct(host);
                probes.unclear();
                return new LinkResult(url, Verdict.ALIVE, s, r.redirect(), time, UNCLEAR, List.of());
            case SAME:
                Message reason = j.reason().message();
                if (j.reason().wall()) {
                    return new LinkResult(url, Verdict.UNVERIFIABLE, s, r.redirect(), time, reason, List.of());
                }
                probes.same(host, url);
                return new LinkResult(url, Verdict.DEAD, s, r.redirect(), time, reason, List.of());
            default:
                return r;
        }
    }

    /**
     * The host's answer to a random address beside the target: one GET, its redirects followed, no
     * retry; {@code null} when it got no response.
     */
    private HostAnswer probe(HttpUrl target) {
        HttpUrl address = SiteAddresses.probe(target);
        Outcome o = fetch(address, "GET");
        if (!o.responded()) {
            return null;
        }
        PageSketch page = o.body() == null ? null : PageSketch.of(o.body(), address.toString(), o.finalUrl());
        return new HostAnswer(address.toString(), o.status(), o.finalUrl(), mediaType(o.headers()), page);
    }

    /** {@code text/html} of {@code Content-Type: text/html; charset=utf-8}; {@code null} without one. */
    static String mediaType(Headers headers) {
        String type = headers == null ? null : headers.get("Content-Type");
        if (type == null) {
            return null;
        }
        int semicolon = type.indexOf(';');
        String t = (semicolon < 0 ? type : type.substring(0, semicolon)).strip().toLowerCase(Locale.ROOT);
        return t.isEmpty() ? null : t;
    }

    /** Whether a body of this media type is a page whose text can be compared. */
    private static boolean page(String mediaType) {
        return mediaType == null || mediaType.startsWith("text/") || mediaType.contains("html")
                || mediaType.endsWith("+xml");
    }

    /** One attempt: {@code method} (HEAD, then GET when HEAD is refused), redirects followed by hand. */
    private Outcome fetch(HttpUrl start, String firstMethod) {
        HttpUrl current = start;
        Set<String> visited = new HashSet<>();
        visited.add(current.toString());
        String method = firstMethod;
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
            String body = null;
            if (method.equals("GET") && status == 403) {
                body = response.peekBody(BODY_PEEK).string();
            } else if (method.equals("GET") && probes != null && status >= 200 && status < 300
                    && page(mediaType(response.headers()))) {
                body = response.peekBody(PAGE_PEEK).string();
            }
            long retryAfter = RetryPolicy.retryAfterMillis(response.header("Retry-After"), clock.getAsLong());
            pacer.answered(url.host(), sentAt, status, retryAfter);
            return Outcome.response(status, response.headers(), body, retryAfter, url.toString());
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
