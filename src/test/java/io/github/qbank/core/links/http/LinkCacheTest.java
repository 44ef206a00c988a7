package io.github.qbank.core.links.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import okhttp3.Dns;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import io.github.qbank.core.RecordingListener;
import io.github.qbank.core.links.LinkResult;
import io.github.qbank.core.links.LinkSettings;
import io.github.qbank.core.links.Verdict;

/**
 * What the link cache trusts: only entries that hold together, for as long as they are young
 * since they were really checked, from a regular file of sane size. A loopback server records
 * every request, so "reused" means no request arrived.
 */
class LinkCacheTest {

    @TempDir
    Path dir;

    private final MockWebServer server = new MockWebServer();
    private final AtomicLong now = new AtomicLong(1_700_000_000_000L);
    private final RecordingListener listener = new RecordingListener();

    @BeforeEach
    void start() throws IOException {
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                return new MockResponse.Builder().code(200).build();
            }
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    /** Every request is counted here: soft 404s, which add a probe per host, are SoftNotFoundTest's. */
    private LinkSettings.Builder settings(Path cache) {
        return LinkSettings.builder(cache).allowPrivate(true).timeoutSeconds(2).retries(0).cacheMaxAgeSeconds(60)
                .softNotFound(false);
    }

    private Map<String, LinkResult> check(Path cache, String... urls) {
        Dns loopbackOnly = host -> {
            if (host.equalsIgnoreCase("localhost")) {
                return Dns.SYSTEM.lookup(host);
            }
            throw new java.net.UnknownHostException(host);
        };
        return new HttpLinkChecker(settings(cache).build(), listener, now::get, loopbackOnly).check(List.of(urls))
                .results();
    }

    private String url(String path) {
        return server.url(path).toString();
    }

    private List<String> requestedPaths() throws InterruptedException {
        List<String> out = new ArrayList<>();
        for (int i = server.getRequestCount(); i > 0; i--) {
            out.add(server.takeRequest().getTarget());
        }
        return out;
    }

    private List<String> warnings() {
        return listener.lines().stream().filter(l -> l.startsWith("WARN")).toList();
    }

    @Test
    void aCachedResultKeepsTheTimeItWasReallyChecked() throws Exception {
        Path cache = dir.resolve("cache.json");
        check(cache, url("/daily"));
        assertEquals(1, server.getRequestCount());
        now.addAndGet(40_000);
        assertEquals("cached", check(cache, url("/daily")).get(url("/daily")).detail().text(), "40 s old: reused");
        assertEquals(1, server.getRequestCount());
        now.addAndGet(30_000);
        LinkResult again = check(cache, url("/daily")).get(url("/daily"));
        assertEquals(2, server.getRequestCount(), "70 s since the real check: asked again, reading it is no check");
        assertEquals(Verdict.ALIVE, again.verdict());
    }

    @Test
    void entriesWhoseFieldsContradictEachOtherAreDropped() throws Exception {
        Path cache = dir.resolve("cache.json");
        String fingerprint = new HttpLinkChecker(settings(cache).build(), listener).fingerprint();
        long t = now.get() - 10_000;
        String entries = String.join(",",
                entry("/alive-404", "\"result\":\"alive\",\"status\":404,\"checkedAt\":" + t),
                entry("/alive-503", "\"result\":\"alive\",\"status\":503,\"checkedAt\":" + t),
                entry("/dead-200", "\"result\":\"dead\",\"status\":200,\"checkedAt\":" + t),
                entry("/unknown-result", "\"result\":\"maybe\",\"status\":200,\"checkedAt\":" + t),
                entry("/no-result", "\"status\":200,\"checkedAt\":" + t),
                entry("/negative-time", "\"result\":\"alive\",\"status\":200,\"checkedAt\":-5"),
                entry("/future-time", "\"result\":\"alive\",\"status\":200,\"checkedAt\":" + (now.get() + 3_600_000)),
                entry("/redirect-not-a-url", "\"result\":\"alive\",\"status\":200,\"redirect\":42,\"checkedAt\":" + t),
                entry("/good", "\"result\":\"alive\",\"status\":200,\"checkedAt\":" + t));
        Files.writeString(cache, "{\"format\":\"qbank-link-cache\",\"version\":2,\"fingerprint\":\"" + fingerprint
                + "\",\"entries\":{" + entries + "}}");
        List<String> paths = List.of("/alive-404", "/alive-503", "/dead-200", "/unknown-result", "/no-result",
                "/negative-time", "/future-time", "/redirect-not-a-url", "/good");
        Map<String, LinkResult> results = check(cache, paths.stream().map(this::url).toArray(String[]::new));
        assertEquals("cached", results.get(url("/good")).detail().text());
        List<String> requested = requestedPaths();
        for (String p : paths.subList(0, paths.size() - 1)) {
            assertTrue(requested.contains(p), p + " was trusted: " + results.get(url(p)));
        }
        assertTrue(!requested.contains("/good"), "a sound entry is reused");
        assertEquals(List.of(), warnings());
    }

    private String entry(String path, String fields) {
        return "\"" + url(path) + "\":{" + fields + "}";
    }

    @Test
    void aFolderInThePlaceOfTheCacheIsIgnoredWithOneWarningAndLeftAlone() throws Exception {
        Path cache = Files.createDirectories(dir.resolve("cache.json"));
        Files.writeString(cache.resolve("keep.txt"), "mine");
        assertEquals(Verdict.ALIVE, check(cache, url("/x")).get(url("/x")).verdict());
        assertEquals(1, warnings().size(), listener.lines().toString());
        assertTrue(warnings().get(0).contains("not a regular file"), warnings().get(0));
        assertEquals("mine", Files.readString(cache.resolve("keep.txt")));
    }

    @Test
    @Timeout(value = 20, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void aFifoInThePlaceOfTheCacheIsNeverOpened() throws Exception {
        Path fifo = dir.resolve("cache.json");
        Process mkfifo;
        try {
            mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
        } catch (IOException e) {
            mkfifo = null;
        }
        assumeTrue(mkfifo != null && mkfifo.waitFor() == 0 && Files.exists(fifo), "mkfifo is not available");
        assertEquals(Verdict.ALIVE, check(fifo, url("/x")).get(url("/x")).verdict());
        assertEquals(1, warnings().size(), listener.lines().toString());
        assertTrue(warnings().get(0).contains("not a regular file"), warnings().get(0));
        assertTrue(Files.exists(fifo) && !Files.isRegularFile(fifo), "the FIFO is left as it was");
    }

    @Test
    @Timeout(value = 20, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void aLinkToADeviceInThePlaceOfTheCacheIsNeverRead() throws Exception {
        Path zero = Path.of("/dev/zero");
        assumeTrue(Files.exists(zero), "no /dev/zero here");
        Path link = dir.resolve("cache.json");
        try {
            Files.createSymbolicLink(link, zero);
        } catch (UnsupportedOperationException | IOException e) {
            assumeTrue(false, "no symbolic links here");
        }
        assertEquals(Verdict.ALIVE, check(link, url("/x")).get(url("/x")).verdict());
        assertEquals(1, warnings().size(), listener.lines().toString());
        assertTrue(warnings().get(0).contains("not a regular file"), warnings().get(0));
        assertTrue(Files.isSymbolicLink(link), "the link is left as it was");
    }

    @Test
    void aCacheAboveTheSizeLimitIsIgnoredWithOneWarning() throws Exception {
        Path cache = dir.resolve("cache.json");
        try (RandomAccessFile f = new RandomAccessFile(cache.toFile(), "rw")) {
            f.setLength(64L * 1024 * 1024 + 1); // sparse: takes no room on disk
        }
        assertEquals(Verdict.ALIVE, check(cache, url("/x")).get(url("/x")).verdict());
        assertEquals(List.of("WARN qbank: ignoring " + cache + " (qbank.links.cache): it is larger than 64 MiB;"
                + " links are checked without it"), warnings());
        assertTrue(Files.size(cache) < 1024, "replaced by a fresh cache");
    }
}
