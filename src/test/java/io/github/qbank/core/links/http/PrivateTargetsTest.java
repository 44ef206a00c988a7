package io.github.qbank.core.links.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import okhttp3.Dns;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.github.qbank.core.RecordingListener;
import io.github.qbank.core.links.LinkChecker;
import io.github.qbank.core.links.LinkResult;
import io.github.qbank.core.links.LinkSettings;
import io.github.qbank.core.links.Verdict;
import io.github.qbank.core.links.guard.AddressGuard;
import io.github.qbank.core.links.guard.AddressPolicy;
import io.github.qbank.core.links.guard.BlockedAddressException;

/**
 * Private targets are never requested unless allowed, however the address is spelled, wherever
 * the URL comes from (the bank, a redirect) and whether or not a proxy carries the requests.
 * Every server here is on loopback and records what reaches it; where nothing may arrive, the
 * tests count zero requests. No name is looked up outside the test's own resolver.
 */
class PrivateTargetsTest {

    @TempDir
    Path dir;

    /** The private target: loopback, refused unless allowed. Answers 200 to anything that gets through. */
    private final MockWebServer target = new MockWebServer();
    private final RecordingListener listener = new RecordingListener();

    @BeforeEach
    void start() throws IOException {
        target.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                return new MockResponse.Builder().code(200).build();
            }
        });
        target.start(InetAddress.getByName("127.0.0.1"), 0);
    }

    @AfterEach
    void stop() {
        target.close();
    }

    private static final InetAddress LOOPBACK = loopback();

    private static InetAddress loopback() {
        try {
            return InetAddress.getByAddress(new byte[] {127, 0, 0, 1});
        } catch (UnknownHostException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * A resolver as permissive as the C library's: it reads every inet_aton spelling of
     * 127.0.0.1, and names with a trailing dot, as loopback. Anything else is unknown.
     */
    private static final Dns PERMISSIVE = host -> {
        if (List.of("localhost", "localhost.", "0x7f.0.0.1", "0x7f000001", "0x7f.1", "127.0.0.1.", "0177.0.0.1",
                "2130706433", "127.1", "017700000001").contains(host.toLowerCase(java.util.Locale.ROOT))) {
            return List.of(LOOPBACK);
        }
        throw new UnknownHostException(host);
    };

    private LinkSettings.Builder settings() {
        return LinkSettings.builder(dir.resolve("cache.json")).allowPrivate(false).timeoutSeconds(2).retries(0);
    }

    private LinkChecker.LinkCheck check(LinkSettings.Builder settings, Dns dns, List<String> urls) {
        return new HttpLinkChecker(settings.build(), listener, System::currentTimeMillis, dns).check(urls);
    }

    @ParameterizedTest
    @ValueSource(strings = {"127.0.0.1", "2130706433", "0x7f.0.0.1", "0x7f000001", "0x7f.1", "127.1",
        "0177.0.0.1", "0177.1", "017700000001", "0", "0.0.0.0", "[::ffff:127.0.0.1]", "[::ffff:7f00:1]", "[0:0:0:0:0:ffff:7f00:1]",
        "１２７.０.０.１", "127.0.0.1.", "localhost", "localhost.", "LOCALHOST"})
    void noSpellingOfLoopbackIsRequested(String host) {
        String url = "http://" + host + ":" + target.getPort() + "/secret";
        LinkResult r = check(settings(), PERMISSIVE, List.of(url)).results().get(url);
        assertEquals(0, target.getRequestCount(), host + " reached the private server: " + r);
        assertEquals(Verdict.SKIPPED, r.verdict(), r.toString());
        assertTrue(r.detail().text().contains("private address") && r.detail().text().endsWith("(qbank.links.allowPrivate)"),
                r.detail().text());
    }

    /** Stands in for a public address: a loopback address the test's policy lets through, this object only. */
    private static final InetAddress PUBLIC = named("public.test");

    private static InetAddress named(String name) {
        try {
            return InetAddress.getByAddress(name, new byte[] {127, 0, 0, 1});
        } catch (UnknownHostException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Every private address is refused but {@link #PUBLIC}, which the resolver gives for {@code public.test}. */
    private LinkChecker.LinkCheck checkWithPublicServer(LinkSettings.Builder settings, List<String> urls) {
        Dns dns = host -> host.equals("public.test") ? List.of(PUBLIC) : PERMISSIVE.lookup(host);
        return new HttpLinkChecker(settings.build(), listener, System::currentTimeMillis, dns,
                a -> a != PUBLIC && AddressPolicy.isPrivate(a)).check(urls);
    }

    @ParameterizedTest
    @ValueSource(strings = {"127.0.0.1", "2130706433", "0x7f.0.0.1", "0x7f000001", "127.1", "0177.0.0.1",
        "017700000001", "0", "[::ffff:127.0.0.1]", "[::1]", "127.0.0.1.", "localhost", "localhost."})
    void aRedirectFromAnAllowedServerToAnySpellingOfLoopbackIsNotFollowed(String host) throws Exception {
        try (MockWebServer publicServer = new MockWebServer()) {
            publicServer.enqueue(new MockResponse.Builder().code(302)
                    .setHeader("Location", "http://" + host + ":" + target.getPort() + "/secret").build());
            publicServer.start(InetAddress.getByName("127.0.0.1"), 0);
            String url = "http://public.test:" + publicServer.getPort() + "/redirect";
            LinkResult r = checkWithPublicServer(settings(), List.of(url)).results().get(url);
            assertEquals(1, publicServer.getRequestCount(), "the allowed server was asked");
            assertEquals(0, target.getRequestCount(), host + " reached the private server: " + r);
            assertEquals(Verdict.SKIPPED, r.verdict(), r.toString());
            assertTrue(r.detail().text().startsWith("redirected to a private address ("), r.detail().text());
        }
    }

    @Test
    void theAllowedServerItselfIsReachable() throws Exception {
        try (MockWebServer publicServer = new MockWebServer()) {
            publicServer.enqueue(new MockResponse.Builder().code(200).build());
            publicServer.start(InetAddress.getByName("127.0.0.1"), 0);
            String url = "http://public.test:" + publicServer.getPort() + "/";
            assertEquals(Verdict.ALIVE, checkWithPublicServer(settings(), List.of(url)).results().get(url).verdict());
        }
    }

    @Test
    void everyConnectionIsCheckedWhateverResolvedTheAddress() throws Exception {
        AddressGuard guard = new AddressGuard(settings().build(), AddressPolicy::isPrivate);
        for (InetAddress a : List.of(LOOPBACK, InetAddress.getByName("::ffff:127.0.0.1"), InetAddress.getByName("::"))) {
            try (java.net.Socket socket = guard.sockets().createSocket()) {
                assertThrows(BlockedAddressException.class,
                        () -> socket.connect(new java.net.InetSocketAddress(a, target.getPort()), 1000), a.toString());
            }
        }
        AddressGuard allowing = new AddressGuard(settings().allowPrivate(true).build(), AddressPolicy::isPrivate);
        try (java.net.Socket socket = allowing.sockets().createSocket()) {
            socket.connect(new java.net.InetSocketAddress(LOOPBACK, target.getPort()), 1000);
            assertTrue(socket.isConnected());
        }
    }

    @Test
    void theProxyItselfMayBeConnectedToButNoOtherPortOfItsHost() throws Exception {
        AddressGuard guard = new AddressGuard(settings().proxies(httpProxy("127.0.0.1", target.getPort(),
                null, null, List.of())).build(), AddressPolicy::isPrivate);
        try (java.net.Socket socket = guard.sockets().createSocket()) {
            socket.connect(new java.net.InetSocketAddress(LOOPBACK, target.getPort()), 1000);
            assertTrue(socket.isConnected());
        }
        try (java.net.Socket socket = guard.sockets().createSocket()) {
            assertThrows(BlockedAddressException.class,
                    () -> socket.connect(new java.net.InetSocketAddress(LOOPBACK, target.getPort() + 1), 1000));
        }
    }

    @Test
    void allowPrivateLetsTheSameSpellingsThrough() {
        String url = "http://2130706433:" + target.getPort() + "/allowed";
        LinkResult r = check(settings().allowPrivate(true), PERMISSIVE, List.of(url)).results().get(url);
        assertEquals(Verdict.ALIVE, r.verdict(), r.toString());
        assertEquals(1, target.getRequestCount());
    }

    @Test
    void throughAProxyPrivateTargetsAreJudgedBeforeTheyAreSent() throws Exception {
        // The loopback server plays the proxy: a request that reaches it was forwarded.
        Dns resolver = host -> switch (host) {
            case "localhost" -> List.of(LOOPBACK);
            case "intranet.example.com" -> List.of(InetAddress.getByAddress(new byte[] {10, 1, 2, 3}));
            default -> throw new UnknownHostException(host);
        };
        LinkSettings.Builder s = settings().proxies(httpProxy("localhost", target.getPort(), null, null,
                List.of()));
        List<String> refused = List.of("http://localhost/", "http://localhost./", "http://app.localhost/",
                "http://metadata.google.internal/computeMetadata/v1/", "http://printer.local/",
                "http://intranet.example.com/", "http://10.0.0.1/", "http://192.168.1.1/", "http://2130706433/",
                "http://0x7f.1/", "http://[::1]/", "http://[fd00::1]/", "http://169.254.169.254/latest/meta-data/",
                "http://100.100.100.200/latest/meta-data/");
        Map<String, LinkResult> results = check(s, resolver, refused).results();
        assertEquals(0, target.getRequestCount(), "forwarded to the proxy: " + results);
        results.values().forEach(r -> assertEquals(Verdict.SKIPPED, r.verdict(), r.toString()));
        assertEquals("intranet.example.com resolves to a private address; not requested (qbank.links.allowPrivate)",
                results.get("http://intranet.example.com/").detail().text());
    }

    @Test
    void throughAProxyNamesOnlyItCanResolveAreForwardedAndListedOnesToo() throws Exception {
        Dns resolver = host -> {
            if (host.equals("localhost")) {
                return List.of(LOOPBACK);
            }
            if (host.equals("wiki.corp.example")) {
                return List.of(InetAddress.getByAddress(new byte[] {10, 9, 8, 7}));
            }
            throw new UnknownHostException(host);
        };
        LinkSettings.Builder s = settings().proxies(httpProxy("localhost", target.getPort(), null, null,
                List.of())).proxyOnlyHosts(List.of("*.corp.internal", "wiki.corp.example", "localhost", "*.local"));
        List<String> urls = List.of("http://public.example.invalid/", "http://docs.corp.internal/",
                "http://wiki.corp.example/", "http://localhost/", "http://127.0.0.1/", "http://app.localhost/");
        Map<String, LinkResult> results = check(s, resolver, urls).results();
        assertEquals(Verdict.ALIVE, results.get("http://public.example.invalid/").verdict());
        assertEquals(Verdict.ALIVE, results.get("http://docs.corp.internal/").verdict());
        assertEquals(Verdict.ALIVE, results.get("http://wiki.corp.example/").verdict());
        assertEquals(Verdict.SKIPPED, results.get("http://localhost/").verdict(), "only allowPrivate allows localhost");
        assertEquals(Verdict.SKIPPED, results.get("http://127.0.0.1/").verdict());
        assertEquals(Verdict.SKIPPED, results.get("http://app.localhost/").verdict());
        List<String> forwarded = new java.util.ArrayList<>();
        for (int i = target.getRequestCount(); i > 0; i--) {
            forwarded.add(target.takeRequest().getUrl().host());
        }
        assertEquals(java.util.Set.of("public.example.invalid", "docs.corp.internal", "wiki.corp.example"),
                java.util.Set.copyOf(forwarded));
    }

    @Test
    void throughAProxyARedirectToAPrivateNameIsNotFollowed() throws Exception {
        target.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                return request.getUrl().host().equals("public.example.invalid")
                        ? new MockResponse.Builder().code(302).setHeader("Location", "http://metadata.google.internal/")
                                .build()
                        : new MockResponse.Builder().code(200).build();
            }
        });
        LinkSettings.Builder s = settings().proxies(httpProxy("localhost", target.getPort(), null, null,
                List.of()));
        LinkResult r = check(s, PERMISSIVE, List.of("http://public.example.invalid/")).results()
                .get("http://public.example.invalid/");
        assertEquals(Verdict.SKIPPED, r.verdict(), r.toString());
        assertEquals("redirected to a private address (metadata.google.internal); not requested"
                + " (qbank.links.allowPrivate)", r.detail().text());
        assertEquals(1, target.getRequestCount(), "only the first request reached the proxy");
    }

    /** An http proxy of settings.xml, which carries https URLs too. */
    private static List<LinkSettings.Proxy> httpProxy(String host, int port, String username, String password,
            List<String> nonProxyHosts) {
        return List.of(new LinkSettings.Proxy("http", host, port, username, password, nonProxyHosts));
    }
}
