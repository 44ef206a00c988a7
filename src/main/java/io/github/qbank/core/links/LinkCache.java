package io.github.qbank.core.links;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.github.qbank.core.AtomicFiles;
import io.github.qbank.core.CheckListener;

/**
 * The persistent link result cache. Alive results are reused until they are older than the
 * configured age; failures are never stored, so they are rechecked on the next run. The file
 * starts with a fingerprint of what decides a verdict (qbank's version, accepted status codes,
 * request headers): a different fingerprint, a foreign or corrupt file means "start empty" and one
 * log line, never a failure. Written atomically.
 */
final class LinkCache {

    private static final String FORMAT = "qbank-link-cache";
    private static final int VERSION = 1;

    private record Entry(int status, String redirect, long checkedAt) {}

    private final Path file;
    private final String fingerprint;
    private final long maxAgeMillis;
    private final Map<String, Entry> entries = new ConcurrentHashMap<>();
    private final ObjectMapper mapper = new ObjectMapper();

    private LinkCache(Path file, String fingerprint, long maxAgeMillis) {
        this.file = file;
        this.fingerprint = fingerprint;
        this.maxAgeMillis = maxAgeMillis;
    }

    static LinkCache load(Path file, String fingerprint, long maxAgeSeconds, CheckListener listener) {
        LinkCache cache = new LinkCache(file, fingerprint, maxAgeSeconds * 1000);
        if (file == null) {
            return cache;
        }
        JsonNode root;
        try {
            root = cache.mapper.readTree(Files.readAllBytes(file));
        } catch (NoSuchFileException e) {
            return cache;
        } catch (IOException | RuntimeException e) {
            listener.warn("qbank: ignoring the link cache " + file + ": it is not a valid cache file (" + e.getClass()
                    .getSimpleName() + "); starting empty");
            return cache;
        }
        if (root == null || !FORMAT.equals(root.path("format").asText()) || root.path("version").asInt() != VERSION) {
            listener.warn("qbank: ignoring the link cache " + file + ": not a qbank link cache of this version;"
                    + " starting empty");
            return cache;
        }
        if (!fingerprint.equals(root.path("fingerprint").asText())) {
            listener.info("qbank: the link cache was made with other settings or another qbank version; starting empty");
            return cache;
        }
        root.path("entries").fields().forEachRemaining(e -> {
            JsonNode v = e.getValue();
            if (v.path("status").isInt() && v.path("checkedAt").isNumber()) {
                cache.entries.put(e.getKey(), new Entry(v.path("status").asInt(),
                        v.path("redirect").isTextual() ? v.path("redirect").asText() : null, v.path("checkedAt").asLong()));
            }
        });
        return cache;
    }

    /** An alive result recorded less than the maximum age ago, or {@code null}. */
    LinkResult fresh(String url, long now) {
        Entry e = entries.get(url);
        if (e == null || now - e.checkedAt() > maxAgeMillis || e.checkedAt() > now) {
            return null;
        }
        return new LinkResult(url, Verdict.ALIVE, e.status(), e.redirect(), 0L, "cached", List.of());
    }

    /** Records a result: alive ones are kept, any other forgets what was known. */
    void record(String url, LinkResult r, long now) {
        if (r.verdict() == Verdict.ALIVE) {
            entries.put(url, new Entry(r.status() == null ? 200 : r.status(), r.redirect(), now));
        } else if (r.verdict() == Verdict.DEAD) {
            entries.remove(url);
        }
    }

    void save(CheckListener listener) {
        if (file == null) {
            return;
        }
        ObjectNode root = mapper.createObjectNode();
        root.put("format", FORMAT);
        root.put("version", VERSION);
        root.put("fingerprint", fingerprint);
        ObjectNode out = root.putObject("entries");
        entries.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> {
            ObjectNode n = out.putObject(e.getKey());
            n.put("status", e.getValue().status());
            n.put("redirect", e.getValue().redirect());
            n.put("checkedAt", e.getValue().checkedAt());
        });
        try {
            AtomicFiles.write(file, o -> mapper.writeValue(o, root));
        } catch (IOException e) {
            listener.warn("qbank: could not write the link cache " + file + ": " + e.getMessage());
        }
    }
}
