package io.github.qbank.core.links.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.UnknownHostException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.SocketEffect;
import okhttp3.Dns;
import okio.Buffer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.github.qbank.core.RecordingListener;
import io.github.qbank.core.links.LinkChecker;
import io.github.qbank.core.links.LinkResult;
import io.github.qbank.core.links.LinkSettings;
import io.github.qbank.core.links.Verdict;

/**
 * Every verdict of the link checker against a server on loopback. Nothing here leaves the
 * machine: only {@code localhost} is resolved, from the hosts file; other names are unknown.
 */
class HttpLinkCheckerTest {

    @TempDir
    Path dir;

    private final MockWebServer server = new MockWebServer();
    private final AtomicLong now = new AtomicLong(1_700_000_000_000L);

    private final RecordingListener listener = new RecordingListener();

    @BeforeEach
    void start() throws IOException {
        server.start();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    /**
     * Every request is counted here, and most answers are queued: soft 404s, which add a probe per
     * host, are {@link SoftNotFoundTest}'s.
     */
    private LinkSettings.Builder settings() {
        return LinkSettings.builder(dir.resolve("cache.json"))
                .softNotFound(false)
                .allowPrivate(true)
                .timeoutSeconds(2)
                .retries(2)
                .backoffMillis(5)
                .maxRetryAfterMillis(20);
    }

    /**
     * Resolves only {@code localhost}, from the hosts file: every other name is unknown, as on a
     * machine without DNS, so no test sends a query off the machine.
     */
    private static final Dns LOOPBACK_ONLY = host -> {
        if (host.equalsIgnoreCase("localhost")) {
            return Dns.SYSTEM.lookup(host);
        }
        throw new UnknownHostException(host);
    };

    /** Waits move the test's clock on instead of taking time. */
    private LinkChecker.LinkCheck check(LinkSettings.Builder settings, String... urls) {
        return new HttpLinkChecker(settings.build(), listener, now::get, now::addAndGet, LOOPBACK_ONLY)
                .check(List.of(urls));
    }

    private LinkResult one(LinkSettings.Builder settings, String url) {
        return check(settings, url).results().get(url);
    }

    private String url(String path) {
        return server.url(path).toString();
    }

    private static MockResponse status(int code) {
        return new MockResponse.Builder().code(code).build();
    }

    @Test
    void twoHundredIsAlive() {
        server.enqueue(status(200));
        LinkResult r = one(settings(), url("/ok"));
        assertEquals(Verdict.ALIVE, r.verdict());
        assertEquals(200, r.status());
        assertEquals(1, server.getRequestCount());
    }

    @Test
    void notFoundAndGoneAreDeadAfterAGetToo() throws Exception {
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                return status(request.getTarget().equals("/gone") ? 410 : 404);
            }
        });
        LinkChecker.LinkCheck check = check(settings(), url("/missing"), url("/gone"));
        assertEquals(Verdict.DEAD, check.results().get(url("/missing")).verdict());
        assertEquals("HTTP 404", check.results().get(url("/missing")).detail().text());
        assertEquals(410, check.results().get(url("/gone")).status());
        assertEquals(4, server.getRequestCount(), "HEAD then GET for each");
    }

    @Test
    void headRefusedThenGetSucceeds() throws Exception {
        server.enqueue(status(405));
        server.enqueue(status(200));
        assertEquals(Verdict.ALIVE, one(settings(), url("/head-refused")).verdict());
        assertEquals("HEAD", server.takeRequest().getMethod());
        assertEquals("GET", server.takeRequest().getMethod());
    }

    @Test
    void permanentRedirectChainIsFollowedAndNoted() throws Exception {
        server.enqueue(new MockResponse.Builder().code(301).setHeader("Location", "/second").build());
        server.enqueue(new MockResponse.Builder().code(302).setHeader("Location", "/third").build());
        server.enqueue(status(200));
        LinkResult r = one(settings(), url("/first"));
        assertEquals(Verdict.ALIVE, r.verdict());
        assertEquals(url("/second"), r.redirect());
        assertEquals(3, server.getRequestCount());
    }

    @Test
    void redirectLoopIsDead() {
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                String next = request.getTarget().equals("/a") ? "/b" : "/a";
                return new MockResponse.Builder().code(302).setHeader("Location", next).build();
            }
        });
        LinkResult r = one(settings(), url("/a"));
        assertEquals(Verdict.DEAD, r.verdict());
        assertTrue(r.detail().text().startsWith("redirect loop"), r.detail().text());
    }

    @Test
    void tooManyRedirectsAreDead() {
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                int n = Integer.parseInt(request.getTarget().substring(1));
                return new MockResponse.Builder().code(302).setHeader("Location", "/" + (n + 1)).build();
            }
        });
        LinkResult r = one(settings(), url("/0"));
        assertEquals(Verdict.DEAD, r.verdict());
        assertEquals("more than 10 redirects", r.detail().text());
    }

    @Test
    void tooManyRequestsWithRetryAfterIsRetried() {
        server.enqueue(new MockResponse.Builder().code(429).setHeader("Retry-After", "1").build());
        server.enqueue(status(200));
        LinkResult r = one(settings(), url("/busy"));
        assertEquals(Verdict.ALIVE, r.verdict());
        assertEquals(2, server.getRequestCount());
    }

    @Test
    void tooManyRequestsEveryTimeIsUnverifiable() {
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                return new MockResponse.Builder().code(429).setHeader("Retry-After", "Wed, 21 Oct 2015 07:28:00 GMT")
                        .build();
            }
        });
        LinkResult r = one(settings(), url("/busy"));
        assertEquals(Verdict.UNVERIFIABLE, r.verdict());
        assertEquals("rate limited (HTTP 429) after 2 retries", r.detail().text());
        assertEquals(3, server.getRequestCount());
    }

    @Test
    void serviceUnavailableAfterRetriesIsDead() {
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                return status(503);
            }
        });
        LinkResult r = one(settings(), url("/down"));
        assertEquals(Verdict.DEAD, r.verdict());
        assertEquals("HTTP 503 after 2 retries", r.detail().text());
        assertEquals(6, server.getRequestCount(), "three attempts, each HEAD then GET");
    }

    @Test
    void aResponseSlowerThanTheTimeoutIsUnverifiable() {
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                return new MockResponse.Builder().code(200).headersDelay(5, TimeUnit.SECONDS).build();
            }
        });
        LinkResult r = one(settings().timeoutSeconds(1).retries(0), url("/slow"));
        assertEquals(Verdict.UNVERIFIABLE, r.verdict());
        assertEquals("timed out", r.detail().text());
    }

    @Test
    void anEndlessBodyIsNeverRead() {
        server.enqueue(status(405));
        Buffer big = new Buffer();
        byte[] chunk = new byte[64 * 1024];
        for (int i = 0; i < 256; i++) {
            big.write(chunk);
        }
        server.enqueue(new MockResponse.Builder().code(200).body(big).throttleBody(64 * 1024, 1, TimeUnit.SECONDS)
                .build());
        LinkResult r = one(settings().retries(0), url("/endless"));
        assertEquals(Verdict.ALIVE, r.verdict());
    }

    @Test
    void aConnectionResetIsRetriedThenDead() {
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                return new MockResponse.Builder().onResponseStart(new SocketEffect.CloseSocket(true, false, false))
                        .build();
            }
        });
        LinkResult r = one(settings().retries(1), url("/reset"));
        assertEquals(Verdict.DEAD, r.verdict());
        assertTrue(r.detail().text().startsWith("connection failed"), r.detail().text());
    }

    @Test
    void botWallsAreUnverifiableButAPlainForbiddenIsDead() {
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                return switch (request.getTarget()) {
                    case "/challenge" -> new MockResponse.Builder().code(403).setHeader("cf-mitigated", "challenge")
                            .build();
                    case "/captcha" -> request.getMethod().equals("HEAD") ? status(403)
                            : new MockResponse.Builder().code(403).body("<h1>Please solve this CAPTCHA</h1>").build();
                    case "/linkedin" -> status(999);
                    default -> status(403);
                };
            }
        });
        LinkChecker.LinkCheck check = check(settings(), url("/challenge"), url("/captcha"), url("/linkedin"),
                url("/forbidden"));
        assertEquals(Verdict.UNVERIFIABLE, check.results().get(url("/challenge")).verdict());
        assertEquals(Verdict.UNVERIFIABLE, check.results().get(url("/captcha")).verdict());
        assertEquals(Verdict.UNVERIFIABLE, check.results().get(url("/linkedin")).verdict());
        assertEquals(Verdict.DEAD, check.results().get(url("/forbidden")).verdict());
    }

    @Test
    void acceptedStatusCodesCountAsAlive() {
        server.enqueue(status(403));
        server.enqueue(status(403));
        assertEquals(Verdict.ALIVE, one(settings().acceptedStatus(Set.of(403)), url("/refuses-robots")).verdict());
    }

    @Test
    void unknownHostAndRefusedConnectionAreDeadWhenOtherHostsAnswer() throws Exception {
        int closedPort;
        try (ServerSocket s = new ServerSocket(0)) {
            closedPort = s.getLocalPort();
        }
        server.enqueue(status(200));
        String refused = "http://127.0.0.1:" + closedPort + "/";
        String unknown = "http://no-such-host.invalid/";
        LinkChecker.LinkCheck check = check(settings(), url("/ok"), refused, unknown);
        assertFalse(check.networkUnavailable());
        assertEquals(Verdict.DEAD, check.results().get(refused).verdict());
        assertTrue(check.results().get(refused).detail().text().startsWith("connection refused"));
        assertEquals(Verdict.DEAD, check.results().get(unknown).verdict());
        assertEquals("host name no-such-host.invalid does not resolve (DNS failure)", check.results().get(unknown).detail().text());
    }

    @Test
    void whenNoHostCanBeResolvedTheNetworkIsUnavailableAndSaidOnce() {
        LinkChecker.LinkCheck check = check(settings(), "https://a.invalid/1", "https://a.invalid/2",
                "https://b.invalid/", "https://c.invalid/", "https://d.invalid/");
        assertTrue(check.networkUnavailable());
        check.results().values().forEach(r -> {
            assertEquals(Verdict.UNVERIFIABLE, r.verdict());
            assertEquals("network unavailable", r.detail().text());
        });
        assertEquals(List.of("WARN qbank: network unavailable: no host could be resolved or reached; 5 links are"
                + " unverifiable, not dead"), listener.lines());
    }

    /** Three names that do not resolve, and {@code dead.test} on the loopback server. */
    private static final Dns THREE_UNKNOWN_ONE_SERVER = host -> {
        if (host.equals("dead.test")) {
            return Dns.SYSTEM.lookup("localhost");
        }
        throw new UnknownHostException(host);
    };

    @Test
    void oneAnsweringHostProvesTheNetworkWorksSoUnresolvableHostsAreDeadToo() {
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                return status(404);
            }
        });
        String missing = "http://dead.test:" + server.getPort() + "/missing";
        List<String> urls = List.of("https://a.invalid/", "https://b.invalid/", "https://c.invalid/", missing);
        // One at a time, the answering host last: the worst order for a guess made too early.
        for (LinkSettings.Builder s : List.of(settings().concurrency(1), settings())) {
            LinkChecker.LinkCheck check = new HttpLinkChecker(s.build(), listener, () -> now.get(),
                    THREE_UNKNOWN_ONE_SERVER).check(urls);
            assertFalse(check.networkUnavailable());
            assertEquals(Verdict.DEAD, check.results().get(missing).verdict());
            assertEquals("HTTP 404", check.results().get(missing).detail().text());
            for (String host : List.of("a", "b", "c")) {
                LinkResult r = check.results().get("https://" + host + ".invalid/");
                assertEquals(Verdict.DEAD, r.verdict(), r.toString());
                assertEquals("host name " + host + ".invalid does not resolve (DNS failure)", r.detail().text());
            }
        }
        assertTrue(listener.lines().stream().noneMatch(l -> l.contains("network unavailable")), listener.lines()
                .toString());
    }

    @Test
    void privateAddressesAreNotRequestedUnlessAllowed() {
        String literal = "http://127.0.0.1:" + server.getPort() + "/";
        String name = "http://localhost:" + server.getPort() + "/";
        LinkChecker.LinkCheck check = check(settings().allowPrivate(false), literal, name, "http://10.1.2.3/",
                "http://[::1]:" + server.getPort() + "/", "http://169.254.169.254/latest/meta-data/");
        check.results().values().forEach(r -> assertEquals(Verdict.SKIPPED, r.verdict(), r.toString()));
        assertEquals("localhost resolves to a private address; not requested (qbank.links.allowPrivate)",
                check.results().get(name).detail().text());
        assertEquals(0, server.getRequestCount());
    }

    @Test
    void aRedirectToAPrivateAddressIsNotFollowed() {
        // The server stands in for a public host through a proxy, so that private addresses stay refused.
        server.enqueue(new MockResponse.Builder().code(302).setHeader("Location", "http://10.0.0.1/admin").build());
        LinkSettings.Builder s = settings().allowPrivate(false)
                .proxies(httpProxy(server.getHostName(), server.getPort(), null, null, List.of()));
        LinkResult r = one(s, "http://public.example.invalid/redirect");
        assertEquals(Verdict.SKIPPED, r.verdict());
        assertTrue(r.detail().text().startsWith("redirected to a private address"), r.detail().text());
        assertEquals(1, server.getRequestCount());
    }

    @Test
    void aliveResultsAreCachedAndReusedWithoutRequests() throws Exception {
        server.enqueue(status(200));
        assertEquals(Verdict.ALIVE, one(settings(), url("/cached")).verdict());
        assertTrue(Files.isRegularFile(dir.resolve("cache.json")));

        LinkResult again = one(settings(), url("/cached"));
        assertEquals(Verdict.ALIVE, again.verdict());
        assertEquals("cached", again.detail().text());
        assertEquals(1, server.getRequestCount());
    }

    @Test
    void expiredCacheEntriesAndFailuresAreCheckedAgain() {
        server.enqueue(status(200));
        server.enqueue(status(404));
        server.enqueue(status(404));
        server.enqueue(status(200));
        one(settings().cacheMaxAgeSeconds(60), url("/page"));
        now.addAndGet(61_000);
        assertEquals(Verdict.DEAD, one(settings().cacheMaxAgeSeconds(60), url("/page")).verdict());
        assertEquals(Verdict.ALIVE, one(settings().cacheMaxAgeSeconds(60), url("/page")).verdict());
        assertEquals(4, server.getRequestCount());
    }

    @Test
    void aCorruptCacheIsIgnoredWithOneWarning() throws Exception {
        Files.writeString(dir.resolve("cache.json"), "{not json");
        server.enqueue(status(200));
        assertEquals(Verdict.ALIVE, one(settings(), url("/x")).verdict());
        assertEquals(1, listener.lines().stream().filter(l -> l.startsWith("WARN qbank: ignoring the link cache")).count());
        assertTrue(Files.readString(dir.resolve("cache.json")).contains("qbank-link-cache"));
    }

    @Test
    void aForeignCacheFileIsIgnored() throws Exception {
        Files.writeString(dir.resolve("cache.json"), "{\"format\":\"something-else\"}");
        server.enqueue(status(200));
        one(settings(), url("/x"));
        assertTrue(listener.lines().get(0).startsWith("WARN qbank: ignoring the link cache"), listener.lines().toString());
    }

    @Test
    void theDeadlineEndsTheCheckWhateverTheServerDoes() {
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                return new MockResponse.Builder().code(200).headersDelay(30, TimeUnit.SECONDS).build();
            }
        });
        LinkChecker.LinkCheck check = check(settings().timeoutSeconds(60).deadlineSeconds(1).retries(0),
                url("/hangs/1"), url("/hangs/2"));
        check.results().values().forEach(r -> {
            assertEquals(Verdict.UNVERIFIABLE, r.verdict());
            assertTrue(r.detail().text().startsWith("not checked before the deadline of 1 s"), r.detail().text());
        });
    }

    @Test
    void headersPerHostAreSentAndTheirValuesNeverLogged() throws Exception {
        server.enqueue(status(200));
        LinkSettings.Builder s = settings().headers(List.of(
                new LinkSettings.HostHeaders(server.getHostName(), Map.of("Authorization", "Bearer s3cr3t")),
                new LinkSettings.HostHeaders("*.example.invalid", Map.of("X-Other", "no"))));
        one(s, url("/private-api"));
        RecordedRequest request = server.takeRequest();
        assertEquals("Bearer s3cr3t", request.getHeaders().get("Authorization"));
        assertNull(request.getHeaders().get("X-Other"));
        assertTrue(request.getHeaders().get("User-Agent").startsWith("qbank/"));
        assertFalse(s.build().headers().toString().contains("s3cr3t"));
        assertFalse(listener.lines().stream().anyMatch(l -> l.contains("s3cr3t")));
    }

    @Test
    void headersThatHttpCannotCarryAreRefusedWhenConfiguredNotAtRequestTime() {
        for (String name : List.of("X Token", "X-Token:", "", "Ü", "X\nY")) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> new LinkSettings.HostHeaders("*", Map.of(name, "v")), name);
            assertTrue(e.getMessage().contains("is not a valid HTTP header name"), e.getMessage());
        }
        for (String value : List.of("a\r\nX-Injected: 1", "a\nb", "\u0000", "caf\u00e9")) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> new LinkSettings.HostHeaders("*", Map.of("X-Token", value)));
            assertFalse(e.getMessage().contains(value), e.getMessage());
        }
        new LinkSettings.HostHeaders("*", Map.of("X-Token", "Bearer a.b-c_d~e+f/g= \t!"));
    }

    @Test
    void aProxyFromSettingsCarriesTheRequests() throws Exception {
        server.enqueue(status(200));
        LinkSettings.Builder s = settings().proxies(httpProxy(server.getHostName(), server.getPort(), "user",
                "pass", List.of()));
        LinkResult r = one(s, "http://bank.example.invalid/page");
        assertEquals(Verdict.ALIVE, r.verdict());
        RecordedRequest request = server.takeRequest();
        assertEquals("bank.example.invalid", request.getUrl().host());
    }

    @Test
    void excludedAndInvalidUrlsAreJudgedWithoutARequest() {
        LinkChecker.LinkCheck check = check(settings().excludes(List.of(java.util.regex.Pattern.compile("example\\.com"))),
                "https://example.com/x", "http://exa mple/%zz", "https://" + "a".repeat(5000) + ".invalid/");
        assertEquals(Verdict.SKIPPED, check.results().get("https://example.com/x").verdict());
        assertEquals(Verdict.DEAD, check.results().get("http://exa mple/%zz").verdict());
        assertEquals(Verdict.DEAD, check.results().get("https://" + "a".repeat(5000) + ".invalid/").verdict());
        assertEquals(0, server.getRequestCount());
    }

    /** An http proxy of settings.xml, which carries https URLs too. */
    private static List<LinkSettings.Proxy> httpProxy(String host, int port, String username, String password,
            List<String> nonProxyHosts) {
        return List.of(new LinkSettings.Proxy("http", host, port, username, password, nonProxyHosts));
    }
}
