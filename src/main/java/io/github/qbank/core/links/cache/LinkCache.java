package io.github.qbank.core.links.cache;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.IntPredicate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import okhttp3.HttpUrl;

import io.github.qbank.core.AtomicFiles;
import io.github.qbank.core.CheckListener;
import io.github.qbank.core.Message;
import io.github.qbank.core.links.LinkResult;
import io.github.qbank.core.links.Verdict;
import io.github.qbank.core.links.soft.HostAnswer;
import io.github.qbank.core.links.soft.PageSketch;
import io.github.qbank.core.local.FileGate;

/**
 * The persistent link result cache. Alive results are reused until they are older than the
 * configured age, counted from when the URL was really requested (reusing an entry does not make
 * it younger); failures are never stored, so they are rechecked on the next run. The file starts
 * with a fingerprint of what decides a verdict (qbank's version, accepted status codes, request
 * headers): a different fingerprint, a foreign or corrupt file means "start empty" and one log
 * line, never a failure. Written atomically.
 *
 * <p>It also keeps each host's answer to an address that cannot exist ({@link HostAnswer}, the soft-404
 * probe), for as long as alive results, so that a host is probed at most once in that time.
 *
 * <p>Nothing in the file is trusted blindly: an entry is used only when its fields hold together
 * (result {@code alive} with a status that counts as alive, a check time in the past, a redirect
 * that is a URL), and the file is read only through the {@link FileGate}: a regular file of at most
 * {@value #MAX_MIB} MiB, checked before it is opened, inside the repository when it is configured
 * there. A FIFO, a device or a folder in its place, or a link that leads out, is never opened nor
 * replaced; a larger file is replaced. A file that git tracks (a commit can bring one, fingerprint
 * and all) never reaches this class: the check then gives the link checker no cache file.
 */
public final class LinkCache {

    private static final String FORMAT = "qbank-link-cache";
    /** 2: the hosts' "not found" answers ({@code probes}). */
    private static final int VERSION = 2;
    private static final int MAX_MIB = FileGate.MAX_MIB;
    private static final String SETTING = "qbank.links.cache";

    private record Entry(int status, String redirect, long checkedAt) {}

    private record Probe(HostAnswer answer, long checkedAt) {}

    private final Path file;
    private final String fingerprint;
    private final long maxAgeMillis;
    private final boolean writable;
    private final Map<String, Entry> entries = new ConcurrentHashMap<>();
    private final Map<String, Probe> probes = new ConcurrentHashMap<>();
    private final ObjectMapper mapper = new ObjectMapper();

    private LinkCache(Path file, String fingerprint, long maxAgeMillis, boolean writable) {
        this.file = file;
        this.fingerprint = fingerprint;
        this.maxAgeMillis = maxAgeMillis;
        this.writable = writable;
    }

    /**
     * Reads the cache file, or starts empty, saying why.
     * @param file          the cache file, or {@code null} for no cache
     * @param fingerprint   what decides a verdict: a file made with another is not used
     * @param maxAgeSeconds how long an alive result is reused
     * @param alive         which statuses an alive result may have
     * @param now           the time of this run: an entry checked later than this is not believed
     * @param files         the gate the file passes ({@code qbank.links.cache})
     * @param listener      told why a file is not used
     * @return the cache
     */
    public static LinkCache load(Path file, String fingerprint, long maxAgeSeconds, IntPredicate alive, long now,
            FileGate files, CheckListener listener) {
        long maxAge = maxAgeSeconds * 1000;
        if (file == null) {
            return new LinkCache(null, fingerprint, maxAge, false);
        }
        FileGate.Result read = files.read(SETTING, file, FileGate.Owner.AS_CONFIGURED, MAX_MIB,
                "links are checked without it");
        switch (read.status()) {
            case MISSING:
                return new LinkCache(file, fingerprint, maxAge, true);
            case REFUSED:
                // a larger file is replaced; nothing is written in place of a link that leads out, a FIFO, a device
                // or a folder
                return new LinkCache(file, fingerprint, maxAge, read.refusal() == FileGate.Refusal.TOO_LARGE);
            default:
                break;
        }
        LinkCache cache = new LinkCache(file, fingerprint, maxAge, true);
        JsonNode root;
        try {
            if (read.status() == FileGate.Status.FAILED) {
                throw read.error();
            }
            root = cache.mapper.readTree(read.bytes());
        } catch (IOException | RuntimeException e) {
            listener.warn(Message.of("cached-links.invalid", file.toString(), e.getClass().getSimpleName()));
            return cache;
        }
        if (root == null || !FORMAT.equals(root.path("format").asText()) || root.path("version").asInt() != VERSION) {
            listener.warn(Message.of("cached-links.other-version", file.toString()));
            return cache;
        }
        if (!fingerprint.equals(root.path("fingerprint").asText())) {
            listener.info(Message.of("cached-links.other-settings"));
            return cache;
        }
        int dropped = 0;
        for (Iterator<Map.Entry<String, JsonNode>> it = root.path("entries").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            Entry entry = entry(e.getKey(), e.getValue(), alive, now);
            if (entry == null) {
                dropped++;
            } else if (now - entry.checkedAt() <= maxAge) {
                cache.entries.put(e.getKey(), entry);
            }
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = root.path("probes").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            Probe probe = probe(e.getKey(), e.getValue(), now);
            if (probe == null) {
                dropped++;
            } else if (now - probe.checkedAt() <= maxAge) {
                cache.probes.put(e.getKey(), probe);
            }
        }
        if (dropped > 0) {
            listener.debug("qbank: dropped " + dropped + " link cache entries whose fields contradict each other");
        }
        return cache;
    }

    /** An entry whose fields hold together, or {@code null}. */
    private static Entry entry(String url, JsonNode v, IntPredicate alive, long now) {
        if (!v.isObject() || HttpUrl.parse(url) == null || !"alive".equals(v.path("result").textValue())) {
            return null;
        }
        JsonNode status = v.path("status");
        JsonNode checkedAt = v.path("checkedAt");
        JsonNode redirect = v.path("redirect");
        if (!status.isInt() || !alive.test(status.intValue())) {
            return null;
        }
        if (!checkedAt.isIntegralNumber() || !checkedAt.canConvertToLong() || checkedAt.longValue() <= 0
                || checkedAt.longValue() > now) {
            return null;
        }
        boolean noRedirect = redirect.isMissingNode() || redirect.isNull();
        if (!noRedirect && !(redirect.isTextual() && HttpUrl.parse(redirect.textValue()) != null)) {
            return null;
        }
        return new Entry(status.intValue(), noRedirect ? null : redirect.textValue(), checkedAt.longValue());
    }

    /** A host's answer whose fields hold together: addresses of that host, a status, a sketch; or {@code null}. */
    private static Probe probe(String host, JsonNode v, long now) {
        if (!v.isObject()) {
            return null;
        }
        HttpUrl url = HttpUrl.parse(v.path("url").asText(""));
        HttpUrl finalUrl = HttpUrl.parse(v.path("finalUrl").asText(""));
        JsonNode status = v.path("status");
        JsonNode checkedAt = v.path("checkedAt");
        JsonNode mediaType = v.path("mediaType");
        if (url == null || finalUrl == null || !url.host().equals(host) || !status.isInt() || status.intValue() < 100
                || status.intValue() > 999 || !checkedAt.isIntegralNumber() || !checkedAt.canConvertToLong()
                || checkedAt.longValue() <= 0 || checkedAt.longValue() > now
                || !(mediaType.isNull() || mediaType.isMissingNode() || mediaType.isTextual())) {
            return null;
        }
        JsonNode p = v.path("page");
        PageSketch page = null;
        if (p.isObject()) {
            if (!p.path("title").isTextual() || !p.path("words").isInt() || !p.path("password").isBoolean()
                    || !p.path("sketch").isTextual()) {
                return null;
            }
            page = PageSketch.decode(p.path("title").textValue(), p.path("words").intValue(),
                    p.path("password").booleanValue(), p.path("sketch").textValue());
            if (page == null) {
                return null;
            }
        } else if (!p.isNull() && !p.isMissingNode()) {
            return null;
        }
        return new Probe(new HostAnswer(url.toString(), status.intValue(), finalUrl.toString(),
                mediaType.isTextual() ? mediaType.textValue() : null, page), checkedAt.longValue());
    }

    /**
     * A host's "not found" answer recorded less than the maximum age ago, or {@code null}.
     * @param host the host
     * @param now  the time of this run
     * @return the answer, or {@code null}
     */
    public HostAnswer probe(String host, long now) {
        Probe p = probes.get(host);
        return p == null || now - p.checkedAt() > maxAgeMillis || p.checkedAt() > now ? null : p.answer();
    }

    /**
     * Records a host's answer to an address that cannot exist, asked at {@code now}.
     * @param host   the host
     * @param answer what it answered
     * @param now    when it was asked
     */
    public void recordProbe(String host, HostAnswer answer, long now) {
        probes.put(host, new Probe(answer, now));
    }

    /**
     * An alive result recorded less than the maximum age ago, or {@code null}.
     * @param url a URL to check
     * @param now the time of this run
     * @return the cached result, or {@code null}
     */
    public LinkResult fresh(String url, long now) {
        Entry e = entries.get(url);
        if (e == null || now - e.checkedAt() > maxAgeMillis || e.checkedAt() > now) {
            return null;
        }
        return new LinkResult(url, Verdict.ALIVE, e.status(), e.redirect(), 0L, Message.of("link.cached"), List.of());
    }

    /**
     * Records the result of a request made at {@code now}: alive ones are kept, a dead one forgets
     * what was known. Only for URLs really requested; a result taken from the cache is not news.
     * @param url the URL requested
     * @param r   its result
     * @param now when it was requested
     */
    public void record(String url, LinkResult r, long now) {
        if (r.verdict() == Verdict.ALIVE) {
            entries.put(url, new Entry(r.status() == null ? 200 : r.status(), r.redirect(), now));
        } else if (r.verdict() == Verdict.DEAD) {
            entries.remove(url);
        }
    }

    /**
     * Writes the cache file atomically, unless there is none or it may not be written.
     * @param listener told when the file cannot be written
     */
    public void save(CheckListener listener) {
        if (file == null || !writable) {
            return;
        }
        ObjectNode root = mapper.createObjectNode();
        root.put("format", FORMAT);
        root.put("version", VERSION);
        root.put("fingerprint", fingerprint);
        ObjectNode out = root.putObject("entries");
        entries.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> {
            ObjectNode n = out.putObject(e.getKey());
            n.put("result", "alive");
            n.put("status", e.getValue().status());
            n.put("redirect", e.getValue().redirect());
            n.put("checkedAt", e.getValue().checkedAt());
        });
        ObjectNode hosts = root.putObject("probes");
        probes.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> {
            HostAnswer a = e.getValue().answer();
            ObjectNode n = hosts.putObject(e.getKey());
            n.put("url", a.url());
            n.put("status", a.status());
            n.put("finalUrl", a.finalUrl());
            n.put("mediaType", a.mediaType());
            n.put("checkedAt", e.getValue().checkedAt());
            if (a.page() == null) {
                n.putNull("page");
            } else {
                ObjectNode page = n.putObject("page");
                page.put("title", a.page().title());
                page.put("words", a.page().words());
                page.put("password", a.page().passwordField());
                page.put("sketch", a.page().encodedHashes());
            }
        });
        try {
            AtomicFiles.write(file, o -> mapper.writeValue(o, root));
        } catch (IOException e) {
            listener.warn(Message.of("cached-links.unwritable", file.toString(), String.valueOf(e.getMessage())));
        }
    }
}
