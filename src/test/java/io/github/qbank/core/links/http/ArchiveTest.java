package io.github.qbank.core.links.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.UnknownHostException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import okhttp3.Dns;
import okhttp3.HttpUrl;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.github.qbank.core.CheckListener;
import io.github.qbank.core.Finding;
import io.github.qbank.core.QbankException;
import io.github.qbank.core.RecordingListener;
import io.github.qbank.core.Severity;
import io.github.qbank.core.check.CheckResult;
import io.github.qbank.core.check.Qbank;
import io.github.qbank.core.check.QbankConfig;
import io.github.qbank.core.fix.FixResult;
import io.github.qbank.core.fix.Fixer;
import io.github.qbank.core.links.LinkSettings;
import io.github.qbank.core.report.Reports;
import io.github.qbank.core.rules.RuleRegistry;

/**
 * The web archive's availability API, played by a loopback server ({@code archive.test}), for a bank
 * whose links point to {@code gone.test}, a site that redirects its removed pages to its home page.
 * The snapshot is in the finding, the JSON and the HTML report, the reason in SARIF and checkstyle;
 * the archive hears nothing unless {@code qbank.links.archive} is set; {@code qbank:fix} rewrites a
 * dead answer link to its snapshot only when {@code dead-link} is named.
 */
class ArchiveTest {

    @TempDir
    Path dir;

    private final MockWebServer site = new MockWebServer();
    private final MockWebServer archive = new MockWebServer();
    private final List<String> archiveAsked = new CopyOnWriteArrayList<>();
    private final RecordingListener listener = new RecordingListener();

    private static final String SNAPSHOT = "https://web.archive.org/web/20200101000000/";

    /** {@code gone.test} and {@code archive.test} are the loopback servers; no other name resolves. */
    private static final Dns LOOPBACK_NAMES = host -> {
        if (host.equals("gone.test") || host.equals("archive.test")) {
            return Dns.SYSTEM.lookup("localhost");
        }
        throw new UnknownHostException(host);
    };

    @BeforeEach
    void start() throws IOException {
        site.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                String path = request.getTarget();
                if (path.equals("/posts/kept")) {
                    return page("<title>Kept · gone.test</title><p>An article that is still here, about how a"
                            + " write-ahead log keeps what the database acknowledged.</p>", request);
                }
                if (path.equals("/")) {
                    return page("<title>gone.test</title><p>Welcome; the latest articles are below.</p>", request);
                }
                return new MockResponse.Builder().code(302).setHeader("Location", "/").build();
            }
        });
        archive.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                archiveAsked.add(request.getTarget());
                String url = HttpUrl.parse("http://archive.test" + request.getTarget()).queryParameter("url");
                String closest = url.endsWith("/never-archived") ? "{}"
                        : "{\"closest\":{\"status\":\"200\",\"available\":true,\"timestamp\":\"20200101000000\","
                                + "\"url\":\"http://web.archive.org/web/20200101000000/" + url + "\"}}";
                return new MockResponse.Builder().code(200).setHeader("Content-Type", "application/json")
                        .body("{\"url\":\"" + url + "\",\"archived_snapshots\":" + closest + "}").build();
            }
        });
        site.start();
        archive.start();
    }

    @AfterEach
    void stop() {
        site.close();
        archive.close();
    }

    private static MockResponse page(String html, RecordedRequest request) {
        return new MockResponse.Builder().code(200).setHeader("Content-Type", "text/html")
                .body(request.getMethod().equals("HEAD") ? "" : "<html>" + html + "</html>").build();
    }

    private String url(String path) {
        return "http://gone.test:" + site.getPort() + path;
    }

    private String endpoint() {
        return "http://archive.test:" + archive.getPort() + "/wayback/available";
    }

    private Path bank() throws IOException {
        Path md = dir.resolve("bank.md");
        Files.writeString(md, String.join("\n",
                "# Storage", "",
                "## Logs", "",
                "- What does a write-ahead log keep?",
                "- [点击查看答案](" + url("/posts/removed") + ")", "",
                "## Rings", "",
                "- How does consistent hashing move keys?",
                "- [Answer](" + url("/posts/kept") + ")",
                "- [Answer](" + url("/posts/never-archived#part-2") + ")", "",
                "See also <" + url("/posts/removed-too") + ">.", ""));
        return md;
    }

    private QbankConfig config(boolean archiveOn) throws QbankException {
        return QbankConfig.builder(dir).outputDirectory(dir.resolve("reports"))
                .formats(List.of("html", "json", "sarif", "checkstyle"))
                .severity("missing-answer-link", Severity.OFF)
                .links(LinkSettings.builder(dir.resolve("cache.json")).allowPrivate(true).timeoutSeconds(5).retries(0)
                        .archive(archiveOn).archiveEndpoint(endpoint()).build())
                .build();
    }

    private CheckResult check(QbankConfig config) throws QbankException {
        return new Qbank(RuleRegistry.standard(),
                (c, l) -> new HttpLinkChecker(c.links(), l, System::currentTimeMillis, LOOPBACK_NAMES))
                .check(config, listener);
    }

    @Test
    void theSnapshotIsInTheFindingTheJsonAndTheHtml() throws Exception {
        bank();
        QbankConfig config = config(true);
        CheckResult result = check(config);
        Reports.write(result, config);
        String removed = url("/posts/removed");
        List<String> deadLinks = result.findings().stream().filter(f -> f.rule().equals("dead-link"))
                .map(Finding::text).toList();
        assertEquals(List.of(
                "dead link " + removed + ": redirected to the site's home page; archived copy: " + SNAPSHOT + removed,
                "dead link " + url("/posts/never-archived") + ": redirected to the site's home page",
                "dead link " + url("/posts/removed-too") + ": redirected to the site's home page; archived copy: "
                        + SNAPSHOT + url("/posts/removed-too")), deadLinks);
        assertEquals(3, archiveAsked.size(), "one question per dead link: " + archiveAsked);
        assertTrue(archiveAsked.stream().allMatch(t -> t.startsWith("/wayback/available?url=")), archiveAsked.toString());

        JsonNode json = new ObjectMapper().readTree(dir.resolve("reports/qbank-report.json").toFile());
        JsonNode link = null;
        for (JsonNode l : json.path("links")) {
            if (l.path("url").asText().equals(removed)) {
                link = l;
            }
            if (l.path("url").asText().equals(url("/posts/kept"))) {
                assertTrue(l.path("archive").isNull(), "an alive link has no archived copy: " + l);
            }
        }
        assertEquals("dead", link.path("result").asText());
        assertEquals("redirected to the site's home page", link.path("detail").asText());
        assertEquals(SNAPSHOT + removed, link.path("archive").asText());

        String html = Files.readString(dir.resolve("reports/index.html"));
        assertTrue(html.contains("archived copy: <a href=\"" + SNAPSHOT + removed + "\""), "the HTML links table");
        assertTrue(html.contains("redirected to the site&#39;s home page")
                || html.contains("redirected to the site&#x27;s home page")
                || html.contains("redirected to the site's home page"), "the reason in the HTML links table");

        String sarif = Files.readString(dir.resolve("reports/qbank.sarif"));
        assertTrue(sarif.contains(removed + ": redirected to the site's home page; archived copy: "), sarif);
        String checkstyle = Files.readString(dir.resolve("reports/qbank-checkstyle.xml"));
        assertTrue(checkstyle.contains(removed + ": redirected to the site&apos;s home page")
                || checkstyle.contains(removed + ": redirected to the site's home page"), checkstyle);
    }

    @Test
    void nothingIsSentToTheArchiveUnlessItIsAskedFor() throws Exception {
        bank();
        QbankConfig config = config(false);
        CheckResult result = check(config);
        Reports.write(result, config);
        assertEquals(List.of(), archiveAsked);
        assertEquals(0, archive.getRequestCount());
        assertEquals(3, result.findings().stream().filter(f -> f.rule().equals("dead-link")).count());
        assertTrue(result.findings().stream().noneMatch(f -> f.text().contains("archived copy")));
        JsonNode json = new ObjectMapper().readTree(dir.resolve("reports/qbank-report.json").toFile());
        json.path("links").forEach(l -> assertTrue(l.path("archive").isNull(), l.toString()));
        assertFalse(Files.readString(dir.resolve("reports/index.html")).contains("archived copy"));
    }

    private Fixer fixer() {
        return new Fixer((c, l) -> new HttpLinkChecker(c.links(), l, System::currentTimeMillis, LOOPBACK_NAMES));
    }

    @Test
    void qbankFixRewritesADeadAnswerLinkToItsSnapshotOnlyWhenAsked() throws Exception {
        Path md = bank();
        String before = Files.readString(md);
        assertFalse(Fixer.rules(List.of()).contains("dead-link"), "not among the rules fixed by default");
        FixResult none = fixer().fix(config(true), Fixer.rules(List.of()), CheckListener.silent());
        assertEquals(List.of(), none.changes());
        assertEquals(0, archive.getRequestCount(), "qbank:fix without dead-link asks no link");

        FixResult fixed = fixer().fix(config(true), Fixer.rules(List.of("dead-link")), CheckListener.silent());
        assertEquals(1, fixed.changes().size());
        String after = fixed.changes().get(0).afterText();
        String removed = url("/posts/removed");
        assertEquals(before.replace("(" + removed + ")", "(" + SNAPSHOT + removed + ")"), after);
        assertEquals(1, fixed.fixed().size());
        List<String> notFixed = fixed.notFixed().stream().map(n -> n.finding().line() + " " + n.reason()).toList();
        assertEquals(List.of("12 the web archive has no copy of it",
                "14 not an answer link; only answer links are rewritten to their archived copy"), notFixed);
        Fixer.write(fixed);
        assertEquals(after, Files.readString(md));
    }

    @Test
    void qbankFixWithDeadLinkNeedsTheArchiveSwitchedOn() throws Exception {
        bank();
        QbankException e = assertThrows(QbankException.class,
                () -> fixer().fix(config(false), Fixer.rules(List.of("dead-link")), CheckListener.silent()));
        assertEquals("links.archive", e.setting());
        assertEquals(0, archive.getRequestCount());
    }
}
