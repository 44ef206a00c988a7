package io.github.qbank.core.links.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.UnknownHostException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import okhttp3.Dns;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.github.qbank.core.CheckListener;
import io.github.qbank.core.Severity;
import io.github.qbank.core.baseline.Baseline;
import io.github.qbank.core.baseline.TrackedFinding;
import io.github.qbank.core.check.CheckResult;
import io.github.qbank.core.check.Qbank;
import io.github.qbank.core.check.QbankConfig;
import io.github.qbank.core.links.LinkSettings;
import io.github.qbank.core.local.FileGate;
import io.github.qbank.core.report.ConsoleReport;
import io.github.qbank.core.rules.RuleRegistry;

/**
 * A baseline holds findings about the bank, never about the machine: one written on a machine
 * without network holds no "network unavailable", and the later checks, offline or not, call
 * nothing known or fixed because of the network.
 */
class OfflineBaselineTest {

    @TempDir
    Path dir;

    private static final Dns NO_NETWORK = host -> {
        throw new UnknownHostException(host);
    };

    private Path baselineFile() {
        return dir.resolve("qbank-baseline.json");
    }

    private QbankConfig config(LinkSettings links) throws Exception {
        return QbankConfig.builder(dir).baseline(baselineFile()).severity("missing-answer-link", Severity.OFF)
                .links(links).build();
    }

    private CheckResult withoutNetwork() throws Exception {
        return new Qbank(RuleRegistry.standard(),
                (c, l) -> new HttpLinkChecker(c.links(), l, System::currentTimeMillis, NO_NETWORK))
                .check(config(LinkSettings.builder(dir.resolve("target/cache.json")).build()), CheckListener.silent());
    }

    @Test
    void aBaselineWrittenOfflineHoldsNoFindingAboutTheNetwork() throws Exception {
        Files.writeString(dir.resolve("README.md"), String.join("\n", "# Bank", "",
                "## 一、Basics", "",
                "- 1 [first](https://one.example.org/a)",
                "- 2 [second](https://two.example.org/b)",
                "- 8 [third](https://three.example.org/c)", ""));
        CheckResult first = withoutNetwork();
        assertEquals(List.of("link-unverifiable 5", "numbering 7"), first.findings().stream()
                .map(f -> f.rule() + " " + f.line()).toList());
        assertTrue(Baseline.aboutTheMachine(first.findings().get(0)));
        Baseline.write(baselineFile(), first.tracked());
        String written = Files.readString(baselineFile());
        assertFalse(written.contains("link-unverifiable"), written);
        assertFalse(written.contains("network"), written);
        assertEquals(1, written.lines().filter(l -> l.startsWith("{\"file\"")).count(), written);
        assertEquals("qbank: baseline qbank-baseline.json written with 1 finding; commit it, and qbank:check fails"
                + " only on findings that are not in it", ConsoleReport.baselineWritten(first, baselineFile(), dir, java.util.Locale.ENGLISH));

        // Still without network: the numbering finding is known, the network's is new, nothing is fixed.
        CheckResult again = new Qbank(RuleRegistry.standard(),
                (c, l) -> new HttpLinkChecker(c.links(), l, System::currentTimeMillis, NO_NETWORK))
                .check(config(LinkSettings.builder(dir.resolve("target/cache.json")).build()), CheckListener.silent());
        assertEquals(List.of("link-unverifiable new", "numbering known"), again.tracked().stream()
                .map(t -> t.finding().rule() + " " + t.status()).toList());
        assertEquals(0, again.fixed());

        // Maven offline (-o): links skipped; nothing fixed, nothing about the network.
        CheckResult skipped = new Qbank().check(
                config(LinkSettings.builder(null).skip("Maven is offline (-o)").build()), CheckListener.silent());
        assertEquals(List.of("numbering known"), skipped.tracked().stream()
                .map(t -> t.finding().rule() + " " + t.status()).toList());
        assertEquals(0, skipped.fixed());
    }

    @Test
    void aNetworkFindingThatAnEarlierQbankWroteIsNeitherKnownNorFixed() throws Exception {
        Files.writeString(dir.resolve("README.md"), "# Bank\n\n- [a](https://one.example.org/a)\n");
        CheckResult offline = withoutNetwork();
        TrackedFinding network = offline.tracked().get(0);
        Files.writeString(baselineFile(), "{\"qbankBaseline\":1,\"findings\":[\n"
                + "{\"file\":\"README.md\",\"rule\":\"link-unverifiable\",\"fingerprint\":\"" + network.fingerprint()
                + "\",\"message\":\"network unavailable: no host could be resolved or reached, so 1 link was not verified\"}\n"
                + "]}\n");
        Baseline old = Baseline.read(baselineFile(), FileGate.withoutRepository(CheckListener.silent()));
        assertEquals(0, old.size());
        assertEquals(List.of("link-unverifiable new"), withoutNetwork().tracked().stream()
                .map(t -> t.finding().rule() + " " + t.status()).toList());
        CheckResult skipped = new Qbank().check(
                config(LinkSettings.builder(null).skip("Maven is offline (-o)").build()), CheckListener.silent());
        assertEquals(0, skipped.fixed());
    }

    @Test
    void aDeadLinkOfTheBaselineIsNotFixedByAnOfflineCheck() throws Exception {
        Files.writeString(dir.resolve("README.md"), "# Bank\n\n- [a](https://one.example.org/a)\n");
        Files.writeString(baselineFile(), "{\"qbankBaseline\":1,\"findings\":[\n"
                + "{\"file\":\"README.md\",\"rule\":\"dead-link\",\"fingerprint\":\"0123456789abcdef\","
                + "\"message\":\"dead link https://one.example.org/a: HTTP 404\"}\n"
                + "]}\n");
        CheckResult skipped = new Qbank().check(
                config(LinkSettings.builder(null).skip("Maven is offline (-o)").build()), CheckListener.silent());
        assertEquals(0, skipped.fixed(), "links were not checked: the dead link is not known to be fixed");
        assertEquals(0, withoutNetwork().fixed(), "no network: the dead link is not known to be fixed");
    }
}
