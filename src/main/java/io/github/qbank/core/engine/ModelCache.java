package io.github.qbank.core.engine;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.security.CodeSource;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.CRC32;

import io.github.qbank.core.AtomicFiles;
import io.github.qbank.core.CheckListener;
import io.github.qbank.core.Message;
import io.github.qbank.core.Version;
import io.github.qbank.core.local.FileGate;
import io.github.qbank.core.model.BankFile;
import io.github.qbank.core.source.SourceText;

/**
 * What the last check kept of each file, one entry per file in a folder of its own
 * ({@code qbank.cacheDirectory}), so that an unchanged file is not parsed again.
 *
 * <p>An entry is named by the SHA-256 of what shapes the model: the file's path and bytes, the
 * cache format, qbank's version and code, and the settings the parse depends on (the answer-link
 * pattern). A file that changed, moved or is read with other settings finds no entry and is parsed.
 * Each entry repeats its key and ends with a checksum: an entry that does not match is never
 * trusted, the file is parsed again, and one warning tells of it. {@code qbank-cache.properties}
 * names the version and settings that wrote the folder: a folder written by another version of
 * qbank is set aside with one warning, one written with other settings with one line of
 * information. A check keeps, per file, what it keeps of the file once judged ({@code .qbf}, see
 * {@link #judgement}): the reports of the rules whose findings depend only on the file, and the file
 * cut down to its sections; nothing else of an unchanged file is read. {@code qbank:fix}, which needs
 * whole outlines, keeps whole models beside them ({@code .qbm}, see {@link #load}). After the check,
 * entries that no file of the bank used are removed.
 *
 * <p>Thread-safe: files are looked up and stored from several workers at once. Entries are written
 * atomically, so two builds of one project at once see whole entries or none.
 *
 * <p>The checksum and key guard against damage, not against forgery: anyone can compute them. A
 * folder that git tracks (a commit can bring a forged entry) is therefore never opened: the check
 * asks git first and runs without the cache.
 */
public final class ModelCache {

    /**
     * Bumped whenever the stored form of an entry changes (2: the cut-down file joined the findings;
     * 3: messages are stored as keys and arguments).
     */
    static final int FORMAT = 3;
    static final String MANIFEST = "qbank-cache.properties";
    private static final String EXTENSION = ".qbm";
    private static final String FINDINGS = ".qbf";
    private static final Pattern ENTRY = Pattern.compile("[0-9a-f]{64}\\.qb[mf]");
    private static final byte[] MAGIC = "QBANKMODEL".getBytes(StandardCharsets.US_ASCII);
    /** The parameter the folder comes from, as warnings name it. */
    private static final String SETTING = "qbank.cacheDirectory";
    /** The size limit of the manifest, a few lines. */
    private static final int MANIFEST_MIB = 1;
    /** The size limit of an entry: a model can be several times the size of its file. */
    private static final int ENTRY_MIB = 1024;

    private final Path dir;
    private final String version;
    private final String settings;
    private final CheckListener listener;
    private final FileGate files;
    private final Set<String> used = ConcurrentHashMap.newKeySet();
    private final AtomicInteger hits = new AtomicInteger();
    private final AtomicInteger parsed = new AtomicInteger();
    private final AtomicInteger unreadable = new AtomicInteger();
    private final AtomicInteger unwritable = new AtomicInteger();
    private volatile String firstUnreadable;
    private volatile String firstUnwritable;
    private final boolean foreign;

    /** The key of one file's model, computed once from its bytes. */
    public record Key(String name, String relativePath, String digest) {}

    /** The key each file of this check was read under. */
    private final Map<String, Key> keys = new ConcurrentHashMap<>();

    private ModelCache(Path dir, String version, String settings, CheckListener listener, FileGate files) {
        this.dir = dir;
        this.version = version;
        this.settings = settings;
        this.listener = listener;
        this.files = files;
        this.foreign = readManifest();
    }

    /**
     * Opens the cache folder (it need not exist yet), reading its files through a check's gate:
     * inside the repository when the folder is configured there, regular files of bounded size.
     *
     * @param dir the cache folder
     * @param settings what, besides the file, shapes a model: each setting the parse depends on
     * @param listener where the warnings about a foreign or damaged cache go
     * @param files the gate the manifest and the entries pass ({@code qbank.cacheDirectory})
     * @return the cache
     */
    public static ModelCache open(Path dir, String settings, CheckListener listener, FileGate files) {
        return new ModelCache(dir, Version.get() + "+" + CodeFingerprint.VALUE, settings, listener, files);
    }

    /** Whether the manifest says another version wrote the folder; warns or informs once. */
    private boolean readManifest() {
        Path manifest = dir.resolve(MANIFEST);
        Properties p = new Properties();
        FileGate.Result read = files.read(SETTING, manifest, FileGate.Owner.AS_CONFIGURED, MANIFEST_MIB,
                "the model cache is ignored and every file is parsed again");
        if (read.status() == FileGate.Status.MISSING) {
            return false;
        }
        if (read.status() == FileGate.Status.REFUSED) {
            return true;
        }
        try {
            if (read.status() == FileGate.Status.FAILED) {
                throw read.error();
            }
            p.load(new ByteArrayInputStream(read.bytes()));
        } catch (IOException | IllegalArgumentException e) {
            listener.warn(Message.of("model-cache.unreadable", manifest.toString(), String.valueOf(e.getMessage())));
            return true;
        }
        String format = p.getProperty("format");
        String writtenBy = p.getProperty("version");
        if (!String.valueOf(FORMAT).equals(format) || !version.equals(writtenBy)) {
            listener.warn(Message.of("model-cache.other-version", dir.toString(), String.valueOf(writtenBy),
                    String.valueOf(format)));
            return true;
        }
        if (!settings.equals(p.getProperty("settings"))) {
            listener.info(Message.of("model-cache.settings-changed"));
        }
        return false;
    }

    /**
     * The key of a file's model; hashing the bytes is the only work.
     * @param relativePath the file's path as reports write it
     * @param bytes the file's content
     * @return the key
     */
    public Key key(String relativePath, byte[] bytes) {
        MessageDigest content = sha256();
        String digest = HexFormat.of().formatHex(content.digest(bytes));
        MessageDigest name = sha256();
        name.update(header(relativePath, digest).getBytes(StandardCharsets.UTF_8));
        return new Key(HexFormat.of().formatHex(name.digest()), relativePath, digest);
    }

    private String header(String relativePath, String digest) {
        return FORMAT + "\n" + version + "\n" + settings + "\n" + relativePath + "\n" + digest;
    }

    /**
     * The model stored under the key, with {@code source} as its text, or {@code null} when there is
     * none (or none that can be trusted: that one is counted and reported by {@link #finish}).
     * @param key the file's key
     * @param path the file's path on disk
     * @param source the file's text, read again when needed
     * @return the stored model, or {@code null}
     */
    public BankFile load(Key key, Path path, SourceText source) {
        used.add(key.name() + EXTENSION);
        if (foreign) {
            return null;
        }
        byte[] bytes = entryBytes(key, entry(key));
        if (bytes == null) {
            return null;
        }
        try {
            BankFile file = decode(bytes, key, path, source);
            hits.incrementAndGet();
            keys.put(file.relativePath(), key);
            return file;
        } catch (IOException | RuntimeException e) {
            unreadable(key, e.getMessage());
            return null;
        }
    }

    /**
     * An entry's bytes through the gate, or {@code null} when there is none or it is not read: an
     * entry the gate refuses or that cannot be read is counted and reported by {@link #finish}.
     */
    private byte[] entryBytes(Key key, Path entry) {
        FileGate.Result read;
        try {
            read = files.readQuietly(entry, FileGate.Owner.AS_CONFIGURED, ENTRY_MIB);
        } catch (OutOfMemoryError e) {
            unreadable(key, e.toString());
            return null;
        }
        switch (read.status()) {
            case READ:
                return read.bytes();
            case REFUSED:
                unreadable(key, read.why());
                return null;
            case FAILED:
                unreadable(key, read.error().toString());
                return null;
            default:
                return null;
        }
    }

    private BankFile decode(byte[] bytes, Key key, Path path, SourceText source) throws IOException {
        ModelCodec.Input in = open(bytes, header(key.relativePath(), key.digest()));
        BankFile file = ModelCodec.decode(in, key.relativePath(), path, source);
        if (in.available() != 0) {
            throw new IOException("bytes after the model");
        }
        return file;
    }

    /**
     * Stores a model just parsed; a model that cannot be stored is only counted.
     * @param key the file's key
     * @param file the model
     */
    public void store(Key key, BankFile file) {
        parsed(key);
        byte[] model;
        try {
            model = ModelCodec.encode(file);
        } catch (ModelCodec.NotStorable e) {
            return;
        }
        write(entry(key), header(key.relativePath(), key.digest()), model);
    }

    /** Writes an entry atomically: magic, header, body, checksum. Failures are counted, not thrown. */
    private void write(Path target, String headerText, byte[] body) {
        byte[] header = headerText.getBytes(StandardCharsets.UTF_8);
        try {
            AtomicFiles.write(target, out -> {
                CRC32 crc = new CRC32();
                byte[] length = java.nio.ByteBuffer.allocate(4).putInt(header.length).array();
                for (byte[] part : List.of(MAGIC, length, header, body)) {
                    out.write(part);
                    crc.update(part);
                }
                out.write(java.nio.ByteBuffer.allocate(8).putLong(crc.getValue()).array());
            });
        } catch (IOException e) {
            if (unwritable.getAndIncrement() == 0) {
                firstUnwritable = e.toString();
            }
        }
    }

    /**
     * The key the file was read under in this check.
     * @param file a file of this check
     * @return its key, or {@code null} when the cache does not know it (it could not be read)
     */
    public Key keyOf(BankFile file) {
        return keys.get(file.relativePath());
    }

    /**
     * What the last check kept of a file once it was judged (see {@link #storeJudgement});
     * {@link Judgement#NONE} when nothing, or nothing that can be trusted, is stored.
     * @param key the file's key
     * @return what is stored
     */
    public Judgement judgement(Key key) {
        Path entry = findingsEntry(key);
        used.add(key.name() + FINDINGS);
        if (foreign) {
            return Judgement.NONE;
        }
        byte[] bytes = entryBytes(key, entry);
        if (bytes == null) {
            return Judgement.NONE;
        }
        try {
            return ModelCodec.readJudgement(open(bytes, findingsHeader(key)));
        } catch (IOException | RuntimeException e) {
            unreadable(key, e.getMessage());
            return Judgement.NONE;
        }
    }

    /**
     * Stores what a check keeps of a file once it is judged, for the next check.
     * @param key      the file's key
     * @param judgement the reports of the rules whose findings depend only on the file, and the
     *                 file cut down, if the check cut it down
     */
    public void storeJudgement(Key key, Judgement judgement) {
        try {
            write(findingsEntry(key), findingsHeader(key), ModelCodec.writeJudgement(judgement));
        } catch (ModelCodec.NotStorable e) {
            // not stored: the next check runs those rules on the file again
        }
    }

    /**
     * Counts a file as parsed in this check, under its key, when its model is not stored (a check
     * that cuts files down stores only its {@link #judgement}).
     * @param key the file's key
     */
    public void parsed(Key key) {
        parsed.incrementAndGet();
        keys.put(key.relativePath(), key);
    }

    /**
     * Counts a file as read back from the cache when the check took it, cut down, from its
     * {@link #judgement}.
     * @param key the file's key
     */
    public void readBackCutDown(Key key) {
        hits.incrementAndGet();
        keys.put(key.relativePath(), key);
    }

    private String findingsHeader(Key key) {
        return header(key.relativePath(), key.digest()) + "\nfindings";
    }

    private Path findingsEntry(Key key) {
        return dir.resolve(key.name() + FINDINGS);
    }

    private Path entry(Key key) {
        return dir.resolve(key.name() + EXTENSION);
    }

    /** The body of an entry, after its checksum, magic and header are found right. */
    private static ModelCodec.Input open(byte[] bytes, String expectedHeader) throws IOException {
        if (bytes.length < MAGIC.length + 8) {
            throw new IOException("too short");
        }
        CRC32 crc = new CRC32();
        crc.update(bytes, 0, bytes.length - 8);
        long stored = java.nio.ByteBuffer.wrap(bytes, bytes.length - 8, 8).getLong();
        if (crc.getValue() != stored) {
            throw new IOException("checksum mismatch");
        }
        ModelCodec.Input in = new ModelCodec.Input(bytes, 0, bytes.length - 8);
        if (!Arrays.equals(in.readBytes(MAGIC.length), MAGIC)) {
            throw new IOException("not a qbank cache entry");
        }
        if (!in.readString(in.readInt()).equals(expectedHeader)) {
            throw new IOException("stored for another file, version or settings");
        }
        return in;
    }

    /**
     * Counts an entry found wrong only once decoded, as one that could not be trusted; {@link #finish}
     * reports it.
     * @param key the file's key
     * @param why what was wrong
     */
    public void untrusted(Key key, String why) {
        unreadable(key, why);
    }

    private void unreadable(Key key, String why) {
        if (unreadable.getAndIncrement() == 0) {
            firstUnreadable = key.relativePath() + ": " + why;
        }
    }

    /**
     * Files whose model came from the cache in this check.
     * @return how many
     */
    public int hits() {
        return hits.get();
    }

    /**
     * Files parsed in this check (their model was not in the cache).
     * @return how many
     */
    public int parsed() {
        return parsed.get();
    }

    /**
     * After every file has been read: reports untrusted entries (one warning), writes the manifest,
     * and removes the entries no file used and temporary files that killed runs left.
     *
     * @param startedAt when the check started: temporary files younger than that are left alone
     */
    public void finish(Instant startedAt) {
        if (unreadable.get() > 0) {
            listener.warn(unreadable.get() == 1
                    ? Message.of("model-cache.untrusted.one", dir.toString(), String.valueOf(firstUnreadable))
                    : Message.of("model-cache.untrusted.other", unreadable.get(), dir.toString(),
                            String.valueOf(firstUnreadable)));
        }
        if (unwritable.get() > 0) {
            listener.warn(Message.of("model-cache.unwritable", unwritable.get(), dir.toString(),
                    String.valueOf(firstUnwritable)));
        }
        if (!Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        Properties p = new Properties();
        p.setProperty("format", String.valueOf(FORMAT));
        p.setProperty("version", version);
        p.setProperty("settings", settings);
        try {
            AtomicFiles.write(dir.resolve(MANIFEST), out -> p.store(out, "qbank model cache"));
            List<Path> stale = new ArrayList<>();
            try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir,
                    e -> ENTRY.matcher(e.getFileName().toString()).matches())) {
                for (Path e : entries) {
                    String name = e.getFileName().toString();
                    if (!used.contains(name)) {
                        stale.add(e);
                    }
                }
            }
            for (Path e : stale) {
                Files.deleteIfExists(e);
            }
            AtomicFiles.removeStale(dir, startedAt);
        } catch (IOException e) {
            listener.warn(Message.of("model-cache.untidy", dir.toString(), e.toString()));
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    /**
     * What identifies qbank's code beyond its version: a snapshot rebuilt with another parser must
     * not trust the models the old one stored. The SHA-256 of the jar (or of the class files, when
     * qbank runs from a folder of classes, as in its own tests).
     */
    static final class CodeFingerprint {
        static final String VALUE = compute();

        private CodeFingerprint() {}

        private static String compute() {
            try {
                CodeSource source = ModelCache.class.getProtectionDomain().getCodeSource();
                if (source == null || source.getLocation() == null) {
                    return unknown();
                }
                Path location = Path.of(source.getLocation().toURI());
                MessageDigest digest = sha256();
                if (Files.isDirectory(location)) {
                    try (Stream<Path> files = Files.walk(location)) {
                        for (Path p : files.filter(f -> f.toString().endsWith(".class")).sorted().toList()) {
                            digest.update(location.relativize(p).toString().getBytes(StandardCharsets.UTF_8));
                            digest.update(Files.readAllBytes(p));
                        }
                    }
                } else {
                    digest.update(Files.readAllBytes(location));
                }
                return HexFormat.of().formatHex(digest.digest()).substring(0, 16);
            } catch (IOException | URISyntaxException | RuntimeException e) {
                return unknown();
            }
        }

        /** Code that cannot be identified trusts no model: each run has a fingerprint of its own. */
        private static String unknown() {
            return "unknown-" + java.util.UUID.randomUUID();
        }
    }
}
