package io.github.qbank.core.links;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.NoRouteToHostException;
import java.net.Proxy;
import java.net.ProxySelector;
import java.net.SocketAddress;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.LongSupplier;
import java.util.regex.Pattern;
import javax.net.ssl.SSLException;

import okhttp3.Call;
import okhttp3.Credentials;
import okhttp3.Dns;
import okhttp3.Headers;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;

import io.github.qbank.core.CheckListener;
import io.github.qbank.core.Version;

/**
 * Checks external links with OkHttp, politely and within bounds, so that a hostile or hanging
 * server can never hang a build:
 *
 * <ul>
 *   <li>HEAD first, GET when HEAD is refused; GET bodies are never read past {@value #BODY_PEEK}
 *       bytes (and only for a 403, to recognise a bot challenge);
 *   <li>redirects followed by hand, at most {@value #MAX_REDIRECTS}, each hop checked like the
 *       first; a loop is a dead link; a permanent redirect is noted with its target;
 *   <li>timeouts, 429 and 5xx retried with exponential backoff that honours {@code Retry-After}
 *       up to a cap;
 *   <li>at most {@code concurrency} requests in flight, {@code perHost} per host, hosts
 *       interleaved; a deadline for the whole check, after which calls are cancelled;
 *   <li>loopback, private and link-local addresses refused unless allowed, for literal addresses
 *       and again after name resolution;
 *   <li>when no host at all can be resolved or reached, the network is down: the links are
 *       unverifiable, not dead, and that is said once.
 * </ul>
 */
public final class HttpLinkChecker implements LinkChecker {

    private static final int MAX_REDIRECTS = 10;
    private static final int BODY_PEEK = 16 * 1024;
    private static final int MAX_URL_LENGTH = 4096;
    /** How many hosts must fail at the network level, with no response from any, to call the network down. */
    private static final int NETWORK_PROBE_HOSTS = 3;
    private static final long PROGRESS_EVERY_SECONDS = 5;
    private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");
    private static final Pattern CHALLENGE_BODY = Pattern.compile(
            "captcha|challenge-platform|cf-browser-verification|Just a moment|Attention Required|are you a robot",
            Pattern.CASE_INSENSITIVE);
    static final String NETWORK_UNAVAILABLE = "network unavailable";

    private final LinkSettings settings;
    private final CheckListener listener;
    private final LongSupplier clock;
    private final Dns dns;

    public HttpLinkChecker(LinkSettings settings, CheckListener listener) {
        this(settings, listener, System::currentTimeMillis, Dns.SYSTEM);
    }

    HttpLinkChecker(LinkSettings settings, CheckListener listener, LongSupplier clock) {
        this(settings, listener, clock, Dns.SYSTEM);
    }

    /** With a clock and a resolver of the test's choosing: a machine without network, say. */
    HttpLinkChecker(LinkSettings settings, CheckListener listener, LongSupplier clock, Dns dns) {
        this.settings = settings;
        this.listener = listener;
        this.clock = clock;
        this.dns = dns;
    }

    @Override
    public LinkCheck check(List<String> urls) {
        return new Run(urls).execute();
    }

    /** What is decided by a verdict, for the cache fingerprint: not the header values themselves. */
    String fingerprint() {
        StringBuilder sb = new StringBuilder(Version.get()).append('|').append(settings.acceptedStatus());
        for (LinkSettings.HostHeaders h : settings.headers()) {
            sb.append('|').append(h.hostGlob()).append(h.headers());
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(sb.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            return Integer.toHexString(sb.toString().hashCode());
        }
    }

    /** How one attempt at a URL ended. */
    private enum Failure { NONE, INVALID, BLOCKED, DNS, REFUSED, TLS, TIMEOUT, RESET, LOOP, TOO_MANY_REDIRECTS, NO_LOCATION,
        CANCELLED }

    private record Outcome(Failure failure, int status, Headers headers, String body, String redirect, String detail,
            long retryAfterMillis) {

        static Outcome failed(Failure f, String detail) {
            return new Outcome(f, 0, null, null, null, detail, -1);
        }

        boolean networkLevel() {
            return failure == Failure.DNS || failure == Failure.REFUSED || failure == Failure.TIMEOUT;
        }

        boolean retryable() {
            return failure == Failure.TIMEOUT || failure == Failure.RESET
                    || (failure == Failure.NONE && (status == 429 || status >= 500));
        }
    }

    /** Refused by the address policy after name resolution. */
    private static final class BlockedAddressException extends UnknownHostException {
        private static final long serialVersionUID = 1L;

        BlockedAddressException(String host) {
            super(host + " resolves to a private address");
        }
    }

    /** One check of a list of URLs: its client, limits, deadline and results. */
    private final class Run {
        private final List<String> urls;
        private final Map<String, LinkResult> results = new ConcurrentHashMap<>();
        private final Set<String> networkFailures = ConcurrentHashMap.newKeySet();
        private final Map<String, Semaphore> hostSlots = new ConcurrentHashMap<>();
        private final Set<Call> active = ConcurrentHashMap.newKeySet();
        private final Set<String> failedHosts = ConcurrentHashMap.newKeySet();
        private final AtomicInteger respondedHosts = new AtomicInteger();
        private final AtomicBoolean stopped = new AtomicBoolean();
        private final AtomicBoolean networkDown = new AtomicBoolean();
        private final AtomicInteger done = new AtomicInteger();
        private final long start = clock.getAsLong();
        private final long deadline = start + settings.deadlineSeconds() * 1000L;
        private final OkHttpClient client;
        private final LinkCache cache;
        private int distinctHosts;

        Run(List<String> urls) {
            this.urls = urls;
            this.client = client();
            this.cache = LinkCache.load(settings.cacheFile(), fingerprint(), settings.cacheMaxAgeSeconds(), listener);
        }

        LinkCheck execute() {
            Map<String, List<String>> byHost = new LinkedHashMap<>();
            for (String url : urls) {
                LinkResult early = withoutRequest(url);
                if (early != null) {
                    results.put(url, early);
                    continue;
                }
                byHost.computeIfAbsent(HttpUrl.parse(url).host(), h -> new ArrayList<>()).add(url);
            }
            distinctHosts = byHost.size();
            List<String> queue = interleave(byHost);
            if (!queue.isEmpty()) {
                request(queue);
            }
            boolean unavailable = networkDown.get()
                    || (respondedHosts.get() == 0 && !networkFailures.isEmpty() && networkFailures.size() == queue.size());
            if (unavailable) {
                listener.warn("qbank: network unavailable: no host could be resolved or reached; " + queue.size()
                        + (queue.size() == 1 ? " link is" : " links are") + " unverifiable, not dead");
                for (String url : queue) {
                    LinkResult r = results.get(url);
                    if (r == null || networkFailures.contains(url) || r.verdict() != Verdict.ALIVE) {
                        results.put(url, new LinkResult(url, Verdict.UNVERIFIABLE, null, null, null, NETWORK_UNAVAILABLE,
                                List.of()));
                    }
                }
            } else {
                long now = clock.getAsLong();
                results.forEach((url, r) -> cache.record(url, r, now));
                cache.save(listener);
            }
            Map<String, LinkResult> ordered = new LinkedHashMap<>();
            for (String url : urls) {
                ordered.put(url, results.get(url));
            }
            return new LinkCheck(ordered, unavailable);
        }

        /** A verdict reached without a request: invalid, excluded, private, or fresh in the cache. */
        private LinkResult withoutRequest(String url) {
            for (Pattern p : settings.excludes()) {
                if (p.matcher(url).find()) {
                    return result(url, Verdict.SKIPPED, null, null, "excluded by " + p.pattern());
                }
            }
            HttpUrl parsed = url.length() > MAX_URL_LENGTH ? null : HttpUrl.parse(url);
            if (parsed == null) {
                return result(url, Verdict.DEAD, null, null, url.length() > MAX_URL_LENGTH
                        ? "not a usable URL: " + url.length() + " characters long" : "not a valid URL");
            }
            if (!settings.allowPrivate() && isPrivateLiteral(parsed.host())) {
                return result(url, Verdict.SKIPPED, null, null, "private address; not requested (qbank.links.allowPrivate)");
            }
            return cache.fresh(url, clock.getAsLong());
        }

        private LinkResult result(String url, Verdict v, Integer status, String redirect, String detail) {
            return new LinkResult(url, v, status, redirect, null, detail, List.of());
        }

        private List<String> interleave(Map<String, List<String>> byHost) {
            List<ArrayDeque<String>> queues = new ArrayList<>();
            byHost.values().forEach(l -> queues.add(new ArrayDeque<>(l)));
            List<String> out = new ArrayList<>();
            boolean any = true;
            while (any) {
                any = false;
                for (ArrayDeque<String> q : queues) {
                    if (!q.isEmpty()) {
                        out.add(q.poll());
                        any = true;
                    }
                }
            }
            return out;
        }

        private void request(List<String> queue) {
            int threads = Math.max(1, Math.min(settings.concurrency(), queue.size()));
            AtomicInteger n = new AtomicInteger();
            ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
                Thread t = new Thread(r, "qbank-links-" + n.incrementAndGet());
                t.setDaemon(true);
                return t;
            });
            ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, "qbank-links-timer");
                t.setDaemon(true);
                return t;
            });
            try {
                timer.schedule(this::stop, Math.max(0, deadline - clock.getAsLong()), TimeUnit.MILLISECONDS);
                timer.scheduleAtFixedRate(() -> progress(queue.size()), PROGRESS_EVERY_SECONDS, PROGRESS_EVERY_SECONDS,
                        TimeUnit.SECONDS);
                for (String url : queue) {
                    pool.execute(() -> {
                        LinkResult r = checkWithinLimits(url);
                        results.put(url, r);
                        done.incrementAndGet();
                    });
                }
                pool.shutdown();
                long wait = Math.max(0, deadline - clock.getAsLong()) + 5_000;
                if (!pool.awaitTermination(wait, TimeUnit.MILLISECONDS)) {
                    stop();
                    pool.shutdownNow();
                    pool.awaitTermination(5, TimeUnit.SECONDS);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                stop();
                pool.shutdownNow();
            } finally {
                timer.shutdownNow();
                client.dispatcher().executorService().shutdown();
                client.connectionPool().evictAll();
            }
            for (String url : queue) {
                results.putIfAbsent(url, result(url, Verdict.UNVERIFIABLE, null, null, deadlineText()));
            }
        }

        private void stop() {
            stopped.set(true);
            active.forEach(Call::cancel);
        }

        private String deadlineText() {
            return "not checked before the deadline of " + settings.deadlineSeconds() + " s (qbank.links.deadline)";
        }

        private void progress(int total) {
            long dead = results.values().stream().filter(r -> r.verdict() == Verdict.DEAD).count();
            long unverifiable = results.values().stream().filter(r -> r.verdict() == Verdict.UNVERIFIABLE).count();
            double seconds = Math.max(1, clock.getAsLong() - start) / 1000.0;
            listener.info(String.format(Locale.ROOT, "qbank: links %d/%d checked (%.0f/s), %d dead, %d unverifiable so far",
                    done.get(), total, done.get() / seconds, dead, unverifiable));
        }

        private LinkResult checkWithinLimits(String url) {
            if (stopped.get()) {
                return result(url, Verdict.UNVERIFIABLE, null, null, deadlineText());
            }
            if (networkDown.get()) {
                networkFailures.add(url);
                return result(url, Verdict.UNVERIFIABLE, null, null, NETWORK_UNAVAILABLE);
            }
            String host = HttpUrl.parse(url).host();
            Semaphore slots = hostSlots.computeIfAbsent(host, h -> new Semaphore(settings.perHost()));
            try {
                if (!slots.tryAcquire(Math.max(0, deadline - clock.getAsLong()), TimeUnit.MILLISECONDS)) {
                    return result(url, Verdict.UNVERIFIABLE, null, null, deadlineText());
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return result(url, Verdict.UNVERIFIABLE, null, null, deadlineText());
            }
            try {
                return checkWithRetries(url, host);
            } finally {
                slots.release();
            }
        }

        private LinkResult checkWithRetries(String url, String host) {
            long began = clock.getAsLong();
            Outcome o = null;
            int attempt = 0;
            for (; attempt <= settings.retries(); attempt++) {
                if (networkDown.get()) {
                    networkFailures.add(url);
                    return result(url, Verdict.UNVERIFIABLE, null, null, NETWORK_UNAVAILABLE);
                }
                o = fetch(url);
                if (o.failure() == Failure.NONE) {
                    respondedHosts.incrementAndGet();
                }
                if (!o.retryable() || attempt == settings.retries() || stopped.get()) {
                    break;
                }
                long wait = o.retryAfterMillis() >= 0 ? Math.min(o.retryAfterMillis(), settings.maxRetryAfterMillis())
                        : Math.min(settings.backoffMillis() << attempt, settings.maxRetryAfterMillis());
                if (clock.getAsLong() + wait >= deadline) {
                    break;
                }
                try {
                    Thread.sleep(wait);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    break;
                }
            }
            if (o.networkLevel() && o.failure() != Failure.TIMEOUT) {
                networkFailures.add(url);
                failedHosts.add(host);
                if (respondedHosts.get() == 0 && failedHosts.size() >= Math.min(NETWORK_PROBE_HOSTS, distinctHosts)) {
                    networkDown.set(true);
                }
            }
            long time = clock.getAsLong() - began;
            return classify(url, o, attempt, time);
        }

        private LinkResult classify(String url, Outcome o, int retried, long time) {
            String tries = retried > 0 ? " after " + retried + (retried == 1 ? " retry" : " retries") : "";
            return switch (o.failure()) {
                case NONE -> classifyResponse(url, o, tries, time);
                case TIMEOUT -> timed(url, Verdict.UNVERIFIABLE, null, null, "timed out" + tries, time);
                case CANCELLED -> timed(url, Verdict.UNVERIFIABLE, null, null, deadlineText(), time);
                case BLOCKED -> timed(url, Verdict.SKIPPED, null, null, o.detail(), time);
                case RESET -> timed(url, Verdict.DEAD, null, null, o.detail() + tries, time);
                default -> timed(url, Verdict.DEAD, null, null, o.detail(), time);
            };
        }

        private LinkResult classifyResponse(String url, Outcome o, String tries, long time) {
            int s = o.status();
            if ((s >= 200 && s < 300) || settings.acceptedStatus().contains(s)) {
                return timed(url, Verdict.ALIVE, s, o.redirect(), o.redirect() == null ? null
                        : "moved permanently to " + o.redirect(), time);
            }
            if (s == 999 || (s == 403 && challenged(o))) {
                return timed(url, Verdict.UNVERIFIABLE, s, o.redirect(), "bot wall (HTTP " + s + "): the site refuses"
                        + " automated checks", time);
            }
            if (s == 429) {
                return timed(url, Verdict.UNVERIFIABLE, s, o.redirect(), "rate limited (HTTP 429)" + tries, time);
            }
            return timed(url, Verdict.DEAD, s, o.redirect(), "HTTP " + s + (s >= 500 ? tries : ""), time);
        }

        private LinkResult timed(String url, Verdict v, Integer status, String redirect, String detail, long time) {
            return new LinkResult(url, v, status, redirect, time, detail, List.of());
        }

        private boolean challenged(Outcome o) {
            Headers h = o.headers();
            String server = h.get("Server") == null ? "" : h.get("Server").toLowerCase(Locale.ROOT);
            return h.get("cf-mitigated") != null || h.get("cf-chl-bypass") != null || server.contains("cloudflare")
                    || h.get("x-amzn-waf-action") != null || h.get("x-datadome") != null
                    || h.get("x-sucuri-id") != null || (o.body() != null && CHALLENGE_BODY.matcher(o.body()).find());
        }

        /** One attempt: HEAD, GET when HEAD is refused, redirects followed by hand. */
        private Outcome fetch(String url) {
            HttpUrl current = HttpUrl.parse(url);
            Set<String> visited = new HashSet<>();
            visited.add(current.toString());
            String method = "HEAD";
            String permanent = null;
            for (int hop = 0; ; hop++) {
                if (!settings.allowPrivate() && isPrivateLiteral(current.host())) {
                    return Outcome.failed(Failure.BLOCKED, "redirected to a private address; not requested"
                            + " (qbank.links.allowPrivate)");
                }
                Outcome o = execute(current, method);
                if (o.failure() == Failure.NONE && method.equals("HEAD") && refusedHead(o.status())) {
                    method = "GET";
                    o = execute(current, method);
                }
                if (o.failure() != Failure.NONE || o.status() < 300 || o.status() >= 400 || o.status() == 304) {
                    return o.failure() == Failure.NONE && permanent != null
                            ? new Outcome(o.failure(), o.status(), o.headers(), o.body(), permanent, o.detail(),
                                    o.retryAfterMillis())
                            : o;
                }
                String location = o.headers().get("Location");
                HttpUrl next = location == null ? null : current.resolve(location);
                if (next == null) {
                    return Outcome.failed(Failure.NO_LOCATION, "HTTP " + o.status() + " redirect without a usable Location");
                }
                if (!visited.add(next.toString())) {
                    return Outcome.failed(Failure.LOOP, "redirect loop back to " + next);
                }
                if (hop + 1 >= MAX_REDIRECTS) {
                    return Outcome.failed(Failure.TOO_MANY_REDIRECTS, "more than " + MAX_REDIRECTS + " redirects");
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

        /** HEAD answers that mean "ask with GET": anything but success, redirect or rate limiting. */
        private boolean refusedHead(int status) {
            return status >= 400 && status != 429;
        }

        private Outcome execute(HttpUrl url, String method) {
            if (stopped.get()) {
                return Outcome.failed(Failure.CANCELLED, "cancelled");
            }
            Request.Builder request = new Request.Builder().url(url).method(method, null)
                    .header("User-Agent", "qbank/" + Version.get() + " (Markdown question bank link checker)")
                    .header("Accept", "*/*");
            for (LinkSettings.HostHeaders h : settings.headers()) {
                if (globMatches(h.hostGlob(), url.host())) {
                    h.headers().forEach(request::header);
                }
            }
            Call call = client.newCall(request.build());
            active.add(call);
            if (stopped.get()) {
                call.cancel();
            }
            try (Response response = call.execute()) {
                int status = response.code();
                String body = null;
                if (method.equals("GET") && status == 403) {
                    body = response.peekBody(BODY_PEEK).string();
                }
                return new Outcome(Failure.NONE, status, response.headers(), body, null, null,
                        retryAfter(response.header("Retry-After")));
            } catch (BlockedAddressException e) {
                return Outcome.failed(Failure.BLOCKED, e.getMessage() + "; not requested (qbank.links.allowPrivate)");
            } catch (UnknownHostException e) {
                return Outcome.failed(Failure.DNS, "host not found: " + url.host());
            } catch (ConnectException | NoRouteToHostException e) {
                return Outcome.failed(Failure.REFUSED, "connection refused by " + url.host() + ":" + url.port());
            } catch (SSLException e) {
                return Outcome.failed(Failure.TLS, "TLS failure: " + e.getMessage());
            } catch (SocketTimeoutException e) {
                return Outcome.failed(Failure.TIMEOUT, "timed out");
            } catch (InterruptedIOException e) {
                return stopped.get() ? Outcome.failed(Failure.CANCELLED, "cancelled")
                        : Outcome.failed(Failure.TIMEOUT, "timed out");
            } catch (IOException e) {
                return stopped.get() ? Outcome.failed(Failure.CANCELLED, "cancelled")
                        : Outcome.failed(Failure.RESET, "connection failed (" + e.getClass().getSimpleName() + ")");
            } catch (RuntimeException e) {
                return Outcome.failed(Failure.INVALID, "request failed: " + e.getClass().getSimpleName());
            } finally {
                active.remove(call);
            }
        }

        private long retryAfter(String value) {
            if (value == null || value.isBlank()) {
                return -1;
            }
            try {
                return Math.max(0, Long.parseLong(value.trim()) * 1000);
            } catch (NumberFormatException e) {
                try {
                    long at = ZonedDateTime.parse(value.trim(), DateTimeFormatter.RFC_1123_DATE_TIME).toInstant()
                            .toEpochMilli();
                    return Math.max(0, at - clock.getAsLong());
                } catch (DateTimeParseException e2) {
                    return -1;
                }
            }
        }

        private OkHttpClient client() {
            OkHttpClient.Builder b = new OkHttpClient.Builder()
                    .callTimeout(settings.timeoutSeconds(), TimeUnit.SECONDS)
                    .connectTimeout(settings.timeoutSeconds(), TimeUnit.SECONDS)
                    .readTimeout(settings.timeoutSeconds(), TimeUnit.SECONDS)
                    .followRedirects(false)
                    .followSslRedirects(false)
                    .retryOnConnectionFailure(false)
                    .dns(host -> {
                        List<InetAddress> addresses = dns.lookup(host);
                        // The proxy of settings.xml is the user's own choice, and often on a private network.
                        boolean isProxy = settings.proxy() != null && host.equalsIgnoreCase(settings.proxy().host());
                        if (!settings.allowPrivate() && !isProxy && addresses.stream().anyMatch(AddressPolicy::isPrivate)) {
                            throw new BlockedAddressException(host);
                        }
                        return addresses;
                    });
            LinkSettings.Proxy proxy = settings.proxy();
            if (proxy != null) {
                Proxy http = new Proxy(Proxy.Type.HTTP, java.net.InetSocketAddress.createUnresolved(proxy.host(),
                        proxy.port()));
                b.proxySelector(new ProxySelector() {
                    @Override
                    public List<Proxy> select(URI uri) {
                        for (String glob : proxy.nonProxyHosts()) {
                            if (globMatches(glob, uri.getHost())) {
                                return List.of(Proxy.NO_PROXY);
                            }
                        }
                        return List.of(http);
                    }

                    @Override
                    public void connectFailed(URI uri, SocketAddress sa, IOException ioe) {}
                });
                if (proxy.username() != null && !proxy.username().isEmpty()) {
                    String credential = Credentials.basic(proxy.username(), proxy.password() == null ? ""
                            : proxy.password());
                    b.proxyAuthenticator((route, response) -> response.request().header("Proxy-Authorization") != null
                            ? null
                            : response.request().newBuilder().header("Proxy-Authorization", credential).build());
                }
            }
            return b.build();
        }
    }

    /** Whether a host is a literal address that may not be requested. */
    private static boolean isPrivateLiteral(String host) {
        if (!IPV4.matcher(host).matches() && host.indexOf(':') < 0) {
            return false;
        }
        try {
            return AddressPolicy.isPrivate(InetAddress.getByName(host));
        } catch (UnknownHostException e) {
            return false;
        }
    }

    /** {@code *.example.com}, {@code example.com}, {@code *}: case-insensitive host globs. */
    static boolean globMatches(String glob, String host) {
        if (host == null) {
            return false;
        }
        String regex = Pattern.quote(glob.trim().toLowerCase(Locale.ROOT)).replace("*", "\\E.*\\Q");
        return host.toLowerCase(Locale.ROOT).matches(regex);
    }
}
