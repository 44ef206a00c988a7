package io.github.qbank.core.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.github.qbank.core.CheckListener;
import io.github.qbank.core.check.CheckResult;
import io.github.qbank.core.check.Qbank;
import io.github.qbank.core.check.QbankConfig;
import io.github.qbank.core.links.LinkSettings;

/**
 * Every report says which run wrote it, and what interrupted runs left behind is cleaned up on
 * the next run.
 */
class ReportRunTest {

    @TempDir
    Path dir;

    private CheckResult run(Path bank, Path out) throws Exception {
        QbankConfig config = QbankConfig.builder(bank).outputDirectory(out)
                .formats(List.of("html", "json", "sarif", "checkstyle"))
                .links(LinkSettings.builder(null).skip("not in tests").build()).build();
        CheckResult result = new Qbank().check(config, CheckListener.silent());
        Reports.write(result, config);
        return result;
    }

    private Path bank() throws Exception {
        Path bank = Files.createDirectories(dir.resolve("bank"));
        Files.writeString(bank.resolve("README.md"), "# Bank\n\n![x](gone.png)\n");
        return bank;
    }

    @Test
    void everyReportCarriesTheRunIdAndTime() throws Exception {
        Path out = dir.resolve("reports");
        Path bank = bank();
        CheckResult first = run(bank, out);
        String id = first.runId();
        assertEquals(id, UUID.fromString(id).toString());

        JsonNode json = new ObjectMapper().readTree(out.resolve("qbank-report.json").toFile());
        assertEquals(id, json.at("/run/id").asText());
        assertEquals(first.startedAt().toString(), json.at("/run/startedAt").asText());
        JsonNode sarif = new ObjectMapper().readTree(out.resolve("qbank.sarif").toFile());
        assertEquals(id, sarif.at("/runs/0/properties/runId").asText());
        assertEquals(first.startedAt().toString(), sarif.at("/runs/0/invocations/0/startTimeUtc").asText());
        var html = Jsoup.parse(out.resolve("index.html").toFile(), "UTF-8");
        assertEquals(id, html.selectFirst("meta[name=qbank-run]").attr("content"));
        assertTrue(html.selectFirst("#run").text().contains(id), html.selectFirst("#run").text());
        assertTrue(Files.readString(out.resolve("qbank-checkstyle.xml")).contains("qbank run " + id));

        CheckResult second = run(bank, out);
        assertNotEquals(id, second.runId());
        assertEquals(second.runId(), new ObjectMapper().readTree(out.resolve("qbank-report.json").toFile())
                .at("/run/id").asText());
    }

    @Test
    void temporaryFilesOfAnEarlierInterruptedRunAreRemoved() throws Exception {
        Path out = Files.createDirectories(dir.resolve("reports"));
        Instant hourAgo = Instant.now().minus(1, ChronoUnit.HOURS);
        Path stale = out.resolve("index.html." + UUID.randomUUID() + ".tmp");
        Path staleCache = out.resolve("link-cache.json." + UUID.randomUUID() + ".tmp");
        Path beingWritten = out.resolve("qbank.sarif." + UUID.randomUUID() + ".tmp");
        Path notOurs = out.resolve("notes.tmp");
        Path notOursEither = out.resolve("index.html.backup.tmp");
        for (Path p : List.of(stale, staleCache, beingWritten, notOurs, notOursEither)) {
            Files.writeString(p, "half a report");
            Files.setLastModifiedTime(p, FileTime.from(hourAgo));
        }
        // another run that started after this one is still writing it
        Files.setLastModifiedTime(beingWritten, FileTime.from(Instant.now().plus(1, ChronoUnit.HOURS)));

        run(bank(), out);

        assertFalse(Files.exists(stale), "left by an interrupted run");
        assertFalse(Files.exists(staleCache), "left by an interrupted run");
        assertTrue(Files.exists(beingWritten), "newer than this run");
        assertTrue(Files.exists(notOurs), "not named as qbank names its temporary files");
        assertTrue(Files.exists(notOursEither), "not named as qbank names its temporary files");
    }
}
