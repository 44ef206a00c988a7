package io.github.qbank.core.links.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import javax.net.SocketFactory;

import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import okhttp3.Dns;
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
 * The probe before the batch: a machine whose resolver knows no name learns that the network is
 * down from a few lookups, not one per host, and calls no link dead. Only loopback is connected to.
 */
class NetworkProbeTest {

    @TempDir
    Path dir;

    private final MockWebServer server = new MockWebServer();
    private final RecordingListener listener = new RecordingListener();
    /** Every name the checker asked the resolver for. */
    private final Set<String> lookedUp = ConcurrentHashMap.newKeySet();

    @BeforeEach
    void start() throws IOException {
        server.start();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    /** No name resolves, as on a machine without network; each lookup is counted. */
    private final Dns noNetwork = host -> {
        lookedUp.add(host);
        throw new UnknownHostException(host);
    };

    private LinkSettings settings() {
        return LinkSettings.builder(dir.resolve("cache.json")).allowPrivate(true).timeoutSeconds(2).retries(2)
                .backoffMillis(5).build();
    }

    /** 300 links, three on each of 100 hosts under {@code .invalid}. */
    private static List<String> threeHundredLinksOnAHundredHosts() {
        List<String> urls = new ArrayList<>();
        for (int host = 0; host < 100; host++) {
            for (int page = 0; page < 3; page++) {
                urls.add("https://host" + host + ".invalid/page" + page);
            }
        }
        return urls;
    }

    @Test
    void aMachineWithoutNetworkKnowsFromTheProbeAndCallsNoLinkDead() {
        List<String> urls = threeHundredLinksOnAHundredHosts();
        LinkChecker.LinkCheck check = new HttpLinkChecker(settings(), listener, System::currentTimeMillis, noNetwork)
                .check(urls);
        assertTrue(check.networkUnavailable());
        assertEquals(300, check.results().size());
        for (LinkResult r : check.results().values()) {
            assertEquals(Verdict.UNVERIFIABLE, r.verdict(), r.url());
            assertEquals("network unavailable", r.detail().text());
        }
        assertEquals(NetworkProbe.HOSTS, lookedUp.size(), "only the probe's hosts were looked up: " + lookedUp);
        assertEquals(List.of("WARN qbank: network unavailable: no host could be resolved or reached; 300 links are"
                + " unverifiable, not dead"), listener.lines());
    }

    @Test
    void theMostUsedHostsAreProbed() {
        List<String> urls = new ArrayList<>(threeHundredLinksOnAHundredHosts());
        for (int i = 0; i < 5; i++) {
            urls.add("https://most-used.invalid/" + i);
        }
        new HttpLinkChecker(settings(), listener, System::currentTimeMillis, noNetwork).check(urls);
        assertTrue(lookedUp.contains("most-used.invalid"), lookedUp.toString());
    }

    @Test
    void oneReachableHostAmongTheProbedMeansTheLinksAreRequested() {
        server.enqueue(new MockResponse.Builder().code(404).build());
        server.enqueue(new MockResponse.Builder().code(404).build());
        String missing = "http://answers.test:" + server.getPort() + "/missing";
        Dns oneServer = host -> {
            if (host.equals("answers.test")) {
                return Dns.SYSTEM.lookup("localhost");
            }
            throw new UnknownHostException(host);
        };
        List<String> urls = List.of("https://a.invalid/", "https://b.invalid/", missing);
        LinkChecker.LinkCheck check = new HttpLinkChecker(settings(), listener, System::currentTimeMillis, oneServer)
                .check(urls);
        assertFalse(check.networkUnavailable());
        assertEquals(Verdict.DEAD, check.results().get(missing).verdict());
        assertEquals("HTTP 404", check.results().get(missing).detail().text());
        assertEquals("host name a.invalid does not resolve (DNS failure)",
                check.results().get("https://a.invalid/").detail().text());
    }

    @Test
    void aRefusedConnectionIsNoNetworkButAPrivateAddressSaysNothing() throws IOException {
        int closedPort;
        try (ServerSocket s = new ServerSocket(0)) {
            closedPort = s.getLocalPort();
        }
        Dns loopback = host -> Dns.SYSTEM.lookup("localhost");
        List<String> closed = List.of("http://closed.test:" + closedPort + "/");
        assertTrue(new NetworkProbe(loopback, address -> false, SocketFactory.getDefault())
                .down(java.util.Map.of("closed.test", closed)));
        assertFalse(new NetworkProbe(loopback, address -> address.isLoopbackAddress(), SocketFactory.getDefault())
                .down(java.util.Map.of("closed.test", closed)), "a private address is never connected to");
        assertFalse(NetworkProbe.NONE.down(java.util.Map.of("closed.test", closed)));
    }

    @Test
    void anAddressIsConnectedToWithoutALookup() {
        String url = "http://127.0.0.1:" + server.getPort() + "/";
        assertFalse(new NetworkProbe(noNetwork, address -> false, SocketFactory.getDefault())
                .down(java.util.Map.of("127.0.0.1", List.of(url))));
        assertEquals(Set.of(), lookedUp);
    }
}
