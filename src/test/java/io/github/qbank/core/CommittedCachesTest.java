package io.github.qbank.core;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import java.util.zip.CRC32;

import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.eclipse.jgit.api.Git;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.github.qbank.core.check.CheckResult;
import io.github.qbank.core.check.Qbank;
import io.github.qbank.core.check.QbankConfig;
import io.github.qbank.core.links.LinkResult;
import io.github.qbank.core.links.LinkSettings;
import io.github.qbank.core.links.Verdict;

/**
 * Caches that came with a commit are never trusted: a pull request can commit a link cache that
 * calls a dead link alive, or a model cache entry that calls a broken file clean, each made as
 * qbank makes them (the fingerprints and keys are no secret). Real repositories made with JGit;
 * links served on loopback, where every request is recorded.
 */
class CommittedCachesTest {

    @TempDir
    Path dir;

    /** A numbering error on line 7: 3 is expected, 8 found. */
    private static final String[] BROKEN = {"# Bank", "", "## 一、基础", "", "- 1 问题一？", "- 2 问题二？", "- 8 问题三？",
        "- 4 问题四？", "- 5 问题五？"};

    private Git git;
    private final MockWebServer server = new MockWebServer();
    private final AtomicInteger status = new AtomicInteger(200);

    @BeforeEach
    void repository() throws Exception {
        git = Git.init().setDirectory(dir.toFile()).setInitialBranch("main").call();
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                return new MockResponse.Builder().code(status.get()).build();
            }
        });
        server.start();
    }

    @AfterEach
    void close() {
        server.close();
        git.close();
    }

    private void commit(String message, String... paths) throws Exception {
        for (String p : paths) {
            git.add().addFilepattern(p).call();
        }
        git.commit().setMessage(message).setAuthor("t", "t@example.com").setCommitter("t", "t@example.com")
                .setSign(false).call();
    }

    private record Run(CheckResult result, List<String> lines) {
        List<String> warnings() {
            return lines.stream().filter(l -> l.startsWith("WARN")).toList();
        }

        String cacheLine() {
            return lines.stream().filter(l -> l.contains("from the model cache")).findFirst().orElse("none");
        }

        List<String> findings() {
            return result.findings().stream().map(f -> f.file() + ":" + f.line() + " " + f.rule()).toList();
        }
    }

    private static Run check(QbankConfig config) throws QbankException {
        RecordingListener listener = new RecordingListener();
        CheckResult result = new Qbank().check(config, listener);
        return new Run(result, listener.lines());
    }

    /** Links checked on loopback, the link cache where the plugin keeps it. */
    private QbankConfig withLinks() throws QbankException {
        return QbankConfig.builder(dir).outputDirectory(dir.resolve("target/qbank"))
                .links(LinkSettings.builder(dir.resolve("target/qbank/link-cache.json")).allowPrivate(true)
                        .timeoutSeconds(5).retries(0).softNotFound(false).build()) // requests are counted: no probe
                .build();
    }

    /** Links not checked, the model cache where the plugin keeps it. */
    private QbankConfig withModelCache() throws QbankException {
        return Configs.offline(dir).outputDirectory(dir.resolve("target/qbank"))
                .cacheDirectory(dir.resolve("target/qbank/cache")).build();
    }

    private static Verdict verdict(Run run, String url) {
        return run.result().links().stream().filter(r -> r.url().equals(url)).map(LinkResult::verdict).findFirst()
                .orElseThrow();
    }

    @Test
    void aCommittedLinkCacheIsNotTrustedNorWrittenOver() throws Exception {
        String url = server.url("/page").toString();
        TestFiles.write(dir, "README.md", "# Bank", "", "See [the page](" + url + ").");
        commit("the bank", "README.md");
        Path cache = dir.resolve("target/qbank/link-cache.json");

        Run first = check(withLinks());
        Run untracked = check(withLinks());
        assertEquals(Verdict.ALIVE, verdict(first, url));
        assertEquals(Verdict.ALIVE, verdict(untracked, url));
        assertEquals(1, server.getRequestCount(), "an untracked cache is trusted: the second run asks nothing");
        assertTrue(Files.readString(cache).contains("\"" + url + "\":{\"result\":\"alive\""), Files.readString(cache));

        // a pull request commits the cache, fingerprint and all, while the page is gone
        commit("the link cache comes with a pull request", "target/qbank/link-cache.json");
        byte[] committed = Files.readAllBytes(cache);
        status.set(404);

        Run run = check(withLinks());

        assertEquals(Verdict.DEAD, verdict(run, url));
        assertEquals(List.of("README.md:3 dead-link"), run.findings());
        assertEquals(3, server.getRequestCount(), "the link is asked again: one HEAD and one GET");
        assertEquals(List.of("WARN qbank: the link cache target/qbank/link-cache.json is tracked by git"
                + " (target/qbank/link-cache.json is in the index): a cache that comes with a commit is not"
                + " trusted, so links are checked without it and nothing is written there; remove it from git"
                + " (git rm -r --cached target/qbank/link-cache.json)"), run.warnings());
        assertArrayEquals(committed, Files.readAllBytes(cache), "the tracked file is the user's: not written over");
    }

    @Test
    void aForgedModelCacheEntryInACommitDoesNotHideANumberingError() throws Exception {
        String clean = "# Bank\n\n## 一、基础\n\n- 1 问题一？\n- 2 问题二？\n- 3 问题三？\n- 4 问题四？\n- 5 问题五？\n";
        String broken = clean.replace("- 3 问题三？", "- 8 问题三？");
        Path bank = dir.resolve("bank.md");
        Files.writeString(bank, clean);
        commit("the bank", "bank.md");
        Run first = check(withModelCache());
        assertEquals(List.of(), first.findings());
        Path cacheDir = dir.resolve("target/qbank/cache");
        List<Path> entries = entries(cacheDir);
        assertEquals(1, entries.size());

        // the clean file's entry, relabelled for the broken file's bytes (its key and checksum made anew)
        Files.writeString(bank, broken);
        forge(entries.get(0), broken.getBytes(StandardCharsets.UTF_8));
        Run outsideGit = check(withModelCache());
        assertEquals("INFO qbank: 1 file(s): 0 parsed, 1 from the model cache", outsideGit.cacheLine(),
                "the forged entry must be one the cache takes, or this test shows nothing");
        assertEquals(List.of(), outsideGit.findings(), "a forged entry in an untracked folder would hide the error");

        commit("a numbering error and a cache that hides it", "bank.md", "target/qbank/cache");
        Map<String, byte[]> committed = contents(cacheDir);

        Run run = check(withModelCache());

        assertEquals(List.of("bank.md:7 numbering"), run.findings());
        assertEquals("none", run.cacheLine(), "no file is taken from the cache");
        assertEquals(1, run.warnings().size(), run.warnings().toString());
        assertTrue(run.warnings().get(0).startsWith("WARN qbank: the model cache target/qbank/cache is tracked by"
                + " git (target/qbank/cache/"), run.warnings().get(0));
        assertTrue(run.warnings().get(0).endsWith(" is in the index): a cache that comes with a commit is not"
                + " trusted, so every file is parsed and nothing is written there; remove it from git"
                + " (git rm -r --cached target/qbank/cache)"), run.warnings().get(0));
        assertEquals(committed.keySet(), contents(cacheDir).keySet(), "nothing is written into the tracked folder");
        committed.forEach((name, bytes) -> assertArrayEquals(bytes, contents(cacheDir).get(name), name));
    }

    @Test
    void untrackedCachesInARepositoryAreUsed() throws Exception {
        TestFiles.write(dir, "bank.md", BROKEN);
        TestFiles.write(dir, ".gitignore", "target/");
        commit("the bank", "bank.md", ".gitignore");

        Run cold = check(withModelCache());
        Run warm = check(withModelCache());

        assertEquals("INFO qbank: 1 file(s): 1 parsed, 0 from the model cache", cold.cacheLine());
        assertEquals("INFO qbank: 1 file(s): 0 parsed, 1 from the model cache", warm.cacheLine());
        assertEquals(List.of("bank.md:7 numbering"), warm.findings());
        assertEquals(List.of(), warm.warnings());
    }

    @Test
    void anIndexThatCannotBeReadTrustsNoCache() throws Exception {
        TestFiles.write(dir, "bank.md", BROKEN);
        commit("the bank", "bank.md");
        check(withModelCache());
        Files.writeString(dir.resolve(".git/index"), "not an index");

        Run run = check(withModelCache());

        assertEquals(List.of("bank.md:7 numbering"), run.findings());
        assertEquals("none", run.cacheLine());
        assertEquals(1, run.warnings().size(), run.warnings().toString());
        assertTrue(run.warnings().get(0).startsWith("WARN qbank: the model cache target/qbank/cache is not used:"
                + " git's index cannot be read to tell whether a commit brought it ("), run.warnings().get(0));
    }

    private static List<Path> entries(Path cacheDir) throws IOException {
        try (Stream<Path> files = Files.list(cacheDir)) {
            return files.filter(p -> p.toString().endsWith(".qbf")).sorted().toList();
        }
    }

    private static Map<String, byte[]> contents(Path folder) {
        Map<String, byte[]> out = new TreeMap<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path p : files.toList()) {
                out.put(p.getFileName().toString(), Files.readAllBytes(p));
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return out;
    }

    /**
     * Writes the entry {@code clean} holds again, as the entry of a file with {@code bytes}: its
     * header names their digest, its name is the key of that header, its checksum is made anew.
     */
    private static void forge(Path clean, byte[] bytes) throws Exception {
        byte[] entry = Files.readAllBytes(clean);
        int magic = "QBANKMODEL".length();
        int headerLength = ByteBuffer.wrap(entry, magic, 4).getInt();
        String header = new String(entry, magic + 4, headerLength, StandardCharsets.UTF_8);
        assertTrue(header.endsWith("\nfindings"), header);
        String key = header.substring(0, header.length() - "\nfindings".length());
        String forgedKey = key.substring(0, key.lastIndexOf('\n') + 1) + sha256(bytes);
        byte[] forgedHeader = (forgedKey + "\nfindings").getBytes(StandardCharsets.UTF_8);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(entry, 0, magic);
        out.write(ByteBuffer.allocate(4).putInt(forgedHeader.length).array());
        out.write(forgedHeader);
        int body = magic + 4 + headerLength;
        out.write(entry, body, entry.length - 8 - body);
        CRC32 crc = new CRC32();
        crc.update(out.toByteArray());
        out.write(ByteBuffer.allocate(8).putLong(crc.getValue()).array());
        Files.write(clean.resolveSibling(sha256(forgedKey.getBytes(StandardCharsets.UTF_8)) + ".qbf"),
                out.toByteArray());
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }
}
