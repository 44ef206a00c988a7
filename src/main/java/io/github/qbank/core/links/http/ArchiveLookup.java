package io.github.qbank.core.links.http;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import okhttp3.Call;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;

import io.github.qbank.core.links.LinkSettings;
import io.github.qbank.core.links.guard.PrivateTargets;

/**
 * Asks the web archive's availability API ({@code qbank.links.archiveEndpoint}) for the closest
 * snapshot of each dead link: {@code GET endpoint?url=…}, answered with
 * {@code {"archived_snapshots": {"closest": {"available": true, "url": "…"}}}}. Only with
 * {@code qbank.links.archive=true}: it sends the bank's dead URLs to a third party.
 *
 * <p>Through the check's client, so the address guard and the proxy hold for it; at most
 * {@value #PARALLEL} requests at a time, one attempt each, none after the deadline. An answer that
 * is not such JSON, or a snapshot that is not an http(s) URL, is no snapshot.
 */
final class ArchiveLookup {

    private static final int PARALLEL = 4;
    private static final int MAX_ANSWER = 64 * 1024;

    private final LinkSettings settings;
    private final OkHttpClient client;
    private final PrivateTargets targets;
    private final Deadline deadline;
    private final ObjectMapper mapper = new ObjectMapper();
    private final Set<Call> active = ConcurrentHashMap.newKeySet();

    ArchiveLookup(LinkSettings settings, OkHttpClient client, PrivateTargets targets, Deadline deadline) {
        this.settings = settings;
        this.client = client;
        this.targets = targets;
        this.deadline = deadline;
        deadline.onStop(() -> active.forEach(Call::cancel));
    }

    /**
     * The closest snapshot of each URL that has one.
     * @param urls dead URLs
     * @return snapshot by URL; URLs without one are left out
     */
    Map<String, String> snapshots(List<String> urls) {
        Map<String, String> out = new ConcurrentHashMap<>();
        HttpUrl endpoint = HttpUrl.parse(settings.archiveEndpoint());
        if (urls.isEmpty() || endpoint == null || deadline.stopped()
                || targets.refuse(endpoint.scheme(), endpoint.host()) != null) {
            return out;
        }
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(PARALLEL, urls.size()), r -> {
            Thread t = new Thread(r, "qbank-archive");
            t.setDaemon(true);
            return t;
        });
        try {
            for (String url : urls) {
                pool.execute(() -> {
                    String snapshot = deadline.stopped() ? null : snapshot(endpoint, url);
                    if (snapshot != null) {
                        out.put(url, snapshot);
                    }
                });
            }
            pool.shutdown();
            if (!pool.awaitTermination(deadline.remainingMillis() + 1_000, TimeUnit.MILLISECONDS)) {
                active.forEach(Call::cancel);
                pool.shutdownNow();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            pool.shutdownNow();
        }
        return out;
    }

    /** One question to the API; {@code null} when it knows no snapshot or its answer cannot be read. */
    private String snapshot(HttpUrl endpoint, String url) {
        Request request = new Request.Builder().url(endpoint.newBuilder().setQueryParameter("url", url).build())
                .header("User-Agent", WebsiteChecker.USER_AGENT)
                .header("Accept", "application/json")
                .build();
        Call call = client.newCall(request);
        active.add(call);
        try (Response response = call.execute()) {
            if (response.code() != 200) {
                return null;
            }
            return closest(mapper.readTree(response.peekBody(MAX_ANSWER).string()));
        } catch (IOException | RuntimeException e) {
            return null;
        } finally {
            active.remove(call);
        }
    }

    /** {@code archived_snapshots.closest.url} when it is available and an http(s) URL; else {@code null}. */
    static String closest(JsonNode answer) {
        JsonNode closest = answer == null ? null : answer.path("archived_snapshots").path("closest");
        if (closest == null || !closest.isObject() || closest.path("available").isBoolean()
                && !closest.path("available").booleanValue()) {
            return null;
        }
        HttpUrl snapshot = closest.path("url").isTextual() ? HttpUrl.parse(closest.path("url").textValue()) : null;
        if (snapshot == null) {
            return null;
        }
        // the Wayback Machine answers http:// addresses of its own https pages
        if (!snapshot.isHttps() && snapshot.host().toLowerCase(Locale.ROOT).equals("web.archive.org")) {
            snapshot = snapshot.newBuilder().scheme("https").port(443).build();
        }
        return snapshot.toString();
    }
}
