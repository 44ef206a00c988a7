package io.github.qbank.core.links.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.io.IOException;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.util.List;

import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import okhttp3.Credentials;
import okhttp3.Dns;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.github.qbank.core.RecordingListener;
import io.github.qbank.core.links.LinkResult;
import io.github.qbank.core.links.LinkSettings;
import io.github.qbank.core.links.Verdict;
import io.github.qbank.core.links.guard.ProxySelection;

/**
 * The proxies of settings.xml, chosen per URL as Maven chooses them, with a loopback server playing
 * the proxy: a request that reaches it was forwarded, one that reaches the target went direct.
 */
class ProxyTest {

    @TempDir
    Path dir;

    private final MockWebServer proxy = new MockWebServer();
    private final MockWebServer target = new MockWebServer();
    private final RecordingListener listener = new RecordingListener();

    /** Only localhost resolves: the names behind the proxy are the proxy's to resolve. */
    private static final Dns LOOPBACK_ONLY = host -> {
        if (host.equalsIgnoreCase("localhost")) {
            return Dns.SYSTEM.lookup(host);
        }
        throw new UnknownHostException(host);
    };

    @BeforeEach
    void start() throws IOException {
        proxy.start();
        target.start();
    }

    @AfterEach
    void stop() {
        proxy.close();
        target.close();
    }

    private LinkResult one(List<LinkSettings.Proxy> proxies, String url) {
        LinkSettings settings = LinkSettings.builder(dir.resolve("cache.json")).allowPrivate(true).timeoutSeconds(5)
                .retries(0).proxies(proxies).softNotFound(false).build(); // every request is counted: no probe
        return new HttpLinkChecker(settings, listener, System::currentTimeMillis, LOOPBACK_ONLY).check(List.of(url))
                .results().get(url);
    }

    private LinkSettings.Proxy proxyFor(String protocol, String username, String password, String nonProxyHosts) {
        return new LinkSettings.Proxy(protocol, "localhost", proxy.getPort(), username, password,
                LinkSettings.Proxy.nonProxyHosts(nonProxyHosts));
    }

    private String direct(String path) {
        return "http://localhost:" + target.getPort() + path;
    }

    @Test
    void anHttpUrlGoesToTheHttpProxyInAbsoluteForm() throws Exception {
        proxy.enqueue(new MockResponse.Builder().code(200).build());
        LinkResult r = one(List.of(proxyFor("http", null, null, null)), "http://bank.example.invalid/page?q=1");
        assertEquals(Verdict.ALIVE, r.verdict(), r.toString());
        RecordedRequest request = proxy.takeRequest();
        assertEquals("HEAD http://bank.example.invalid/page?q=1 HTTP/1.1", request.getRequestLine());
        assertNull(request.getHeaders().get("Proxy-Authorization"), "no credentials before the proxy asks");
        assertEquals(0, target.getRequestCount());
    }

    @Test
    void theProxyAsksForCredentialsAndGetsThemOnce() throws Exception {
        proxy.enqueue(new MockResponse.Builder().code(407).setHeader("Proxy-Authenticate", "Basic realm=\"corp\"")
                .build());
        proxy.enqueue(new MockResponse.Builder().code(200).build());
        LinkResult r = one(List.of(proxyFor("http", "alice", "s3cr3t pass", null)), "http://bank.example.invalid/");
        assertEquals(Verdict.ALIVE, r.verdict(), r.toString());
        assertNull(proxy.takeRequest().getHeaders().get("Proxy-Authorization"));
        assertEquals(Credentials.basic("alice", "s3cr3t pass"), proxy.takeRequest().getHeaders().get("Proxy-Authorization"));
        assertEquals(2, proxy.getRequestCount());
    }

    @Test
    void wrongCredentialsAreNotSentAgainAndAgain() throws Exception {
        for (int i = 0; i < 4; i++) {
            proxy.enqueue(new MockResponse.Builder().code(407).setHeader("Proxy-Authenticate", "Basic realm=\"corp\"")
                    .build());
        }
        LinkResult r = one(List.of(proxyFor("http", "alice", "wrong", null)), "http://bank.example.invalid/");
        assertEquals(407, r.status(), r.toString());
        // HEAD, then GET (a refused HEAD is tried again as GET): each once without and once with credentials
        List<String> seen = new java.util.ArrayList<>();
        for (int i = 0; i < 4; i++) {
            RecordedRequest request = proxy.takeRequest();
            seen.add(request.getMethod() + " " + (request.getHeaders().get("Proxy-Authorization") != null));
        }
        assertEquals(List.of("HEAD false", "HEAD true", "GET false", "GET true"), seen);
        assertEquals(4, proxy.getRequestCount());
    }

    @Test
    void nonProxyHostsAreRequestedDirectly() throws Exception {
        target.enqueue(new MockResponse.Builder().code(200).build());
        LinkResult r = one(List.of(proxyFor("http", null, null, "*.corp.example|LOCALHOST")), direct("/direct"));
        assertEquals(Verdict.ALIVE, r.verdict(), r.toString());
        assertEquals("HEAD /direct HTTP/1.1", target.takeRequest().getRequestLine());
        assertEquals(0, proxy.getRequestCount());
    }

    @Test
    void anHttpsProxyDoesNotCarryHttpUrls() throws Exception {
        target.enqueue(new MockResponse.Builder().code(200).build());
        LinkResult r = one(List.of(proxyFor("https", null, null, null)), direct("/plain"));
        assertEquals(Verdict.ALIVE, r.verdict(), r.toString());
        assertEquals(1, target.getRequestCount());
        assertEquals(0, proxy.getRequestCount());
    }

    @Test
    void anHttpsUrlIsTunnelledThroughTheHttpsProxy() throws Exception {
        proxy.enqueue(new MockResponse.Builder().code(403).build());
        one(List.of(proxyFor("http", null, null, "*"), proxyFor("https", null, null, null)),
                "https://secure.example.invalid/page");
        RecordedRequest connect = proxy.takeRequest();
        assertEquals("CONNECT", connect.getMethod());
        assertEquals("secure.example.invalid:443", connect.getTarget());
    }

    @Test
    void anHttpsUrlWithoutAnHttpsProxyGoesThroughTheHttpOne() throws Exception {
        proxy.enqueue(new MockResponse.Builder().code(403).build());
        one(List.of(proxyFor("http", null, null, null)), "https://secure.example.invalid/page");
        assertEquals("CONNECT secure.example.invalid:443 HTTP/1.1", proxy.takeRequest().getRequestLine());
    }

    @Test
    void selectionFollowsMavenResolver() {
        LinkSettings.Proxy http = new LinkSettings.Proxy("HTTP", "p1", 8080, null, null,
                LinkSettings.Proxy.nonProxyHosts("*.corp.example | localhost,127.*"));
        LinkSettings.Proxy httpsBypassing = new LinkSettings.Proxy("https", "p2", 8443, null, null,
                LinkSettings.Proxy.nonProxyHosts("docs.example.com"));
        LinkSettings.Proxy https = new LinkSettings.Proxy("https", "p3", 8443, null, null, List.of());
        ProxySelection selection = new ProxySelection(List.of(http, httpsBypassing, https));
        assertSame(http, selection.forUrl("http", "example.com"));
        assertNull(selection.forUrl("http", "wiki.corp.example"));
        assertNull(selection.forUrl("HTTP", "LocalHost"));
        assertNull(selection.forUrl("http", "127.0.0.1"));
        assertSame(http, selection.forUrl("http", "corp.example"), "*.corp.example does not name corp.example");
        assertSame(httpsBypassing, selection.forUrl("https", "example.com"));
        assertSame(https, selection.forUrl("https", "docs.example.com"), "the first proxy that does not bypass it");
        assertSame(httpsBypassing, selection.forUrl("https", "wiki.corp.example"), "bypassed by the http proxy only");
        assertSame(http, new ProxySelection(List.of(http)).forUrl("https", "example.com"), "https falls back to http");
        assertNull(new ProxySelection(List.of(https)).forUrl("http", "example.com"), "http never uses an https proxy");
        assertEquals("http", http.protocol());
        assertEquals(List.of("*.corp.example", "localhost", "127.*"), http.nonProxyHosts());
    }

    @Test
    void thePasswordIsNeverShown() {
        LinkSettings.Proxy p = new LinkSettings.Proxy("http", "proxy.corp", 3128, "alice", "s3cr3t", List.of());
        assertEquals("Proxy[http proxy.corp:3128, user alice, nonProxyHosts []]", p.toString());
    }
}
