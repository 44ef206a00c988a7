package io.github.qbank.core.links.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.UnknownHostException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

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
import io.github.qbank.core.Severity;
import io.github.qbank.core.check.CheckResult;
import io.github.qbank.core.check.Qbank;
import io.github.qbank.core.check.QbankConfig;
import io.github.qbank.core.links.LinkResult;
import io.github.qbank.core.links.LinkSettings;
import io.github.qbank.core.links.Verdict;
import io.github.qbank.core.rules.RuleRegistry;

/** dead-link, link-unverifiable and remote missing-image, from a bank whose links a loopback server answers. */
class LinkRulesTest {

    @TempDir
    Path dir;

    private final MockWebServer server = new MockWebServer();
    private final RecordingListener listener = new RecordingListener();

    @BeforeEach
    void start() throws IOException {
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                return new MockResponse.Builder().code(switch (request.getTarget()) {
                    case "/alive", "/image.png" -> 200;
                    case "/busy" -> 429;
                    default -> 404;
                }).build();
            }
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private QbankConfig config(LinkSettings.Builder links) throws Exception {
        return QbankConfig.builder(dir).links(links.build())
                .severity("missing-answer-link", Severity.OFF).build();
    }

    private LinkSettings.Builder links() {
        return LinkSettings.builder(dir.resolve("target/cache.json")).allowPrivate(true).retries(1).backoffMillis(1)
                .maxRetryAfterMillis(1);
    }

    @Test
    void eachUrlIsRequestedOnceAndReportedAtEveryPlaceItIsUsed() throws Exception {
        String base = server.url("/").toString();
        Files.writeString(dir.resolve("a.md"), String.join("\n",
                "# A", "",
                "- [alive](" + base + "alive)",
                "- [gone](" + base + "gone)",
                "- <" + base + "gone#fragment>",
                "- [busy](" + base + "busy)",
                "", "![remote](" + base + "missing.png) ![ok](" + base + "image.png)", ""));
        Files.writeString(dir.resolve("b.md"), "# B\n\n<a href=\"" + base.toUpperCase().replace("HTTP://", "http://")
                + "gone\">same page, other case</a>\n");
        Dns loopbackOnly = host -> {
            if (host.equalsIgnoreCase("localhost")) {
                return Dns.SYSTEM.lookup(host);
            }
            throw new UnknownHostException(host);
        };
        CheckResult result = new Qbank(RuleRegistry.standard(),
                (c, l) -> new HttpLinkChecker(c.links(), l, System::currentTimeMillis, loopbackOnly))
                .check(config(links()), listener);
        List<String> findings = result.findings().stream()
                .map(f -> f.file() + ":" + f.line() + ":" + f.column() + " " + f.rule() + " " + f.severity().id())
                .toList();
        assertEquals(List.of(
                "a.md:4:10 dead-link error",
                "a.md:5:3 dead-link error",
                "a.md:6:10 link-unverifiable warning",
                "a.md:8:11 missing-image error",
                "b.md:3:10 dead-link error"), findings);
        assertEquals(5, result.links().size());
        LinkResult gone = result.links().stream().filter(r -> r.url().endsWith("/gone")).findFirst().orElseThrow();
        assertEquals(List.of(new LinkResult.Occurrence("a.md", 4, 10), new LinkResult.Occurrence("a.md", 5, 3),
                new LinkResult.Occurrence("b.md", 3, 10)), gone.occurrences());
        long goneRequests = 0;
        for (int i = server.getRequestCount(); i > 0; i--) {
            if (server.takeRequest().getTarget().equals("/gone")) {
                goneRequests++;
            }
        }
        assertEquals(2, goneRequests, "one HEAD and one GET for three uses in two files");
    }

    @Test
    void theReferenceBankWithoutNetworkGivesNoDeadLinkAndOneNetworkLine() throws Exception {
        Path bank = Path.of(System.getProperty("qbank.sharedDir", "../shared"), "corpus", "llm-interview");
        assumeTrue(Files.isRegularFile(bank.resolve("README.md")), "the reference bank is not at " + bank);
        Dns noNetwork = host -> {
            throw new UnknownHostException(host);
        };
        QbankConfig config = QbankConfig.builder(bank).includes(List.of("README.md"))
                .outputDirectory(dir.resolve("reports"))
                .links(LinkSettings.builder(dir.resolve("cache.json")).build()).build();
        CheckResult result = new Qbank(RuleRegistry.standard(),
                (c, l) -> new HttpLinkChecker(c.links(), l, System::currentTimeMillis, noNetwork)).check(config, listener);
        assertEquals(0, result.findings().stream().filter(f -> f.rule().equals("dead-link")).count());
        List<String> unverifiable = result.findings().stream().filter(f -> f.rule().equals("link-unverifiable"))
                .map(f -> f.line() + " " + f.text()).toList();
        assertEquals(List.of("13 network unavailable: no host could be resolved or reached, so 111 links were not"
                + " verified"), unverifiable);
        assertEquals(List.of("WARN qbank: network unavailable: no host could be resolved or reached; 111 links are"
                + " unverifiable, not dead"), listener.lines());
        assertEquals(111, result.links().stream().filter(r -> r.verdict() == Verdict.UNVERIFIABLE).count());
    }
}
