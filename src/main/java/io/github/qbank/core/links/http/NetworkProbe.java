package io.github.qbank.core.links.http;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.regex.Pattern;

import javax.net.SocketFactory;

import okhttp3.Dns;
import okhttp3.HttpUrl;

/**
 * Asks, before any link is requested, whether this machine has a network at all, so that a
 * machine without one learns it in about {@value #WAIT_MILLIS} ms instead of after every host has
 * failed, and no link is called dead meanwhile.
 *
 * <p>The bank's most used hosts, at most {@value #HOSTS}, are resolved and connected to (a TCP
 * connection, no request) at the same time. The network is down only when every one of them failed
 * to resolve or to connect, or gave no answer in time. Anything else says nothing against it: one
 * host reached, one that resolves only to a private address (never connected to), or a proxy,
 * which resolves the names itself. For example, a bank whose links go to {@code github.com},
 * {@code zhihu.com} and 300 other hosts, checked on a runner without DNS: the two names do not
 * resolve, so its 302 hosts are never tried and its links are unverifiable, not dead.
 */
final class NetworkProbe {

    /** An IPv4 address, or an IPv6 address as {@link HttpUrl#host()} writes it (without brackets). */
    private static final Pattern IP_LITERAL = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}|.*:.*");

    /** How many hosts are tried. */
    static final int HOSTS = 6;
    /** How long the probe waits for the hosts, all together. */
    static final long WAIT_MILLIS = 2_000;

    /** No probe: the network is never judged down before the requests (behind a proxy). */
    static final NetworkProbe NONE = new NetworkProbe(null, null, null);

    private final Dns dns;
    private final Predicate<InetAddress> refused;
    private final SocketFactory sockets;

    /**
     * @param dns     the resolver the link check uses
     * @param refused the addresses never connected to (private ranges, this machine)
     * @param sockets the link check's sockets, which refuse those addresses again at connect time
     */
    NetworkProbe(Dns dns, Predicate<InetAddress> refused, SocketFactory sockets) {
        this.dns = dns;
        this.refused = refused;
        this.sockets = sockets;
    }

    /**
     * Whether the network is down: every host tried failed for want of one.
     * @param byHost the URLs to request, by host
     * @return {@code true} only when no host tried could be resolved or reached
     */
    boolean down(Map<String, List<String>> byHost) {
        if (dns == null) {
            return false;
        }
        List<Callable<Boolean>> probes = new ArrayList<>();
        byHost.entrySet().stream()
                .sorted(Comparator.comparingInt((Map.Entry<String, List<String>> e) -> -e.getValue().size()))
                .limit(HOSTS)
                .forEach(e -> probes.add(() -> unreachable(HttpUrl.parse(e.getValue().get(0)))));
        if (probes.isEmpty()) {
            return false;
        }
        ExecutorService pool = Executors.newFixedThreadPool(probes.size(), r -> {
            Thread t = new Thread(r, "qbank network probe");
            t.setDaemon(true);
            return t;
        });
        try {
            for (Future<Boolean> answer : pool.invokeAll(probes, WAIT_MILLIS, TimeUnit.MILLISECONDS)) {
                if (!unreachable(answer)) {
                    return false;
                }
            }
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } finally {
            // a lookup the system resolver still waits on cannot be interrupted; its daemon thread ends with it
            pool.shutdownNow();
        }
    }

    /** A probe that did not finish in time found nothing to reach. */
    private static boolean unreachable(Future<Boolean> answer) throws InterruptedException {
        try {
            return answer.get();
        } catch (CancellationException e) {
            return true;
        } catch (ExecutionException e) {
            return false;
        }
    }

    /** Whether the URL's host cannot be resolved or connected to; {@code false} when it can, or must not be tried. */
    private boolean unreachable(HttpUrl url) {
        List<InetAddress> addresses;
        try {
            // an address is not looked up, as OkHttp does not look it up
            addresses = IP_LITERAL.matcher(url.host()).matches() ? List.of(InetAddress.getByName(url.host()))
                    : dns.lookup(url.host());
        } catch (UnknownHostException e) {
            return true;
        }
        InetAddress address = addresses.stream().filter(refused.negate()).findFirst().orElse(null);
        if (address == null) {
            return false;
        }
        int timeout = (int) WAIT_MILLIS;
        try (Socket socket = sockets.createSocket()) {
            socket.connect(new InetSocketAddress(address, url.port()), timeout);
            return false;
        } catch (IOException e) {
            return true;
        }
    }
}
