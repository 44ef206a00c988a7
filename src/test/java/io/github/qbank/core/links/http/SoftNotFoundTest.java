package io.github.qbank.core.links.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.UnknownHostException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
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
 * Soft 404s against a loopback suite of sites, each a {@link MockWebServer} with a {@link Dispatcher}
 * under a name of its own ({@code soft.test} and so on, resolved to loopback by the test's resolver,
 * so nothing leaves the machine). Every site has two real articles and pages that were removed; each
 * answers a removed page in its own way:
 *
 * <ul>
 *   <li>{@code proper.test}: a proper 404;
 *   <li>{@code soft.test}: a "not found" page with 200 that names the requested path and changes a
 *       little on every answer (a rotating tip, a request number, a time);
 *   <li>{@code home.test}: a redirect to the home page;
 *   <li>{@code search.test}: a redirect to a search page;
 *   <li>{@code wall.test}: a login wall for every address, the real articles included;
 *   <li>{@code any.test}: the home page, served for any address;
 *   <li>{@code same.test}: one page for every address, real ones included, no login.
 * </ul>
 *
 * Every real page is alive, every removed page dead with its reason, every link behind the wall
 * unverifiable, and the site roots alive. Each site counts the requests it gets, per address.
 */
class SoftNotFoundTest {

    @TempDir
    Path dir;

    private final RecordingListener listener = new RecordingListener();
    private final Map<String, Site> sites = new LinkedHashMap<>();

    private static final String[] TIPS = {
        "Tip: press the slash key to search every article at once.",
        "New: a weekly letter about databases, free for readers.",
        "Did you know? Old articles are revised every spring.",
    };

    /** One site: its name, its server, and every request it got, as {@code METHOD target}. */
    private static final class Site {
        final String name;
        final MockWebServer server = new MockWebServer();
        final List<String> requests = new CopyOnWriteArrayList<>();
        final AtomicInteger answers = new AtomicInteger();

        Site(String name) {
            this.name = name;
        }

        String url(String path) {
            return "http://" + name + ":" + server.getPort() + path;
        }

        /** Requests per path (the query left out). */
        Map<String, List<String>> byPath() {
            Map<String, List<String>> out = new TreeMap<>();
            for (String r : requests) {
                String target = r.substring(r.indexOf(' ') + 1);
                int q = target.indexOf('?');
                out.computeIfAbsent(q < 0 ? target : target.substring(0, q), k -> new ArrayList<>())
                        .add(r.substring(0, r.indexOf(' ')));
            }
            return out;
        }
    }

    /** The real articles of every site. */
    private static final List<String> ARTICLES = List.of("/posts/consistent-hashing", "/posts/write-ahead-log");
    /** The removed pages of every site. */
    private static final List<String> REMOVED = List.of("/posts/old-news", "/posts/deleted-story");

    @BeforeEach
    void start() throws IOException {
        site("proper.test", (s, path) -> ARTICLES.contains(path) ? page(article(s.name, path))
                : path.equals("/") ? page(home(s.name)) : status(404));
        site("soft.test", (s, path) -> ARTICLES.contains(path) ? page(article(s.name, path))
                : path.equals("/") ? page(home(s.name)) : page(notFound(path, s.answers.incrementAndGet())));
        site("home.test", (s, path) -> ARTICLES.contains(path) ? page(article(s.name, path))
                : path.equals("/") ? page(home(s.name)) : redirect("/"));
        site("search.test", (s, path) -> ARTICLES.contains(path) ? page(article(s.name, path))
                : path.equals("/") ? page(home(s.name))
                : path.equals("/search") ? page("<title>Search · search.test</title><p>No article matches your"
                        + " words. Try fewer words, or browse the list of topics.</p>")
                : redirect("/search?q=" + path.substring(path.lastIndexOf('/') + 1)));
        site("wall.test", (s, path) -> path.equals("/login") ? page("<title>Sign in · wall.test</title><form>"
                + "<p>Sign in to read the articles of wall.test.</p><input name=user><input type=password name=pw>"
                + "<button>Sign in</button></form>")
                : redirect("/login?next=" + path));
        site("any.test", (s, path) -> ARTICLES.contains(path) ? page(article(s.name, path)) : page(home(s.name)));
        site("same.test", (s, path) -> page("<title>Moving · same.test</title><p>We are moving to a new home."
                + " Every article will be back here soon; thank you for your patience.</p>"));
    }

    @AfterEach
    void stop() {
        sites.values().forEach(s -> s.server.close());
    }

    private interface Answer {
        MockResponse answer(Site site, String path);
    }

    private void site(String name, Answer answer) throws IOException {
        Site site = new Site(name);
        site.server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                site.requests.add(request.getMethod() + " " + request.getTarget());
                String target = request.getTarget();
                int q = target.indexOf('?');
                MockResponse r = answer.answer(site, q < 0 ? target : target.substring(0, q));
                // a HEAD is answered like a GET, without the body
                return request.getMethod().equals("HEAD") ? r.newBuilder().body("").build() : r;
            }
        });
        site.server.start();
        sites.put(name, site);
    }

    private static MockResponse page(String html) {
        return new MockResponse.Builder().code(200).setHeader("Content-Type", "text/html; charset=utf-8")
                .body("<!doctype html><html>" + html + "</html>").build();
    }

    private static MockResponse status(int code) {
        return new MockResponse.Builder().code(code).setHeader("Content-Type", "text/html").body("").build();
    }

    private static MockResponse redirect(String location) {
        return new MockResponse.Builder().code(302).setHeader("Location", location).build();
    }

    private static String nav(String site) {
        return "<nav>Home · Articles · Topics · About " + site + "</nav>";
    }

    private static String footer(String site) {
        return "<footer>© 2024 " + site + ". Written by people who like systems.</footer>";
    }

    private static String home(String site) {
        return "<title>" + site + " · Home</title>" + nav(site) + "<h1>Welcome</h1><p>Notes on distributed"
                + " systems and storage, one question at a time. Start with the latest articles below, or pick a"
                + " topic from the list.</p><ul><li>Consistent hashing explained</li><li>Why a write-ahead log</li>"
                + "</ul>" + footer(site);
    }

    private static String article(String site, String path) {
        String body = path.contains("consistent")
                ? "Consistent hashing places servers and keys on one ring, so that adding a server moves only the"
                        + " keys between it and its neighbour. Virtual nodes smooth the load when servers differ in"
                        + " size, and a good hash keeps the ring balanced as machines come and go."
                : "A write-ahead log records each change before the data pages change, so that after a crash the"
                        + " database replays the log and loses nothing it acknowledged. Checkpoints bound how much"
                        + " of the log must be read again at start-up.";
        return "<title>" + path.substring(path.lastIndexOf('/') + 1) + " · " + site + "</title>" + nav(site)
                + "<article><h1>An article</h1><p>" + body + "</p></article>" + footer(site);
    }

    /** A "not found" page that names the path, with a tip, a request number and a time that change every time. */
    private static String notFound(String path, int n) {
        return "<title>Page not found · soft.test</title>" + nav("soft.test") + "<h1>Page not found</h1><p>Sorry,"
                + " we could not find " + path + " on soft.test. It may have moved, or it may never have existed."
                + "</p><p>Try the search box above, or start again from the home page.</p><aside>" + TIPS[n % 3]
                + " Request " + Integer.toHexString(0x5f3a00 + n * 7919) + " served at 12:0" + n % 10 + ":4" + n % 7
                + ".</aside>" + footer("soft.test");
    }

    /** Every {@code *.test} name is the loopback server; no other name resolves. */
    private static final Dns SITES = host -> {
        if (host.endsWith(".test")) {
            return Dns.SYSTEM.lookup("localhost");
        }
        throw new UnknownHostException(host);
    };

    private LinkSettings.Builder settings() {
        return LinkSettings.builder(dir.resolve("cache.json")).allowPrivate(true).timeoutSeconds(5).retries(0);
    }

    private LinkChecker.LinkCheck check(LinkSettings.Builder settings, List<String> urls) {
        return new HttpLinkChecker(settings.build(), listener, System::currentTimeMillis, SITES).check(urls);
    }

    private List<String> urls(String site, List<String> paths) {
        return paths.stream().map(sites.get(site)::url).toList();
    }

    private List<String> allUrls() {
        List<String> urls = new ArrayList<>();
        for (String name : sites.keySet()) {
            urls.addAll(urls(name, ARTICLES));
            urls.addAll(urls(name, REMOVED));
            if (!name.equals("wall.test")) {
                urls.add(sites.get(name).url("/"));
            }
        }
        return urls;
    }

    private static String describe(LinkResult r) {
        return r.verdict().id() + (r.detail() == null ? "" : ": " + r.detail().text());
    }

    @Test
    void realPagesAreAliveRemovedOnesDeadWithTheirReasonAndTheWallUnverifiable() {
        Map<String, LinkResult> results = check(settings(), allUrls()).results();
        Map<String, String> expected = new LinkedHashMap<>();
        Map<String, String> removed = Map.of(
                "proper.test", "dead: HTTP 404",
                "soft.test", "dead: the site shows its 'page not found' page",
                "home.test", "dead: redirected to the site's home page",
                "search.test", "dead: redirected to a search page",
                "wall.test", "unverifiable: the site asks for a login",
                "any.test", "dead: the site shows its 'page not found' page",
                "same.test", "unverifiable: the site answers every address checked with the same page");
        for (String name : sites.keySet()) {
            boolean alike = name.equals("wall.test") || name.equals("same.test");
            for (String u : urls(name, ARTICLES)) {
                expected.put(u, alike ? removed.get(name) : "alive");
            }
            for (String u : urls(name, REMOVED)) {
                expected.put(u, removed.get(name));
            }
            if (!name.equals("wall.test")) {
                expected.put(sites.get(name).url("/"), "alive");
            }
        }
        Map<String, String> actual = new LinkedHashMap<>();
        expected.keySet().forEach(u -> actual.put(u, describe(results.get(u))));
        assertEquals(expected, actual);
        assertNull(results.get(sites.get("soft.test").url(REMOVED.get(0))).redirect());
        assertEquals(200, results.get(sites.get("home.test").url(REMOVED.get(0))).status());
    }

    @Test
    void aLinkTakesAtMostTwoRequestsAndAHostAtMostOneProbe() {
        check(settings(), allUrls());
        for (Site site : sites.values()) {
            Map<String, List<String>> byPath = site.byPath();
            List<String> probes = new ArrayList<>();
            for (Map.Entry<String, List<String>> e : byPath.entrySet()) {
                String path = e.getKey();
                if (ARTICLES.contains(path) || REMOVED.contains(path)) {
                    assertTrue(e.getValue().equals(List.of("HEAD")) || e.getValue().equals(List.of("GET"))
                            || e.getValue().equals(List.of("HEAD", "GET")), site.name + path + ": " + e.getValue());
                } else if (!path.equals("/") && !path.equals("/login") && !path.equals("/search")) {
                    probes.addAll(e.getValue());
                }
            }
            assertEquals(List.of("GET"), probes, site.name + ": one probe, a GET: " + byPath);
        }
        // a page is read only where the host serves a page at an unknown address: one GET after the HEAD
        Map<String, List<String>> soft = sites.get("soft.test").byPath();
        assertEquals(List.of("HEAD", "GET"), soft.get(ARTICLES.get(0)));
        Map<String, List<String>> home = sites.get("home.test").byPath();
        assertEquals(List.of("HEAD"), home.get(ARTICLES.get(0)), "a redirect is judged without the page");
        Map<String, List<String>> proper = sites.get("proper.test").byPath();
        assertEquals(List.of("HEAD"), proper.get(ARTICLES.get(0)));
        assertEquals(List.of("HEAD", "GET"), proper.get(REMOVED.get(0)), "a 404 is asked again with GET, as before");
    }

    @Test
    void theProbeIsKeptInTheLinkCacheAndNotSentAgain() {
        check(settings(), allUrls());
        Map<String, Integer> before = new TreeMap<>();
        sites.forEach((name, s) -> before.put(name, s.requests.size()));
        Map<String, LinkResult> again = check(settings(), allUrls()).results();
        for (Site site : sites.values()) {
            List<String> second = site.requests.subList(before.get(site.name), site.requests.size());
            for (String r : second) {
                String path = r.substring(r.indexOf(' ') + 1).replaceAll("\\?.*", "");
                assertTrue(ARTICLES.contains(path) || REMOVED.contains(path) || path.equals("/")
                        || path.equals("/login") || path.equals("/search"), site.name + ": probed again: " + r);
            }
        }
        // the removed pages are judged the same with the cached answers, the real ones alive from the cache
        assertEquals("dead: the site shows its 'page not found' page",
                describe(again.get(sites.get("soft.test").url(REMOVED.get(1)))));
        assertEquals("alive: cached", describe(again.get(sites.get("soft.test").url(ARTICLES.get(1)))));
        assertEquals("dead: redirected to a search page",
                describe(again.get(sites.get("search.test").url(REMOVED.get(1)))));
        // where the cache says the host serves a page at an unknown address, the page is read at once: one GET
        List<String> soft = sites.get("soft.test").requests;
        assertEquals(List.of("GET " + REMOVED.get(1)), soft.subList(before.get("soft.test"), soft.size()).stream()
                .filter(r -> r.endsWith(REMOVED.get(1))).toList());
    }

    @Test
    void onceTheHostIsKnownToServeAPageForAnyAddressALinkTakesOneGet() {
        List<String> urls = new ArrayList<>(urls("any.test", ARTICLES));
        urls.addAll(urls("any.test", REMOVED));
        Map<String, LinkResult> results = check(settings().concurrency(1), urls).results();
        assertEquals(List.of("alive", "alive", "dead: the site shows its 'page not found' page",
                "dead: the site shows its 'page not found' page"), urls.stream().map(u -> describe(results.get(u))).toList());
        Map<String, List<String>> any = sites.get("any.test").byPath();
        assertEquals(List.of("HEAD", "GET"), any.get(ARTICLES.get(0)), "the first link, before the probe");
        assertEquals(List.of("GET"), any.get(ARTICLES.get(1)));
        assertEquals(List.of("GET"), any.get(REMOVED.get(0)));
        assertEquals(List.of("GET"), any.get(REMOVED.get(1)));
    }

    @Test
    void aCachedAnswerWhoseFieldsDoNotHoldTogetherIsDroppedAndTheHostAskedAgain() throws IOException {
        List<String> urls = urls("soft.test", List.of(REMOVED.get(0)));
        check(settings(), urls);
        Path cache = dir.resolve("cache.json");
        String kept = Files.readString(cache);
        assertTrue(kept.contains("\"version\":2") && kept.contains("\"probes\""), kept);
        // the answer of soft.test, said to be an address of another host
        Files.writeString(cache, kept.replace("\"url\":\"http://soft.test:", "\"url\":\"http://other.test:"));
        int before = sites.get("soft.test").requests.size();
        Map<String, LinkResult> results = check(settings(), urls).results();
        assertEquals("dead: the site shows its 'page not found' page", describe(results.get(urls.get(0))));
        List<String> second = sites.get("soft.test").requests;
        assertEquals(1, second.subList(before, second.size()).stream().filter(r -> !r.endsWith(REMOVED.get(0))).count(),
                "probed again: " + second.subList(before, second.size()));
    }

    @Test
    void theProbeKeepsWithinThePerHostLimit() throws IOException {
        AtomicInteger inFlight = new AtomicInteger();
        AtomicInteger most = new AtomicInteger();
        site("busy.test", (s, path) -> {
            most.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
            // another request to the host may come in now, as in HostSchedulerTest: no waiting on time
            Thread.yield();
            inFlight.decrementAndGet();
            return ARTICLES.contains(path) ? page(article(s.name, path)) : page(notFound(path, 1));
        });
        List<String> urls = new ArrayList<>(urls("busy.test", ARTICLES));
        urls.addAll(urls("busy.test", REMOVED));
        Map<String, LinkResult> results = check(settings().perHost(1), urls).results();
        assertEquals(1, most.get(), "one request at a time to the host, the probe included");
        assertEquals("dead: the site shows its 'page not found' page", describe(results.get(urls.get(2))));
        assertEquals("alive", describe(results.get(urls.get(0))));
    }

    @Test
    void aProbeThatIsRateLimitedOrHangsJudgesNothingAndHoldsNothingUp() throws IOException {
        site("limited.test", (s, path) -> ARTICLES.contains(path) || REMOVED.contains(path)
                ? page(article(s.name, ARTICLES.get(0)))
                : new MockResponse.Builder().code(429).setHeader("Retry-After", "3600").build());
        site("hangs.test", (s, path) -> ARTICLES.contains(path) || REMOVED.contains(path)
                ? page(article(s.name, ARTICLES.get(0)))
                : new MockResponse.Builder().code(200).headersDelay(30, java.util.concurrent.TimeUnit.SECONDS).build());
        List<String> urls = new ArrayList<>(urls("limited.test", REMOVED));
        urls.addAll(urls("hangs.test", REMOVED));
        long start = System.nanoTime();
        Map<String, LinkResult> results = check(settings().deadlineSeconds(2).retries(2).backoffMillis(10), urls)
                .results();
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertTrue(millis < 9_000, "the deadline holds for the probe: " + millis + " ms");
        for (String u : urls) {
            assertEquals("alive", describe(results.get(u)), u);
        }
        List<String> limited = sites.get("limited.test").requests.stream()
                .filter(r -> !r.endsWith(REMOVED.get(0)) && !r.endsWith(REMOVED.get(1))).toList();
        assertEquals(1, limited.size(), "one probe, not retried: " + limited);
        // neither answer is kept: both hosts are asked again next time
        com.fasterxml.jackson.databind.JsonNode probes = new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(dir.resolve("cache.json").toFile()).path("probes");
        assertTrue(probes.isObject() && !probes.has("limited.test") && !probes.has("hangs.test"), probes.toString());
    }

    @Test
    void offTakesEveryTwoHundredAsAliveAndSendsNoProbe() {
        Map<String, LinkResult> results = check(settings().softNotFound(false), allUrls()).results();
        assertEquals("alive", describe(results.get(sites.get("soft.test").url(REMOVED.get(0)))));
        assertEquals("dead: HTTP 404", describe(results.get(sites.get("proper.test").url(REMOVED.get(0)))));
        for (Site site : sites.values()) {
            for (String path : site.byPath().keySet()) {
                assertTrue(ARTICLES.contains(path) || REMOVED.contains(path) || path.equals("/")
                        || path.equals("/login") || path.equals("/search"), site.name + ": probed: " + path);
            }
        }
    }

    @Test
    void aPageThatIsNeitherClearlyTheNotFoundPageNorAnotherIsAliveAndCounted() throws IOException {
        // half of it is the "not found" page, under the same title: a teaser, say
        site("teaser.test", (s, path) -> path.equals("/posts/members-only")
                ? page(notFound("/x", 1).replace("<aside>", "<p>Members read on: the rest of this article explains"
                        + " how a ring of servers shares keys, how virtual nodes even out the load, and what happens"
                        + " to the keys of a server that leaves the ring for good.</p><aside>"))
                : ARTICLES.contains(path) ? page(article(s.name, path)) : page(notFound(path, 2)));
        Site teaser = sites.get("teaser.test");
        String members = teaser.url("/posts/members-only");
        List<String> urls = new ArrayList<>(urls("teaser.test", ARTICLES));
        urls.add(members);
        Map<String, LinkResult> results = check(settings(), urls).results();
        assertEquals("alive: looks somewhat like the site's 'page not found' page, but not clearly; left alive",
                describe(results.get(members)));
        assertTrue(listener.lines().contains("INFO qbank: 1 page looks somewhat like its site's 'page not found'"
                + " page, but not clearly; left alive (qbank.links.softNotFound)"), listener.lines().toString());
        // not kept: it is asked, and counted, again next time
        int before = teaser.requests.size();
        check(settings(), urls);
        assertEquals(List.of("GET /posts/members-only"), teaser.requests.subList(before, teaser.requests.size()));
    }

    @Test
    void theLinksOfOneHostAreJudgedConcurrentlyWithOneProbe() {
        // 40 removed and 40 real pages on soft.test, eight in flight: one probe, every verdict right
        List<String> urls = new ArrayList<>();
        Map<String, String> expected = new ConcurrentHashMap<>();
        for (int i = 0; i < 40; i++) {
            String gone = sites.get("soft.test").url("/posts/gone-" + i);
            urls.add(gone);
            expected.put(gone, "dead: the site shows its 'page not found' page");
        }
        urls.addAll(urls("soft.test", ARTICLES));
        urls("soft.test", ARTICLES).forEach(u -> expected.put(u, "alive"));
        Map<String, LinkResult> results = check(settings().perHost(8), urls).results();
        Map<String, String> actual = new TreeMap<>();
        expected.keySet().forEach(u -> actual.put(u, describe(results.get(u))));
        assertEquals(new TreeMap<>(expected), actual);
        long probes = sites.get("soft.test").byPath().keySet().stream()
                .filter(p -> !p.startsWith("/posts/gone-") && !ARTICLES.contains(p)).count();
        assertEquals(1, probes);
    }
}
