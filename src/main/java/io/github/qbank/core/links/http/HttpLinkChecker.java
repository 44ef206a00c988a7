package io.github.qbank.core.links.http;

import java.io.IOException;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.LongSupplier;
import java.util.function.Predicate;
import java.util.regex.Pattern;

import okhttp3.Dns;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;

import io.github.qbank.core.CheckListener;
import io.github.qbank.core.Message;
import io.github.qbank.core.Version;
import io.github.qbank.core.links.LinkChecker;
import io.github.qbank.core.links.LinkResult;
import io.github.qbank.core.links.LinkSettings;
import io.github.qbank.core.links.Verdict;
import io.github.qbank.core.links.cache.LinkCache;
import io.github.qbank.core.links.guard.AddressGuard;
import io.github.qbank.core.links.guard.AddressPolicy;
import io.github.qbank.core.links.guard.IpLiterals;
import io.github.qbank.core.links.guard.OwnAddresses;
import io.github.qbank.core.links.guard.PrivateTargets;
import io.github.qbank.core.links.soft.SiteAddresses;
import io.github.qbank.core.local.FileGate;

/**
 * Checks external links with OkHttp, politely and within bounds, so that a hostile or hanging
 * server can never hang a build. The work is shared among named parts:
 *
 * <ul>
 *   <li>{@link HostScheduler}: limits overall and per host, hosts interleaved, the
 *       {@link Deadline} of the whole check;
 *   <li>{@link HostPacer}: slows down for a host that answers 429 or 503, adaptively;
 *   <li>{@link WebsiteChecker}: HEAD then GET, redirects by hand, attempts repeated as the
 *       {@link RetryPolicy} says, the outcome judged by the {@link ResponseClassifier};
 *   <li>{@link ClientFactory}: the OkHttp client, with the {@link AddressGuard} that refuses
 *       private addresses at connect time, and the proxy;
 *   <li>{@link PrivateTargets}: private hosts judged before a request, in any spelling and
 *       before a proxy sees them; with the {@link AddressGuard}, they refuse the private ranges
 *       ({@link AddressPolicy}) and the machine's own addresses ({@link OwnAddresses}), read once
 *       per check;
 *   <li>{@link HostProbes}: soft 404s, each host's answer to an address that cannot exist, asked
 *       once and compared with its links' 2xx answers;
 *   <li>{@link ArchiveLookup}: the web archive's snapshot of each dead link, when asked for;
 *   <li>{@link LinkCache}: alive results, and the hosts' "not found" answers, reused for a while.
 * </ul>
 *
 * This class decides what needs no request (excluded, invalid, private, cached) and whether the
 * network is down: when no host at all can be resolved or reached, the links are unverifiable,
 * not dead, and that is said once. A {@link NetworkProbe} asks first, so a machine without network
 * knows in seconds; the requests tell too, when the probe's hosts were reachable but no other was.
 */
public final class HttpLinkChecker implements LinkChecker {

    private static final int MAX_URL_LENGTH = 4096;
    static final Message NETWORK_UNAVAILABLE = Message.of("link.network-unavailable");

    private final LinkSettings settings;
    private final CheckListener listener;
    private final LongSupplier clock;
    private final Dns dns;
    private final Predicate<InetAddress> isPrivate;
    private final OwnAddresses ownAddresses;
    private final FileGate files;
    /** How waits are made; {@code null} for real ones, which end early when the deadline stops the check. */
    private final HostPacer.Sleeper sleeper;

    /**
     * A checker with OkHttp, as the settings say; notices about the run go to the listener. It
     * knows no repository: the cache file is read when it is a regular file of bounded size
     * ({@link FileGate#withoutRepository}).
     * @param settings timeouts, concurrency, cache, proxy and the rest
     * @param listener receives the run's messages
     */
    public HttpLinkChecker(LinkSettings settings, CheckListener listener) {
        this(settings, listener, FileGate.withoutRepository(listener));
    }

    /**
     * A checker with OkHttp, as the settings say, that reads its cache file through a check's gate.
     * @param settings timeouts, concurrency, cache, proxy and the rest
     * @param listener receives the run's messages
     * @param files    the gate the cache file passes: inside the repository when it is configured there
     */
    public HttpLinkChecker(LinkSettings settings, CheckListener listener, FileGate files) {
        this(settings, listener, System::currentTimeMillis, Dns.SYSTEM, AddressPolicy::isPrivate,
                OwnAddresses.interfaces(), files, null);
    }

    /** With a clock and a resolver of the test's choosing: a machine without network, say. */
    HttpLinkChecker(LinkSettings settings, CheckListener listener, LongSupplier clock, Dns dns) {
        this(settings, listener, clock, dns, AddressPolicy::isPrivate, OwnAddresses.interfaces());
    }

    /**
     * With an address policy of the test's choosing too, so that a loopback server can stand in
     * for a public one while every other loopback address stays refused; the policy is all there
     * is, no own address is added to it.
     */
    HttpLinkChecker(LinkSettings settings, CheckListener listener, LongSupplier clock, Dns dns,
            Predicate<InetAddress> isPrivate) {
        this(settings, listener, clock, dns, isPrivate, List::of);
    }

    /**
     * With the machine's own addresses of the test's choosing too: a fixed list, never the
     * interfaces of the machine the test runs on.
     */
    HttpLinkChecker(LinkSettings settings, CheckListener listener, LongSupplier clock, Dns dns,
            Predicate<InetAddress> isPrivate, OwnAddresses ownAddresses) {
        this(settings, listener, clock, dns, isPrivate, ownAddresses, FileGate.withoutRepository(listener), null);
    }

    /**
     * With a clock and a sleeper of the test's choosing too: a sleeper that moves the clock on,
     * so that retries and the pace of a host are tested without waiting.
     */
    HttpLinkChecker(LinkSettings settings, CheckListener listener, LongSupplier clock, HostPacer.Sleeper sleeper,
            Dns dns) {
        this(settings, listener, clock, dns, AddressPolicy::isPrivate, List::of, FileGate.withoutRepository(listener),
                sleeper);
    }

    private HttpLinkChecker(LinkSettings settings, CheckListener listener, LongSupplier clock, Dns dns,
            Predicate<InetAddress> isPrivate, OwnAddresses ownAddresses, FileGate files, HostPacer.Sleeper sleeper) {
        this.settings = settings;
        this.sleeper = sleeper;
        this.listener = listener;
        this.clock = clock;
        this.dns = dns;
        this.isPrivate = isPrivate;
        this.ownAddresses = ownAddresses;
        this.files = files;
    }

    @Override
    public LinkCheck check(List<String> urls) {
        Predicate<InetAddress> refused = settings.allowPrivate() ? isPrivate
                : AddressPolicy.withOwnAddresses(isPrivate, ownAddresses());
        // Built on a thread of its own while the cache is read and the URLs are screened: in a fresh
        // JVM each of the three takes a good part of the time before the first request.
        CompletableFuture<OkHttpClient> client = urls.isEmpty() ? null : CompletableFuture.supplyAsync(
                () -> ClientFactory.create(settings, dns, new AddressGuard(settings, refused)), HttpLinkChecker::daemon);
        LinkCache cache = LinkCache.load(settings.cacheFile(), fingerprint(), settings.cacheMaxAgeSeconds(),
                status -> (status >= 200 && status < 300) || settings.acceptedStatus().contains(status),
                clock.getAsLong(), files, listener);
        PrivateTargets targets = new PrivateTargets(settings, refused, dns);
        Map<String, LinkResult> results = new LinkedHashMap<>();
        Map<String, List<String>> byHost = new LinkedHashMap<>();
        Set<String> hostsWithAlive = new HashSet<>();
        Map<String, HttpUrl> parsed = new HashMap<>();
        for (String url : urls) {
            HttpUrl u = url.length() > MAX_URL_LENGTH ? null : HttpUrl.parse(url);
            LinkResult early = withoutRequest(url, u, cache, targets);
            if (early != null) {
                results.put(url, early);
                if (early.verdict() == Verdict.ALIVE && u != null && !SiteAddresses.isRoot(u)) {
                    hostsWithAlive.add(u.host());
                }
            } else {
                parsed.put(url, u);
                byHost.computeIfAbsent(u.host(), h -> new ArrayList<>()).add(url);
            }
        }
        List<String> requested = byHost.values().stream().flatMap(List::stream).toList();
        Network network = new Network();
        HostProbes probes = settings.softNotFound() ? new HostProbes(cache, clock.getAsLong()) : null;
        boolean probedDown = !requested.isEmpty() && probe(refused).down(byHost);
        if (!requested.isEmpty() && !probedDown) {
            results.putAll(request(byHost, parsed, targets, built(client), network, probes, hostsWithAlive));
        } else if (client != null) {
            client.thenAccept(HttpLinkChecker::close);
        }
        boolean unavailable = probedDown || network.down(requested.size());
        if (unavailable) {
            listener.warn("qbank: network unavailable: no host could be resolved or reached; " + requested.size()
                    + (requested.size() == 1 ? " link is" : " links are") + " unverifiable, not dead");
            for (String url : requested) {
                LinkResult r = results.get(url);
                if (r == null || network.failures.contains(url) || r.verdict() != Verdict.ALIVE) {
                    results.put(url, new LinkResult(url, Verdict.UNVERIFIABLE, null, null, null, NETWORK_UNAVAILABLE,
                            List.of()));
                }
            }
        } else {
            long now = clock.getAsLong();
            // a page that is not clearly alive is asked again, and counted again, next time
            requested.stream().filter(url -> !WebsiteChecker.UNCLEAR.equals(results.get(url).detail()))
                    .forEach(url -> cache.record(url, results.get(url), now));
            if (probes != null) {
                probes.record();
            }
            cache.save(listener);
        }
        Map<String, LinkResult> ordered = new LinkedHashMap<>();
        for (String url : urls) {
            ordered.put(url, results.get(url));
        }
        return new LinkCheck(ordered, unavailable);
    }

    /**
     * What the requests of one check tell about the network. It is down only when nothing
     * answered at all and every request failed for want of a network: one response from any host
     * proves it works, so a 404 is dead and a host that does not resolve is dead, whatever else
     * failed.
     */
    private static final class Network {
        final AtomicBoolean responded = new AtomicBoolean();
        final Set<String> failures = ConcurrentHashMap.newKeySet();

        boolean down(int requested) {
            return !responded.get() && !failures.isEmpty() && failures.size() == requested;
        }
    }

    /**
     * The probe that tells, before the batch, whether there is a network; behind a proxy there is no
     * probe, since the proxy resolves the names.
     */
    private NetworkProbe probe(Predicate<InetAddress> refused) {
        Predicate<InetAddress> notTried = settings.allowPrivate() ? address -> false : refused;
        return settings.proxies().isEmpty()
                ? new NetworkProbe(dns, notTried, new AddressGuard(settings, refused).sockets())
                : NetworkProbe.NONE;
    }

    /**
     * The machine's own addresses, read once for the whole check; none, said once, when the
     * interfaces cannot be read, so that the private ranges are still refused.
     */
    private List<InetAddress> ownAddresses() {
        try {
            return ownAddresses.read();
        } catch (IOException | RuntimeException e) {
            listener.warn("qbank: this machine's own addresses could not be read (" + e.getClass().getSimpleName()
                    + "); links to them are refused only where they are in a private range");
            return List.of();
        }
    }

    private static void daemon(Runnable r) {
        Thread t = new Thread(r, "qbank-links-client");
        t.setDaemon(true);
        t.start();
    }

    /** The client, or what building it threw. */
    private static OkHttpClient built(CompletableFuture<OkHttpClient> client) {
        try {
            return client.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw e;
        }
    }

    private static void close(OkHttpClient client) {
        client.dispatcher().executorService().shutdown();
        client.connectionPool().evictAll();
    }

    /**
     * Requests the URLs; then, with soft 404s judged, makes the dead links of hosts that answer
     * every address alike unverifiable, and, with {@code qbank.links.archive}, asks the web archive
     * about the dead ones.
     */
    private Map<String, LinkResult> request(Map<String, List<String>> byHost, Map<String, HttpUrl> parsed,
            PrivateTargets targets, OkHttpClient client, Network network, HostProbes probes, Set<String> hostsWithAlive) {
        Deadline deadline = new Deadline(clock, settings.deadlineSeconds());
        HostPacer.Sleeper waits = sleeper == null ? deadline::pause : sleeper;
        HostPacer pacer = new HostPacer(clock, waits, deadline, settings.maxRetryAfterMillis());
        try {
            WebsiteChecker website = new WebsiteChecker(settings, client, targets, deadline, clock, probes, pacer, waits);
            Map<String, LinkResult> results = new HostScheduler(settings.concurrency(), settings.perHost(), deadline,
                    clock, listener)
                    .run(byHost, url -> {
                        WebsiteChecker.Checked c = website.check(url, parsed.get(url));
                        if (c.responded()) {
                            network.responded.set(true);
                        }
                        if (c.networkFailure()) {
                            network.failures.add(url);
                        }
                        return c.result();
                    });
            if (probes != null) {
                probes.finish(results, hostsWithAlive);
                if (probes.unclearCount() > 0) {
                    listener.info("qbank: " + probes.unclearCount() + (probes.unclearCount() == 1 ? " page looks"
                            : " pages look") + " somewhat like its site's 'page not found' page, but not clearly;"
                            + " left alive (qbank.links.softNotFound)");
                }
            }
            int requested = byHost.values().stream().mapToInt(List::size).sum();
            if (settings.archive() && !network.down(requested)) {
                List<String> dead = results.values().stream().filter(r -> r.verdict() == Verdict.DEAD)
                        .map(LinkResult::url).sorted().toList();
                new ArchiveLookup(settings, client, targets, deadline).snapshots(dead)
                        .forEach((url, snapshot) -> results.put(url, results.get(url).withArchive(snapshot)));
            }
            return results;
        } finally {
            close(client);
            for (HostPacer.Slowed s : pacer.slowed()) {
                listener.info(Message.of("link.slowed-down", s.host(), s.refusals(),
                        String.format(Locale.ROOT, "%.1f", s.lowestRate())).text());
            }
        }
    }

    /** A verdict reached without a request: invalid, excluded, a private address, or fresh in the cache. */
    private LinkResult withoutRequest(String url, HttpUrl parsed, LinkCache cache, PrivateTargets targets) {
        for (Pattern p : settings.excludes()) {
            if (p.matcher(url).find()) {
                return result(url, Verdict.SKIPPED, Message.of("link.excluded", p.pattern()));
            }
        }
        if (parsed == null) {
            return result(url, Verdict.DEAD, url.length() > MAX_URL_LENGTH
                    ? Message.of("link.too-long", url.length()) : Message.of("link.invalid-url"));
        }
        if (IpLiterals.invalid(parsed.host())) {
            return result(url, Verdict.DEAD, Message.of("link.invalid-address", parsed.host()));
        }
        Message refusal = targets.refuseAddress(parsed.host());
        if (refusal != null) {
            return result(url, Verdict.SKIPPED, refusal);
        }
        return cache.fresh(url, clock.getAsLong());
    }

    private static LinkResult result(String url, Verdict v, Message detail) {
        return new LinkResult(url, v, null, null, null, detail, List.of());
    }

    /** What is decided by a verdict, for the cache fingerprint: not the header values themselves. */
    String fingerprint() {
        // Sorted: Set.copyOf and Map.copyOf iterate in an order that changes from one JVM to the next.
        StringBuilder sb = new StringBuilder(Version.get()).append('|').append(new TreeSet<>(settings.acceptedStatus()))
                .append("|softNotFound=").append(settings.softNotFound());
        for (LinkSettings.HostHeaders h : settings.headers()) {
            sb.append('|').append(h.hostGlob()).append(new TreeMap<>(h.headers()));
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(sb.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            return Integer.toHexString(sb.toString().hashCode());
        }
    }
}
