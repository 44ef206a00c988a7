package io.github.qbank.core.links.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import java.util.stream.Stream;

import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import okhttp3.Dns;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
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
import io.github.qbank.core.links.guard.OwnAddresses;

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

    /** Every request is counted here: soft 404s, which add a probe per host, are SoftNotFoundTest's. */
    private LinkSettings.Builder settings() {
        return LinkSettings.builder(dir.resolve("cache.json")).allowPrivate(false).timeoutSeconds(2).retries(0)
                .softNotFound(false);
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

    /**
     * The reserved ranges, first and last address, IPv4-mapped and the other spellings: IETF
     * protocol assignments 192.0.0/24, the documentation ranges 192.0.2/24 (192.0.2.2 is a
     * runner's address), 198.51.100/24, 203.0.113/24 and 2001:db8::/32, benchmarking 198.18/15.
     * Nothing here is served: the refusal comes before any connection.
     */
    static List<String> reservedHosts() {
        return List.of("192.0.0.0", "192.0.0.255", "[::ffff:192.0.0.0]", "[::ffff:192.0.0.255]",
                "192.0.2.0", "192.0.2.255", "[::ffff:192.0.2.0]", "[::ffff:192.0.2.255]", "192.0.2.2",
                "[::ffff:192.0.2.2]", "3221225986", "0xc0000202", "[::192.0.2.2]", "[64:ff9b::c000:202]",
                "[2002:c000:202::]",
                "198.51.100.0", "198.51.100.255", "[::ffff:198.51.100.0]", "[::ffff:198.51.100.255]",
                "203.0.113.0", "203.0.113.255", "[::ffff:203.0.113.0]", "[::ffff:203.0.113.255]",
                "[2001:db8::]", "[2001:db8:ffff:ffff:ffff:ffff:ffff:ffff]",
                "198.18.0.0", "198.19.255.255", "[::ffff:198.18.0.0]", "[::ffff:198.19.255.255]");
    }

    @ParameterizedTest
    @MethodSource("reservedHosts")
    void reservedRangesAreNotRequested(String host) {
        String url = "http://" + host + ":" + target.getPort() + "/";
        LinkResult r = check(settings(), PERMISSIVE, List.of(url)).results().get(url);
        assertEquals(Verdict.SKIPPED, r.verdict(), r.toString());
        assertEquals("private address; not requested (qbank.links.allowPrivate)", r.detail().text());
    }

    /** The loopback server plays the proxy: a request that reaches it was forwarded. */
    @Test
    void throughAProxyReservedRangesAreNotForwarded() {
        LinkSettings.Builder s = settings().proxies(httpProxy("localhost", target.getPort(), null, null, List.of()));
        List<String> urls = reservedHosts().stream().map(h -> "http://" + h + "/").toList();
        Map<String, LinkResult> results = check(s, PERMISSIVE, urls).results();
        assertEquals(0, target.getRequestCount(), "forwarded to the proxy: " + results);
        for (String url : urls) {
            assertEquals(Verdict.SKIPPED, results.get(url).verdict(), results.get(url).toString());
            assertEquals("private address; not requested (qbank.links.allowPrivate)", results.get(url).detail().text());
        }
    }

    /** Names whose answer is in a reserved range: the resolver here is the test's, nothing is connected to. */
    private static final Dns RESERVED_NAMES = host -> switch (host) {
        case "localhost" -> List.of(LOOPBACK);
        case "first.test" -> List.of(InetAddress.getByName("192.0.0.1"));
        case "runner.test" -> List.of(InetAddress.getByName("192.0.2.2"));
        case "two.test" -> List.of(InetAddress.getByName("198.51.100.255"));
        case "three.test" -> List.of(InetAddress.getByName("203.0.113.0"));
        case "six.test" -> List.of(InetAddress.getByName("2001:db8::2"));
        case "bench.test" -> List.of(InetAddress.getByName("198.19.255.255"));
        case "mapped.test" -> List.of(Inet6Address.getByAddress(host,
                new byte[] {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -1, -1, (byte) 192, 0, 2, 2}, -1));
        default -> throw new UnknownHostException(host);
    };

    private static final List<String> RESERVED_NAME_HOSTS = List.of("first.test", "runner.test", "two.test",
            "three.test", "six.test", "bench.test", "mapped.test");

    @Test
    void namesThatResolveToAReservedRangeAreNotRequested() {
        List<String> urls = RESERVED_NAME_HOSTS.stream().map(h -> "http://" + h + ":" + target.getPort() + "/").toList();
        Map<String, LinkResult> results = check(settings(), RESERVED_NAMES, urls).results();
        for (String host : RESERVED_NAME_HOSTS) {
            LinkResult r = results.get("http://" + host + ":" + target.getPort() + "/");
            assertEquals(Verdict.SKIPPED, r.verdict(), r.toString());
            assertEquals(host + " resolves to a private address; not requested (qbank.links.allowPrivate)",
                    r.detail().text());
        }
    }

    @Test
    void throughAProxyNamesThatResolveToAReservedRangeAreNotForwarded() {
        LinkSettings.Builder s = settings().proxies(httpProxy("localhost", target.getPort(), null, null, List.of()));
        List<String> urls = RESERVED_NAME_HOSTS.stream().map(h -> "http://" + h + "/").toList();
        Map<String, LinkResult> results = check(s, RESERVED_NAMES, urls).results();
        assertEquals(0, target.getRequestCount(), "forwarded to the proxy: " + results);
        for (String host : RESERVED_NAME_HOSTS) {
            LinkResult r = results.get("http://" + host + "/");
            assertEquals(Verdict.SKIPPED, r.verdict(), r.toString());
            assertEquals(host + " resolves to a private address; not requested (qbank.links.allowPrivate)",
                    r.detail().text());
        }
    }

    /** The machine's own addresses of a test: a fixed list, counting how often it is read. */
    private static final class FixedOwnAddresses implements OwnAddresses {
        private final List<InetAddress> addresses;
        private final AtomicInteger reads = new AtomicInteger();

        FixedOwnAddresses(InetAddress... addresses) {
            this.addresses = List.of(addresses);
        }

        @Override
        public List<InetAddress> read() {
            reads.incrementAndGet();
            return addresses;
        }
    }

    private LinkChecker.LinkCheck check(LinkSettings.Builder settings, Dns dns, Predicate<InetAddress> ranges,
            OwnAddresses own, List<String> urls) {
        return new HttpLinkChecker(settings.build(), listener, System::currentTimeMillis, dns, ranges, own).check(urls);
    }

    private static final InetAddress RUNNER = address(192, 0, 2, 2);

    private static InetAddress address(int a, int b, int c, int d) {
        try {
            return InetAddress.getByAddress(new byte[] {(byte) a, (byte) b, (byte) c, (byte) d});
        } catch (UnknownHostException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A runner on 192.0.2.2: its own address is refused without a request, in any spelling, read once. */
    @Test
    void theRunnersOwnAddressIsNotRequested() {
        FixedOwnAddresses own = new FixedOwnAddresses(RUNNER);
        List<String> urls = Stream.of("192.0.2.2", "[::ffff:192.0.2.2]", "3221225986", "192.0.514", "[::192.0.2.2]",
                "[2002:c000:202::1]").map(h -> "http://" + h + ":" + target.getPort() + "/").toList();
        Map<String, LinkResult> results = check(settings(), PERMISSIVE, AddressPolicy::isPrivate, own, urls).results();
        for (String url : urls) {
            assertEquals(Verdict.SKIPPED, results.get(url).verdict(), results.get(url).toString());
            assertEquals("private address; not requested (qbank.links.allowPrivate)", results.get(url).detail().text());
        }
        assertEquals(1, own.reads.get(), "the own addresses are read once per check");
    }

    /**
     * The own-address rule alone: the ranges of this test let 127.0.0.1 through, as if it were
     * the runner's public address, and the own addresses name it. Were it not refused, the
     * loopback server would count the request.
     */
    @Test
    void theMachinesOwnAddressIsRefusedWhereNoRangeRefusesIt() {
        Predicate<InetAddress> ranges = a -> !a.equals(LOOPBACK) && AddressPolicy.isPrivate(a);
        Dns dns = host -> host.equals("runner.test") ? List.of(named("runner.test")) : PERMISSIVE.lookup(host);
        List<String> urls = Stream.of("127.0.0.1", "[::ffff:127.0.0.1]", "2130706433", "0x7f.1", "127.1",
                "runner.test").map(h -> "http://" + h + ":" + target.getPort() + "/own").toList();
        FixedOwnAddresses own = new FixedOwnAddresses(LOOPBACK);
        Map<String, LinkResult> results = check(settings(), dns, ranges, own, urls).results();
        assertEquals(0, target.getRequestCount(), "requested: " + results);
        urls.forEach(url -> assertEquals(Verdict.SKIPPED, results.get(url).verdict(), results.get(url).toString()));
        assertEquals("runner.test resolves to a private address; not requested (qbank.links.allowPrivate)",
                results.get(urls.get(urls.size() - 1)).detail().text());
        assertEquals(1, own.reads.get(), "the own addresses are read once per check");

        // the same ranges without own addresses: the server is reached, so the refusal above was the own address's
        String url = urls.get(0);
        assertEquals(Verdict.ALIVE, check(settings(), dns, ranges, new FixedOwnAddresses(), List.of(url)).results()
                .get(url).verdict());
        assertEquals(1, target.getRequestCount());
    }

    /**
     * Through a proxy, on a runner whose address 192.0.2.2 no range refuses: the own address in any
     * spelling, and a name that resolves to it, are not forwarded to the (loopback) proxy.
     */
    @Test
    void throughAProxyTheMachinesOwnAddressIsNotForwarded() {
        Predicate<InetAddress> ranges = a -> !a.equals(RUNNER) && AddressPolicy.isPrivate(a);
        LinkSettings.Builder s = settings().proxies(httpProxy("localhost", target.getPort(), null, null, List.of()));
        List<String> urls = Stream.of("192.0.2.2", "[::ffff:192.0.2.2]", "3221225986", "0300.0.02.02", "192.514",
                "runner.test", "mapped.test").map(h -> "http://" + h + "/").toList();
        FixedOwnAddresses own = new FixedOwnAddresses(RUNNER);
        Map<String, LinkResult> results = check(s, RESERVED_NAMES, ranges, own, urls).results();
        assertEquals(0, target.getRequestCount(), "forwarded to the proxy: " + results);
        urls.forEach(url -> assertEquals(Verdict.SKIPPED, results.get(url).verdict(), results.get(url).toString()));
        assertEquals(1, own.reads.get(), "the own addresses are read once per check");

        // the same ranges without own addresses: forwarded, so the refusal above was the own address's
        assertEquals(Verdict.ALIVE, check(s, RESERVED_NAMES, ranges, new FixedOwnAddresses(), List.of(urls.get(0)))
                .results().get(urls.get(0)).verdict());
        assertEquals(1, target.getRequestCount());
    }

    @Test
    void allowPrivateReadsNoOwnAddresses() {
        FixedOwnAddresses own = new FixedOwnAddresses(LOOPBACK);
        String url = "http://127.0.0.1:" + target.getPort() + "/allowed";
        LinkResult r = check(settings().allowPrivate(true), PERMISSIVE, AddressPolicy::isPrivate, own, List.of(url))
                .results().get(url);
        assertEquals(Verdict.ALIVE, r.verdict(), r.toString());
        assertEquals(0, own.reads.get());
    }

    @Test
    void ownAddressesThatCannotBeReadAreSaidOnceAndTheRangesStillHold() {
        OwnAddresses broken = () -> {
            throw new java.net.SocketException("no interfaces");
        };
        String url = "http://192.0.2.2:" + target.getPort() + "/";
        LinkResult r = check(settings(), PERMISSIVE, AddressPolicy::isPrivate, broken, List.of(url)).results().get(url);
        assertEquals(Verdict.SKIPPED, r.verdict(), r.toString());
        assertEquals(List.of("WARN qbank: this machine's own addresses could not be read (SocketException); links to"
                + " them are refused only where they are in a private range"), listener.lines());
    }

    /** An http proxy of settings.xml, which carries https URLs too. */
    private static List<LinkSettings.Proxy> httpProxy(String host, int port, String username, String password,
            List<String> nonProxyHosts) {
        return List.of(new LinkSettings.Proxy("http", host, port, username, password, nonProxyHosts));
    }
}
