package io.github.qbank.core.local;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import io.github.qbank.core.RecordingListener;
import io.github.qbank.core.local.FileGate.Owner;
import io.github.qbank.core.local.FileGate.Refusal;
import io.github.qbank.core.local.FileGate.Status;

/**
 * The gate every file qbank reads besides the bank passes: what it refuses is never opened (the
 * openings are counted), it never reads more than the limit, and its one warning names the setting
 * and the path as configured, the same whether a target outside the repository exists or not.
 */
class FileGateTest {

    private static final String SETTING = "qbank.baseline";
    private static final String OTHERWISE = "it is treated as absent";

    @TempDir
    Path tmp;

    private Path repository;
    private Path outside;
    private final RecordingListener listener = new RecordingListener();
    private final AtomicInteger openings = new AtomicInteger();
    private final AtomicLong bytesRead = new AtomicLong();
    private FileGate gate;

    @BeforeEach
    void folders() throws IOException {
        repository = Files.createDirectories(tmp.resolve("repository"));
        outside = Files.createDirectories(tmp.resolve("outside"));
        gate = new FileGate(new RepositoryBoundary(repository), listener, this::open);
    }

    /** Opens as the gate does, counting the openings and the bytes handed out. */
    private InputStream open(Path file, LinkOption... options) throws IOException {
        openings.incrementAndGet();
        return counting(Files.newInputStream(file, options));
    }

    private InputStream counting(InputStream in) {
        return new InputStream() {
            @Override
            public int read() throws IOException {
                int b = in.read();
                if (b >= 0) {
                    bytesRead.incrementAndGet();
                }
                return b;
            }

            @Override
            public int read(byte[] buffer, int offset, int length) throws IOException {
                int n = in.read(buffer, offset, length);
                if (n > 0) {
                    bytesRead.addAndGet(n);
                }
                return n;
            }

            @Override
            public void close() throws IOException {
                in.close();
            }
        };
    }

    private static void symlink(Path link, Path target) {
        try {
            Files.createSymbolicLink(link, target);
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            assumeTrue(false, "this file system cannot make symbolic links: " + e);
        }
    }

    private List<String> warnings() {
        return listener.lines().stream().filter(l -> l.startsWith("WARN ")).toList();
    }

    @Test
    void aProjectFileIsRead() throws IOException {
        Files.writeString(repository.resolve("qbank-baseline.json"), "{}");
        FileGate.Result r = gate.read(SETTING, repository.resolve("qbank-baseline.json"), Owner.PROJECT, 1, OTHERWISE);
        assertEquals(Status.READ, r.status());
        assertArrayEquals("{}".getBytes(StandardCharsets.UTF_8), r.bytes());
        assertEquals(List.of(), listener.lines());
    }

    @Test
    void aLinkThatStaysInsideIsFollowed() throws IOException {
        Files.createDirectories(repository.resolve("config"));
        Files.writeString(repository.resolve("config/baseline.json"), "{}");
        symlink(repository.resolve("qbank-baseline.json"), Path.of("config/baseline.json"));
        FileGate.Result r = gate.read(SETTING, repository.resolve("qbank-baseline.json"), Owner.PROJECT, 1, OTHERWISE);
        assertEquals(Status.READ, r.status());
        assertEquals(List.of(), listener.lines());
    }

    @Test
    void aMissingFileIsMissingWithoutAWord() {
        FileGate.Result r = gate.read(SETTING, repository.resolve("qbank-baseline.json"), Owner.PROJECT, 1, OTHERWISE);
        assertEquals(Status.MISSING, r.status());
        assertEquals(List.of(), listener.lines());
        assertEquals(0, openings.get());
    }

    @Test
    void aLinkOutOfTheRepositoryIsNeverOpenedAndTheWarningIsTheSameWhetherTheTargetExistsOrNot() throws IOException {
        Files.writeString(outside.resolve("hosts.yml"), "ghp_FAKE0000000000000000000000000000000000\n");
        symlink(repository.resolve("exists.json"), outside.resolve("hosts.yml"));
        symlink(repository.resolve("absent.json"), outside.resolve("no-such-file"));
        FileGate.Result exists = gate.read(SETTING, repository.resolve("exists.json"), Owner.PROJECT, 1, OTHERWISE);
        FileGate.Result absent = gate.read(SETTING, repository.resolve("absent.json"), Owner.PROJECT, 1, OTHERWISE);
        assertEquals(Refusal.LEADS_OUT, exists.refusal());
        assertEquals(Refusal.LEADS_OUT, absent.refusal());
        assertEquals(List.of(
                "WARN qbank: ignoring exists.json (qbank.baseline): a symbolic link on its way leads out of the"
                        + " repository; it is treated as absent",
                "WARN qbank: ignoring absent.json (qbank.baseline): a symbolic link on its way leads out of the"
                        + " repository; it is treated as absent"), listener.lines());
        assertEquals(0, openings.get());
    }

    @Test
    void aFolderOnTheWayThatLeadsOutIsCaughtToo() throws IOException {
        Files.writeString(outside.resolve("baseline.json"), "{}");
        symlink(repository.resolve("config"), outside);
        FileGate.Result r = gate.read(SETTING, repository.resolve("config/baseline.json"), Owner.PROJECT, 1, OTHERWISE);
        assertEquals(Refusal.LEADS_OUT, r.refusal());
        assertEquals(List.of("WARN qbank: ignoring config/baseline.json (qbank.baseline): a symbolic link on its way"
                + " leads out of the repository; it is treated as absent"), listener.lines());
        assertEquals(0, openings.get());
    }

    @Test
    void aLoopOfLinksIsRefused() {
        symlink(repository.resolve("a.json"), Path.of("b.json"));
        symlink(repository.resolve("b.json"), Path.of("a.json"));
        FileGate.Result r = gate.read(SETTING, repository.resolve("a.json"), Owner.PROJECT, 1, OTHERWISE);
        assertEquals(Refusal.LOOP, r.refusal());
        assertEquals(List.of("WARN qbank: ignoring a.json (qbank.baseline): its symbolic links go round in a loop;"
                + " it is treated as absent"), listener.lines());
        assertEquals(0, openings.get());
    }

    @Test
    @Timeout(value = 20, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void aDeviceIsNeverOpenedWhoeverTheFileBelongsTo() {
        Path zero = Path.of("/dev/zero");
        assumeTrue(Files.exists(zero), "no /dev/zero here");
        Path link = tmp.resolve("machine.gitconfig");
        symlink(link, zero);
        FileGate.Result r = gate.read("qbank.respectGitignore", link, Owner.MACHINE, 1, "it sets nothing");
        assertEquals(Refusal.NOT_REGULAR, r.refusal());
        assertEquals(List.of("WARN qbank: ignoring " + link + " (qbank.respectGitignore): it is not a regular file;"
                + " it sets nothing"), listener.lines());
        assertEquals(0, openings.get());
    }

    @Test
    @Timeout(value = 20, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void aFifoIsNeverOpened() throws Exception {
        Path fifo = repository.resolve("qbank-baseline.json");
        Process mkfifo;
        try {
            mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
        } catch (IOException e) {
            mkfifo = null;
        }
        assumeTrue(mkfifo != null && mkfifo.waitFor() == 0 && Files.exists(fifo), "mkfifo is not available");
        FileGate.Result r = gate.read(SETTING, fifo, Owner.PROJECT, 1, OTHERWISE);
        assertEquals(Refusal.NOT_REGULAR, r.refusal());
        assertEquals(1, warnings().size(), listener.lines().toString());
        assertEquals(0, openings.get());
    }

    @Test
    void aFolderIsNotARegularFile() throws IOException {
        Files.createDirectories(repository.resolve("qbank-baseline.json"));
        FileGate.Result r = gate.read(SETTING, repository.resolve("qbank-baseline.json"), Owner.PROJECT, 1, OTHERWISE);
        assertEquals(Refusal.NOT_REGULAR, r.refusal());
        assertEquals(0, openings.get());
    }

    @Test
    void aFileAboveTheLimitIsRefusedBeforeItIsOpened() throws IOException {
        Path big = repository.resolve("qbank-baseline.json");
        try (RandomAccessFile f = new RandomAccessFile(big.toFile(), "rw")) {
            f.setLength(2L * 1024 * 1024 + 1); // sparse
        }
        FileGate.Result r = gate.read(SETTING, big, Owner.PROJECT, 2, OTHERWISE);
        assertEquals(Refusal.TOO_LARGE, r.refusal());
        assertEquals(List.of("WARN qbank: ignoring qbank-baseline.json (qbank.baseline): it is larger than 2 MiB;"
                + " it is treated as absent"), listener.lines());
        assertEquals(0, openings.get());
    }

    @Test
    void aFileThatGrowsWhileItIsReadIsReadNoFurtherThanTheLimit() throws IOException {
        Path file = repository.resolve("qbank-baseline.json");
        Files.writeString(file, "{}");
        // the file measured 2 bytes, but what is opened never ends
        FileGate growing = new FileGate(new RepositoryBoundary(repository), listener, (p, options) -> {
            openings.incrementAndGet();
            return counting(new InputStream() {
                @Override
                public int read() {
                    return 'x';
                }
            });
        });
        FileGate.Result r = growing.read(SETTING, file, Owner.PROJECT, 1, OTHERWISE);
        assertEquals(Refusal.TOO_LARGE, r.refusal());
        assertEquals(1, openings.get());
        assertEquals(1024L * 1024 + 1, bytesRead.get(), "one byte past the limit tells, and no more is read");
        assertEquals(1, warnings().size());
    }

    @Test
    void aFileConfiguredOutsideTheRepositoryIsUsedAsGiven() throws IOException {
        Path file = Files.writeString(outside.resolve("baseline.json"), "{}");
        FileGate.Result r = gate.read(SETTING, file, Owner.AS_CONFIGURED, 1, OTHERWISE);
        assertEquals(Status.READ, r.status());
        // but as configured inside, a link out is refused
        symlink(repository.resolve("qbank-baseline.json"), file);
        r = gate.read(SETTING, repository.resolve("qbank-baseline.json"), Owner.AS_CONFIGURED, 1, OTHERWISE);
        assertEquals(Refusal.LEADS_OUT, r.refusal());
    }

    @Test
    void theMachinesFilesMayLiveAnywhere() throws IOException {
        Path config = Files.writeString(outside.resolve("gitconfig"), "[core]\n");
        Path link = tmp.resolve(".gitconfig");
        symlink(link, config);
        FileGate.Result r = gate.read("qbank.respectGitignore", link, Owner.MACHINE, 1, "it sets nothing");
        assertEquals(Status.READ, r.status());
        assertEquals(List.of(), listener.lines());
    }

    @Test
    void aQuietReadSaysWhyWithoutAWarning() {
        symlink(repository.resolve("entry.qbm"), outside.resolve("entry.qbm"));
        FileGate.Result r = gate.readQuietly(repository.resolve("entry.qbm"), Owner.PROJECT, 1);
        assertEquals(Status.REFUSED, r.status());
        assertEquals("a symbolic link on its way leads out of the repository", r.why());
        assertEquals(List.of(), listener.lines());
    }

    @Test
    void aFolderThatLeadsOutIsNoFolderOfTheProjectWhetherItExistsOrNot() throws IOException {
        Files.createDirectories(repository.resolve("docs"));
        symlink(repository.resolve("site"), outside);
        symlink(repository.resolve("gone"), outside.resolve("no-such-folder"));
        Files.writeString(repository.resolve("file.md"), "# F");
        RepositoryBoundary boundary = new RepositoryBoundary(repository);
        assertNull(FileGate.whyNotAFolder(boundary, repository.resolve("docs")));
        assertEquals("a symbolic link on its way leads out of the repository",
                FileGate.whyNotAFolder(boundary, repository.resolve("site")));
        assertEquals("a symbolic link on its way leads out of the repository",
                FileGate.whyNotAFolder(boundary, repository.resolve("gone")));
        assertEquals("it is not a folder", FileGate.whyNotAFolder(boundary, repository.resolve("file.md")));
        assertEquals("it is not a folder", FileGate.whyNotAFolder(boundary, repository.resolve("missing")));
    }
}
